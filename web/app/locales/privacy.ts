import type { StoredAccessibilityReportCategory, StoredAccessibilityReportField, StoredTipCategory, StoredTipField } from '@stodportalen/shared';

/**
 * The privacy notice's own sections on /integritet (GDPR article 13), after the CMS page's text
 * about cookies and third parties. Generated from what the system does: the stored tip fields come
 * from shared/src/tip-data.ts (checked against the CMS schema), the days from the settings, the
 * controller, DPO, contact, gallringsbeslut and backup retention from the CMS.
 */
export const privacySv = {
  notPublished: 'Uppgiften är inte publicerad än.',
  controller: {
    heading: 'Vem ansvarar för dina uppgifter?',
    intro: 'Personuppgiftsansvarig är den som bestämmer över dina uppgifter. Det är den nämnd i Karlskoga kommun som ansvarar för Stödportalen. En nämnd är en grupp politiker som styr en del av kommunens arbete. Nämnden är:',
  },
  dpo: {
    heading: 'Dataskyddsombud',
    intro: 'Kommunens dataskyddsombud ser till att kommunen följer dataskyddsreglerna. Du når dataskyddsombudet här:',
  },
  visits: {
    heading: 'När du besöker webbplatsen',
    items: [
      'Vi använder inga kakor (cookies) och ingen spårning. Webbplatsen hämtar inget från andra webbplatser.',
      'Servrarna skriver en logg för varje sida som visas: tid, sidans adress utan det du har sökt på, svarskod och ett slumpat id för felsökning. Din IP-adress (numret som din uppkoppling har på internet) och dina sökord skrivs inte i loggen.',
      'Ett undantag: om servern får ett allvarligt fel, till exempel om disken är full, kan felmeddelandet innehålla IP-adressen och adressen till sidan du besökte. Det händer sällan.',
      'Loggen har en största storlek. När den är full skrivs de äldsta raderna över. Varje server sparar högst 5 filer på 10 MB. Hur många dagar det räcker beror på hur många som besöker webbplatsen.',
      'Vi behöver loggarna för att hitta fel och skydda webbplatsen mot angrepp. Det är en del av samma uppgift av allmänt intresse som tipsen (se nedan).',
      'När du skickar ett tips räknar vi hur många tips som kommer från samma uppkoppling och från samma organisation och e-postadress, för att stoppa missbruk. Vi använder då koder som räknas fram ur din IP-adress och ur organisationen och e-postadressen. Koderna kan inte räknas tillbaka. De sparas i portalens databas i 10 minuter efter ditt senaste tips och tas sedan bort. Den rättsliga grunden är densamma som för tipsen.',
      'När en sökning inte hittar något räknar vi hur många gånger samma ord har sökts samma dag, så att vi kan förbättra sökningen. Vi sparar bara orden och dagen: ingen IP-adress, ingen tid på dagen och inget som visar vem som sökte. Sökningar med telefonnummer eller personnummer sparas inte. Redaktörerna ser bara ord som har sökts minst 5 gånger. Räkningen tas bort efter 90 dagar.',
    ],
  },
  tips: {
    heading: 'När du tipsar om ett evenemang',
    purpose:
      'Vi använder uppgifterna för att granska tipset, publicera evenemanget i kalendern och kontakta dig om tipset.',
    legalBasis:
      'Den rättsliga grunden är att kommunen utför en uppgift av allmänt intresse: att informera om arbetet mot prostitution och människohandel. Det betyder att kommunen får behandla uppgifterna för att göra sitt jobb, utan att fråga om lov. Regeln finns i artikel 6.1 e i dataskyddsförordningen (EU:s lag om personuppgifter). Vi behandlar inte uppgifterna med stöd av samtycke. Kryssrutan i formuläret visar att du har fått veta hur vi hanterar uppgifterna. Vi sparar vilken version av texten du har kryssat i och när.',
    legalBasisLaw: 'Uppgiften kommer från den här svenska lagen:',
    fieldsHeading: 'Det här sparas om ett tips',
    categories: {
      contact: 'Om dig (visas aldrig på webbplatsen)',
      event: 'Om evenemanget (visas i kalendern om vi publicerar det)',
      moderation: 'Om hur vi har granskat tipset',
      technical: 'Tekniskt, för att samma tips inte ska sparas två gånger',
    } satisfies Record<StoredTipCategory, string>,
    fields: {
      title: 'Evenemangets namn',
      kind: 'Typ av evenemang',
      startsAt: 'När det börjar',
      endsAt: 'När det slutar',
      venue: 'Plats och adress',
      onlineUrl: 'Länk till evenemanget på nätet',
      description: 'Beskrivning',
      audiences: 'Vem evenemanget är till för',
      organiser: 'Arrangör (vald i listan)',
      organiserName: 'Arrangör (skriven själv)',
      registrationUrl: 'Länk till anmälan',
      submitterName: 'Ditt namn',
      submitterEmail: 'Din e-postadress',
      submitterLocale: 'Vilket språk du skrev på (svenska eller engelska), så att mejlen kommer på ditt språk',
      consentVersion: 'Vilken version av texten om dina uppgifter du kryssade i',
      consentedAt: 'När du skickade tipset och kryssade i rutan',
      moderationStatus: 'Om tipset väntar, är publicerat eller avvisat',
      moderatorNote: 'En kommentar från den som granskade tipset',
      moderatedAt: 'När tipset publicerades eller avvisades',
      publishAt: 'När evenemanget ska publiceras, om det är bestämt',
      submissionKey: 'En kod som formuläret skapar, så att samma tips inte sparas två gånger',
      submissionFingerprint: 'En kod som räknas fram ur tipset och inte kan räknas tillbaka till texten',
    } satisfies Record<StoredTipField, string>,
    mail: 'Vi mejlar dig när vi har publicerat eller avvisat tipset. Mejlen skickas genom en e-posttjänst.',
    required:
      'Du behöver inte lämna några uppgifter för att använda webbplatsen. Vill du tipsa om ett evenemang måste du skriva ditt namn och din e-postadress. Utan dem kan vi inte ta emot tipset.',
  },
  reports: {
    heading: 'När du rapporterar ett problem med tillgängligheten',
    purpose:
      'På sidan Tillgänglighet kan du berätta om något på webbplatsen som är svårt att använda. Vi använder uppgifterna för att rätta problemet och för att kunna svara dig, om du har skrivit din e-postadress.',
    legalBasis:
      'Kommunen måste ha ett sätt att ta emot sådana synpunkter enligt lagen (2018:1937) om tillgänglighet till digital offentlig service. Den rättsliga grunden är därför en rättslig förpliktelse (artikel 6.1 c i dataskyddsförordningen) och en uppgift av allmänt intresse (artikel 6.1 e). Vi behandlar inte uppgifterna med stöd av samtycke.',
    fieldsHeading: 'Det här sparas om en synpunkt',
    categories: {
      report: 'Om problemet',
      contact: 'Om dig, bara för att kunna svara dig (visas aldrig på webbplatsen)',
      technical: 'Tekniskt',
    } satisfies Record<StoredAccessibilityReportCategory, string>,
    fields: {
      description: 'Din beskrivning av problemet',
      pageUrl: 'Adressen till sidan, om du skrev den',
      email: 'Din e-postadress, om du skrev den',
      reporterLocale: 'Vilket språk du skrev på (svenska eller engelska)',
      mailSent: 'Om mejlet till kommunens kontakt för tillgänglighet har skickats',
      submissionKey: 'En kod för formuläret (ett hashvärde), så att samma synpunkt inte sparas två gånger',
    } satisfies Record<StoredAccessibilityReportField, string>,
    mail: 'Synpunkten mejlas till kommunens kontakt för tillgänglighet genom en e-posttjänst. Mejlet innehåller samma uppgifter.',
    retention:
      'Vi tar bort din e-postadress {days} dagar efter att du skickade synpunkten. Av sidans adress sparar vi då bara sidan på den här webbplatsen, utan sökord eller annat som kan visa vem du är. Beskrivningen är en allmän handling och sparas enligt kommunens beslut om gallring. Mejlet till kontakten för tillgänglighet tas inte bort av webbplatsen.',
  },
  retention: {
    heading: 'Hur länge vi sparar uppgifterna',
    afterEvent: 'Vi tar bort ditt namn, din e-postadress, ditt språk och granskarens kommentar {days} dagar efter att evenemanget har slutat.',
    afterRejection: 'Om vi avvisar tipset tar vi bort samma uppgifter {days} dagar efter beslutet, även om evenemanget ligger långt fram.',
    publicRecords:
      'Ett tips till kommunen är en allmän handling. Vem som helst kan begära att få läsa det. Kommunen prövar då först om något i tipset omfattas av sekretess. Kommunen får bara radera allmänna handlingar när det finns ett beslut om gallring. Gallring betyder att handlingar tas bort för gott.',
    withoutDecision:
      'Står det nedan att beslutet inte är publicerat, tar vi ändå bort dina kontaktuppgifter efter de dagar som står ovan. Vi gör så för att inte spara mer om dig än vi behöver.',
    kept:
      'Själva evenemanget sparas kvar, även om tipset avvisas. Det gör också vilken version av texten du kryssade i, när du skickade tipset och formulärets kod. De går inte längre att koppla till dig när ditt namn och din e-postadress är borttagna.',
    decision: 'Beslut om gallring för tipsen:',
    backups:
      'Kommunen gör krypterade säkerhetskopior av databasen där webbplatsens innehåll och tipsen sparas. Där finns också kontaktuppgifter från tips och från synpunkter om tillgänglighet. Uppgifter som har tagits bort finns kvar i säkerhetskopiorna tills de tas bort. Så länge sparas säkerhetskopiorna:',
  },
  recipients: {
    heading: 'Vem som får uppgifterna',
    items: [
      'Kommunikatörerna i kommunen som granskar tipsen.',
      'Kommunens kontakt för tillgänglighet, som får synpunkterna om tillgänglighet.',
      'Den som begär ut tipset eller synpunkten som allmän handling, om det inte omfattas av sekretess.',
    ],
    hosting: 'Den som driver servrarna åt kommunen:',
    mail: 'E-posttjänsten som skickar mejlen till dig, till kommunikatörerna och till kontakten för tillgänglighet:',
    transfersHeading: 'Skickas uppgifterna till länder utanför EU?',
    transfers: 'Så här är det med överföring till länder utanför EU och EES (Norge, Island och Liechtenstein):',
  },
  rights: {
    heading: 'Dina rättigheter',
    items: [
      'Du har rätt att få veta vilka uppgifter vi har om dig och få en kopia av dem.',
      'Du har rätt att få felaktiga uppgifter rättade.',
      'Du har rätt att få uppgifter raderade eller begränsade i vissa fall. Det gäller inte allmänna handlingar som kommunen måste spara.',
      'Du har rätt att invända mot att vi behandlar dina uppgifter.',
    ],
    contact: 'Vill du använda dina rättigheter, eller vill du att vi tar bort dina kontaktuppgifter tidigare? Skriv till:',
  },
  complaint: {
    heading: 'Om du vill klaga',
    text: 'Tycker du att vi behandlar dina uppgifter fel? Då kan du klaga hos Integritetsskyddsmyndigheten (IMY):',
    linkText: 'Integritetsskyddsmyndigheten, imy.se',
    url: 'https://www.imy.se',
  },
};

