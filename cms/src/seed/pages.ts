/**
 * Seed pages. The young people's pages use only the plan's own words and definitions, said plainly;
 * each has an easy-read (lättläst) version. No contact detail appears that the project was not given.
 */
export type PageArea = 'about' | 'young_people' | 'staff' | 'legal';

export interface PageText { title: string; summary: string; body: string; easyRead?: string }
export interface SeedPage { slug: string; area: PageArea; order: number; sv: PageText; en?: PageText }

export const ASSESSED_ON = '2026-11-28';

export const pages: SeedPage[] = [
  {
    slug: 'vad-ar-prostitution', area: 'young_people', order: 1,
    sv: {
      title: 'Vad är prostitution?',
      summary: 'Prostitution är när någon köper eller säljer sex mot ersättning. Att köpa sex är alltid olagligt.',
      body: [
        '**Prostitution** är när minst två individer köper eller säljer sexuella tjänster mot ersättning. Ersättningen kan innefatta pengar, mat eller materiella saker såsom mobiltelefon eller cigaretter.',
        '- Att köpa och att försöka köpa sex är alltid olagligt.',
        '- Det gäller vare sig den man köper av gör det en enstaka gång eller regelbundet. Oavsett om hen säger att det är frivilligt och att hen vill.',
        '- Att köpa sex eller att försöka köpa sex kan ge fängelsestraff.',
        '',
        'I första hand är det kvinnor och flickor som drabbas, men även män och pojkar utnyttjas.',
      ].join('\n'),
      easyRead: [
        'Prostitution är när någon får betalt för sex.',
        '',
        'Betalningen kan vara pengar. Den kan också vara mat, en mobil eller cigaretter.',
        '',
        'Det är alltid olagligt att köpa sex. Det är olagligt att försöka köpa sex. Det spelar ingen roll vad den andra personen säger.',
      ].join('\n'),
    },
    en: {
      title: 'What is prostitution?',
      summary: 'Prostitution is when someone buys or sells sex for payment. Buying sex is always illegal in Sweden.',
      body: [
        '**Prostitution** is when at least two people buy or sell sexual services for payment. The payment can be money, food or things such as a mobile phone or cigarettes.',
        '- Buying sex, or trying to buy sex, is always illegal.',
        '- This is true whether the person sells once or regularly, and even if they say they do it freely and want to.',
        '- Buying or trying to buy sex can lead to prison.',
      ].join('\n'),
    },
  },
  {
    slug: 'vad-ar-sugardejting', area: 'young_people', order: 2,
    sv: {
      title: 'Vad är sugardejting?',
      summary: 'Sugardejting är när en äldre person ger pengar eller saker till en ung person för sex.',
      body: [
        'Så här beskriver Nationellt metodstöd mot prostitution och människohandel (NMT) sugardejting:',
        '',
        '*”Vanligen innebär sugardejting att en äldre man, ”sugar daddy”, ger ekonomisk eller annan ersättning till en ung kvinna eller ung man, ”sugar babe”, för en sexuell tjänst. Ersättningen kan utgöras av t.ex. kontanter, kreditkort, månatliga betalningar eller betalda träffar. Det är också vanligt att den äldre mannen betalar den unga kvinnan eller unge mannen genom dyra kläder, resor och middagar. Sugardejting är, enligt polisen, ytterligare ett sätt för vuxna män att kunna utnyttja unga personer för sexuella ändamål mot betalning.”*',
      ].join('\n'),
      easyRead: [
        'Sugardejting är när en äldre person ger en ung person pengar eller saker. I utbyte vill den äldre ha sex.',
        '',
        'Det kan vara kläder, resor eller middagar.',
        '',
        'Polisen säger att det är ett sätt för vuxna att utnyttja unga.',
      ].join('\n'),
    },
    en: {
      title: 'What is sugar dating?',
      summary: 'Sugar dating is when an older person gives money or things to a young person in return for sex.',
      body: 'The Swedish national method support against prostitution and human trafficking (NMT) describes sugar dating as an older man, a "sugar daddy", giving money or other payment to a young woman or man, a "sugar babe", for a sexual service. The payment can be cash, credit cards, monthly payments, expensive clothes, trips or dinners. According to the police, sugar dating is another way for adult men to exploit young people sexually for payment.',
    },
  },
  {
    slug: 'det-ar-inte-okej', area: 'young_people', order: 3,
    sv: {
      title: 'Hur vet jag att det inte är okej?',
      summary: 'Om någon vill ge dig pengar, saker eller något annat i utbyte mot sex är det inte okej.',
      body: [
        'Det är inte okej om någon erbjuder dig pengar, mat, en mobil, kläder, resor eller något annat i utbyte mot sex. Det är den som köper eller försöker köpa sex som gör något olagligt, inte du.',
        '',
        'Många som har hamnat i prostitution berättar att det började av en slump. Det kan ha skett via kontakter på internet, genom en pojkväns inverkan eller genom att någon bjöd på saker i utbyte mot sex.',
        '',
        'Du har rätt att säga nej, och du har rätt att få stöd. Det är aldrig ditt fel.',
      ].join('\n'),
      easyRead: [
        'Ingen får ge dig saker för att få sex.',
        '',
        'Det gäller pengar, mat, en mobil eller kläder.',
        '',
        'Den som försöker köpa sex gör fel. Inte du.',
        '',
        'Du får alltid säga nej. Du kan få hjälp.',
      ].join('\n'),
    },
  },
  {
    slug: 'dina-rattigheter', area: 'young_people', order: 4,
    sv: {
      title: 'Dina rättigheter',
      summary: 'Du har rätt till stöd och skydd. Socialtjänsten har ansvar för att hjälpa dig.',
      body: [
        '- Att köpa sex är alltid olagligt. Det gäller även om den som säljer säger att det är frivilligt.',
        '- Det är kommunens socialtjänst som har det yttersta ansvaret för att hjälpa personer som befinner sig i en utsatt situation.',
        '- Du bestämmer själv om uppgifter om dig får delas mellan till exempel socialtjänsten och polisen. Undantaget är om det finns oro för barn eller brott mot barn.',
        '- Om du är under 18 år kan den som utnyttjar dig dömas för människohandel även om hen inte har hotat eller lurat dig.',
      ].join('\n'),
      easyRead: [
        'Det är olagligt att köpa sex.',
        '',
        'Socialtjänsten ska hjälpa dig.',
        '',
        'Du bestämmer om andra får veta saker om dig. Men om du är ett barn och inte är trygg får vuxna berätta för varandra för att skydda dig.',
      ].join('\n'),
    },
  },
  {
    slug: 'fa-hjalp', area: 'young_people', order: 5,
    sv: {
      title: 'Få hjälp',
      summary: 'Här kan du få hjälp och prata med någon.',
      body: [
        'Om du eller någon annan är i fara just nu: ring **112**.',
        '',
        'Du kan ringa **Kvinnofridslinjen på 020-50 50 50**. Det är gratis och du kan ringa dygnet runt.',
        '',
        'När det inte är akut kan du ringa polisen på **114 14**, till exempel för att anmäla ett brott.',
        '',
        'Socialtjänsten i Karlskoga har ansvar för att hjälpa dig. Se fler ställen att vända sig till under Stöd.',
      ].join('\n'),
      easyRead: [
        'Är du i fara nu? Ring 112.',
        '',
        'Vill du prata med någon? Ring Kvinnofridslinjen 020-50 50 50. Det kostar inget. Du kan ringa när som helst.',
      ].join('\n'),
    },
  },
  {
    slug: 'samverkan', area: 'staff', order: 1,
    sv: {
      title: 'Samverkan vid misstanke om prostitution eller människohandel',
      summary: 'Vem som gör vad: socialtjänst, regionkoordinator, Nationellt metodstöd (NMT) och polis.',
      body: [
        '## 1. Socialtjänsten',
        'Det är kommunernas socialnämnder som har det yttersta ansvaret för att hjälpa personer som befinner sig i en utsatt situation. Socialtjänsten kan samverka med polisen, skolan, hälso- och sjukvården och ideella organisationer.',
        '',
        'Den enskilde måste lämna sitt samtycke för att information som omfattas av sekretess ska kunna delges i respektive verksamhet. Undantag är om det finns oro för barn eller brott mot barn.',
        '## 2. Regionkoordinatorn',
        'Regionkoordinatorn bistår regionala myndigheter, till exempel polis och socialtjänst, med stöd vid människohandelsärenden och länkar ärenden vidare till rätt instans. Regionkoordinatorn är spindeln i nätet mellan socialtjänst, polis, åklagare med flera.',
        '',
        'Länsstyrelsen samordnar också ett resursteam för länet med spetskompetens, dit du kan vända dig för konsultation.',
        '## 3. Nationellt metodstöd (NMT)',
        'Regionkoordinatorn håller kontinuerlig kontakt med den nationella samordnaren mot prostitution och människohandel hos Jämställdhetsmyndigheten, och synkar det regionala arbetet med det nationella.',
        '## 4. Polisen',
        'Socialtjänst och polis har var sina uppgifter, men insatser kan planeras i samverkan så att den enskilde får stöd och hjälp utifrån sina behov och så att eventuella brott kan klaras upp. Vid akut fara: ring 112. Annars: 114 14.',
      ].join('\n'),
    },
  },
  {
    slug: 'samtalsstod', area: 'staff', order: 2,
    sv: {
      title: 'Samtalsstöd',
      summary: 'Stöd för dig som möter någon som kan vara utsatt. Samtalsstödet tas fram i samverkan enligt handlingsplanen.',
      body: [
        'Handlingsplanen säger att ett samtalsstöd ska tas fram i samverkan, för att ge trygghet att möta den som blivit utsatt. Här samlas det som handlingsplanen redan säger. Redaktionen kompletterar sidan när samtalsstödet är klart.',
        '## Innan samtalet',
        '- Ta reda på vilka rutiner din verksamhet har för att upptäcka och agera vid upptäckt.',
        '- Vet vart du kan vända dig: socialtjänsten, regionkoordinatorn och länets resursteam för konsultation.',
        '## Under samtalet',
        '- Att köpa och att försöka köpa sex är alltid olagligt. Den som är utsatt har inte gjort något brott genom att sälja.',
        '- Orsakerna varierar. Många gånger är det tillfälligheter, kontakter på internet, en pojkväns inverkan eller att personen blivit bjuden på saker i utbyte mot sex.',
        '- Berätta att information som omfattas av sekretess bara delas med personens samtycke, utom vid oro för barn eller brott mot barn.',
        '## Efter samtalet',
        '- Vid oro för ett barn: gör en orosanmälan till socialtjänsten.',
        '- Vid akut fara: ring 112. Vid misstanke om brott: kontakta polisen på 114 14.',
        '- Kontakta regionkoordinatorn vid misstanke om människohandel.',
      ].join('\n'),
    },
  },
  {
    slug: 'om-portalen', area: 'about', order: 1,
    sv: {
      title: 'Om Stödportalen',
      summary: 'Stödportalen samlar Karlskoga kommuns arbete mot prostitution och människohandel.',
      body: 'Stödportalen samlar Karlskoga kommuns handlingsplan för insatser för att motverka prostitution, var du kan få stöd, evenemang och kampanjer.\n\nHandlingsplanen ska öka kunskapen och minska efterfrågan. Den ska också göra det tydligt hur socialtjänst, polis, regionkoordinator och ideella organisationer samarbetar, och vad man gör i akuta fall.',
    },
    en: {
      title: 'About Stödportalen',
      summary: 'Stödportalen brings together Karlskoga municipality’s work against prostitution and human trafficking.',
      body: 'Stödportalen brings together Karlskoga municipality’s action plan against prostitution, where to get support, events and campaigns.\n\nThe plan aims to raise knowledge and reduce demand, and to make clear how social services, the police, the regional coordinator and voluntary organisations work together, and what to do in acute cases.',
    },
  },
  {
    slug: 'integritet', area: 'legal', order: 1,
    sv: {
      title: 'Integritet',
      summary: 'Stödportalen använder inga kakor och ingen spårning.',
      body: [
        'Stödportalen använder inga kakor (cookies) och ingen spårning. Vi mäter inte vilka sidor du besöker och vi skickar inga uppgifter om ditt besök till andra.',
        '',
        'Sidan hämtar inget från andra webbplatser. Typsnitt och bilder kommer från vår egen server.',
        '',
        'Tänk på att din webbläsare ändå sparar en historik över vilka sidor du har besökt. Läs mer på sidan Dölj ditt besök.',
      ].join('\n'),
    },
    en: {
      title: 'Privacy',
      summary: 'Stödportalen uses no cookies and no tracking.',
      body: 'Stödportalen uses no cookies and no tracking. We do not measure which pages you visit and we send no information about your visit to anyone else.\n\nThe site loads nothing from other websites.\n\nYour browser still keeps a history of the pages you visit. Read more on the page Hide your visit.',
    },
  },
  {
    slug: 'dolj-ditt-besok', area: 'legal', order: 2,
    sv: {
      title: 'Dölj ditt besök',
      summary: 'Vad knappen Lämna sidan snabbt gör och inte gör, och hur du surfar mer privat.',
      body: [
        '## Knappen Lämna sidan snabbt',
        'Knappen byter direkt till en annan webbplats (SMHI:s väder). Du kan också trycka på Skift-tangenten tre gånger snabbt.',
        '',
        'Knappen **raderar inte** din historik. Den som har tillgång till din mobil eller dator kan se att du har varit här.',
        '## Så surfar du mer privat',
        '- Använd ett privat fönster (inkognito). Då sparas ingen historik när du stänger fönstret.',
        '- Radera historiken i webbläsaren efter ditt besök, eller bara de sidor du vill dölja.',
        '- Använd en dator eller mobil som ingen annan kan komma åt, till exempel på ett bibliotek.',
        '',
        'Om du är i fara just nu: ring 112.',
      ].join('\n'),
    },
    en: {
      title: 'Hide your visit',
      summary: 'What the quick exit does and does not do, and how to browse more privately.',
      body: [
        '## The quick exit button',
        'The button takes you straight to another website (the Swedish weather service). You can also press the Shift key three times quickly.',
        '',
        'It does **not** erase your history. Someone with access to your phone or computer can see that you visited this site.',
        '## Browse more privately',
        '- Use a private (incognito) window: no history is kept once you close it.',
        '- Delete your browser history after your visit, or just the pages you want to hide.',
        '- Use a device no one else can access, for example at a library.',
        '',
        'If you are in danger right now: call 112.',
      ].join('\n'),
    },
  },
  {
    slug: 'tillganglighet', area: 'legal', order: 3,
    sv: {
      title: 'Tillgänglighetsredogörelse',
      summary: 'Hur tillgänglig Stödportalen är, vad vi vet inte fungerar och hur du kan påverka.',
      body: [
        'Karlskoga kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.',
        '## Hur tillgänglig är webbplatsen?',
        'Webbplatsen är **delvis förenlig** med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Målet är nivå AA i WCAG 2.1.',
        '## Innehåll som inte är tillgängligt',
        '- Lättlästa versioner finns bara för sidorna för unga, inte för hela webbplatsen.',
        '- Handlingsplanen är inte översatt till engelska. Den visas på svenska med en upplysning om det.',
        '- Referenser i handlingsplanen leder till PDF-filer på andra webbplatser som vi inte har granskat.',
        '## Hur vi testat webbplatsen',
        `Vi har gjort en självskattning (intern testning) av webbplatsen. Senaste bedömningen gjordes ${ASSESSED_ON}. Varje sidmall testas automatiskt med verktyget axe mot WCAG 2.1 A och AA i mobil- och datorbredd, på svenska och engelska, och vi har kontrollerat att allt går att nå med tangentbord.`,
        '## Rapportera brister',
        'Om du upptäcker problem som inte beskrivs här, eller om du behöver innehåll i ett annat format, kontakta Karlskoga kommun och berätta vilken sida det gäller.',
        '## Tillsyn',
        'Myndigheten för digital förvaltning (Digg) ansvarar för tillsyn enligt lagen. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du [anmäla det till Digg](https://www.digg.se/tdosanmalan).',
      ].join('\n'),
    },
    en: {
      title: 'Accessibility statement',
      summary: 'How accessible Stödportalen is, known gaps and how to report a problem.',
      body: [
        'Karlskoga municipality runs this website and wants as many people as possible to be able to use it.',
        '## Compliance status',
        'The website is **partially compliant** with the Swedish Act on accessibility to digital public services, because of the gaps below. The goal is WCAG 2.1 level AA.',
        '## Known gaps',
        '- Easy-read versions exist only for the pages for young people.',
        '- The action plan is only available in Swedish.',
        '- References in the plan link to PDF files on other websites that we have not reviewed.',
        '## How we tested',
        `Self-assessment, most recently on ${ASSESSED_ON}: every page template is tested automatically with axe against WCAG 2.1 A and AA at mobile and desktop widths, in Swedish and English, and checked for keyboard access.`,
        '## Report a problem',
        'If you find a problem not described here, contact Karlskoga municipality and tell us which page it concerns.',
        '## Enforcement',
        'The Agency for Digital Government (Digg) is responsible for enforcement. If you are not satisfied with how we handle your feedback, you can [report it to Digg](https://www.digg.se/tdosanmalan).',
      ].join('\n'),
    },
  },
];