export const privacyEn: typeof privacySv = {
  notPublished: 'This detail has not been published yet.',
  controller: {
    heading: 'Who is responsible for your data?',
    intro: 'The data controller is who decides about your data. It is the committee of Karlskoga municipality that is responsible for Stödportalen. A committee (nämnd) is a group of politicians that runs part of the municipality’s work. The committee is:',
  },
  dpo: {
    heading: 'Data protection officer',
    intro: 'The municipality’s data protection officer makes sure the municipality follows the data protection rules. You can reach the data protection officer here:',
  },
  visits: {
    heading: 'When you visit the website',
    items: [
      'We use no cookies and no tracking. The website loads nothing from other websites.',
      'The servers log each page they show: the time, the page address without what you searched for, the status code and a random id for troubleshooting. Your IP address (the number your connection has on the internet) and your search words are not logged.',
      'One exception: if the server has a serious error, for example a full disk, the error message may include the IP address and the address of the page you visited. This is rare.',
      'The log has a maximum size. When it is full, the oldest lines are overwritten. Each server keeps at most 5 files of 10 MB. How many days that lasts depends on how many people visit the website.',
      'We need the logs to find errors and protect the website against attacks. This is part of the same task in the public interest as the tips (see below).',
      'When you send a tip, we count how many tips come from the same connection and from the same organisation and e-mail address, to stop abuse. For that we use codes calculated from your IP address and from the organisation and e-mail address. The codes cannot be turned back. They are kept in the portal’s database for 10 minutes after your latest tip, then deleted. The legal basis is the same as for the tips.',
      'When a search finds nothing, we count how many times the same words were searched for that day, so that we can improve the search. We keep only the words and the day: no IP address, no time of day and nothing that shows who searched. Searches with phone numbers or personal identity numbers are not kept. Editors only see words searched for at least 5 times. The counts are deleted after 90 days.',
    ],
  },
  tips: {
    heading: 'When you send a tip about an event',
    purpose: 'We use the data to review the tip, publish the event in the calendar and contact you about the tip.',
    legalBasis:
      'The legal basis is that the municipality performs a task in the public interest: informing about the work against prostitution and human trafficking. This means the municipality may process the data to do its job, without asking for permission. The rule is article 6(1)(e) of the GDPR (the EU’s law on personal data). We do not process the data on the basis of consent. The tick box on the form shows that you have been told how we handle the data. We store which version of the text you ticked and when.',
    legalBasisLaw: 'The task comes from this Swedish law:',
    fieldsHeading: 'What is stored about a tip',
    categories: {
      contact: 'About you (never shown on the website)',
      event: 'About the event (shown in the calendar if we publish it)',
      moderation: 'About how we reviewed the tip',
      technical: 'Technical, so that the same tip is not stored twice',
    },
    fields: {
      title: 'The event’s name',
      kind: 'Type of event',
      startsAt: 'When it starts',
      endsAt: 'When it ends',
      venue: 'Place and address',
      onlineUrl: 'Link to the event online',
      description: 'Description',
      audiences: 'Who the event is for',
      organiser: 'Organiser (chosen from the list)',
      organiserName: 'Organiser (typed in)',
      registrationUrl: 'Link to registration',
      submitterName: 'Your name',
      submitterEmail: 'Your email address',
      submitterLocale: 'The language you wrote in (Swedish or English), so that the emails are in your language',
      consentVersion: 'Which version of the text about your data you ticked',
      consentedAt: 'When you sent the tip and ticked the box',
      moderationStatus: 'Whether the tip is waiting, published or rejected',
      moderatorNote: 'A comment from the person who reviewed the tip',
      moderatedAt: 'When the tip was published or rejected',
      publishAt: 'When the event is to be published, if decided',
      submissionKey: 'A code the form creates, so that the same tip is not stored twice',
      submissionFingerprint: 'A code calculated from the tip that cannot be turned back into the text',
    },
    mail: 'We email you when we have published or rejected the tip. The emails are sent through an email service.',
    required:
      'You do not need to give any data to use the website. To send a tip about an event you must give your name and your email address. Without them we cannot accept the tip.',
  },
  reports: {
    heading: 'When you report an accessibility problem',
    purpose:
      'On the Accessibility page you can tell us about something on the website that is hard to use. We use the data to fix the problem and to answer you, if you gave your email address.',
    legalBasis:
      'The municipality must have a way to receive such feedback under the Swedish Act on accessibility to digital public services (lagen (2018:1937) om tillgänglighet till digital offentlig service). The legal basis is therefore a legal obligation (article 6(1)(c) of the GDPR) and a task in the public interest (article 6(1)(e)). We do not process the data on the basis of consent.',
    fieldsHeading: 'What is stored about a report',
    categories: {
      report: 'About the problem',
      contact: 'About you, only so that we can answer you (never shown on the website)',
      technical: 'Technical',
    },
    fields: {
      description: 'Your description of the problem',
      pageUrl: 'The address of the page, if you gave it',
      email: 'Your email address, if you gave it',
      reporterLocale: 'The language you wrote in (Swedish or English)',
      mailSent: 'Whether the email to the municipality’s accessibility contact has been sent',
      submissionKey: 'A code for the form (a hash value), so that the same report is not stored twice',
    },
    mail: 'The report is emailed to the municipality’s accessibility contact through an email service. The email holds the same data.',
    retention:
      'We delete your email address {days} days after you sent the report. Of the page address we then keep only the page on this website, without search words or anything else that could show who you are. The description is an official document and is kept according to the municipality’s decision on disposal. The website does not delete the email to the accessibility contact.',
  },
  retention: {
    heading: 'How long we keep the data',
    afterEvent: 'We delete your name, your email address, your language and the reviewer’s comment {days} days after the event has ended.',
    afterRejection: 'If we reject the tip, we delete the same data {days} days after the decision, even if the event is far ahead.',
    publicRecords:
      'A tip to the municipality is an official document. Anyone can ask to read it. The municipality first checks whether anything in the tip is confidential. The municipality may only delete official documents when there is a decision on disposal (gallringsbeslut). Disposal means that documents are deleted for good.',
    withoutDecision:
      'If it says below that the decision has not been published, we still delete your contact details after the days stated above. We do so in order not to keep more about you than we need.',
    kept:
      'The event itself is kept, even if the tip is rejected. So are the version of the text you ticked, when you sent the tip and the form’s code. They can no longer be linked to you once your name and email address are deleted.',
    decision: 'Decision on disposal for the tips:',
    backups:
      'The municipality makes encrypted backups of the database where the website’s content and the tips are stored. They also hold contact details from tips and from accessibility reports. Data that has been deleted remains in the backups until they are deleted. This is how long backups are kept:',
  },
  recipients: {
    heading: 'Who receives the data',
    items: [
      'The municipality’s communicators who review the tips.',
      'The municipality’s accessibility contact, who receives the accessibility reports.',
      'Anyone who asks for the tip or the report as an official document, unless it is confidential.',
    ],
    hosting: 'Who runs the servers for the municipality:',
    mail: 'The email service that sends the emails to you, to the communicators and to the accessibility contact:',
    transfersHeading: 'Is the data sent to countries outside the EU?',
    transfers: 'This is how it is with transfers to countries outside the EU and the EEA (Norway, Iceland and Liechtenstein):',
  },
  rights: {
    heading: 'Your rights',
    items: [
      'You have the right to know what data we have about you and to get a copy of it.',
      'You have the right to have incorrect data corrected.',
      'You have the right to have data deleted or restricted in some cases. This does not apply to official documents the municipality must keep.',
      'You have the right to object to our processing of your data.',
    ],
    contact: 'Do you want to use your rights, or do you want us to delete your contact details sooner? Write to:',
  },
  complaint: {
    heading: 'If you want to complain',
    text: 'Do you think we handle your data wrongly? Then you can complain to the Swedish Authority for Privacy Protection (IMY):',
    linkText: 'Integritetsskyddsmyndigheten, imy.se',
    url: 'https://www.imy.se',
  },
};
