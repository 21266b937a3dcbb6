import { pagesSv } from './pages';
import { fallbackSv } from './fallback';
import { supportSv } from './support';
import { glossarySv } from './glossary';
import { calendarSv } from './calendar';
import { tipSv } from './tip';
import { privacySv } from './privacy';
import { accessibilitySv } from './accessibility';
import { availabilitySv } from './availability';
import { previewSv } from './preview';
import { followUpSv } from './follow-up';

/**
 * All text that visitors see, in Swedish (the source of truth). Plain language: short sentences, "du".
 * en.ts has the same shape; TypeScript checks that no key is missing there.
 */
export const sv = {
  preview: previewSv,
  followUp: followUpSv,
  tip: tipSv,
  privacy: privacySv,
  accessibility: accessibilitySv,
  availability: availabilitySv,
  calendar: calendarSv,
  pages: pagesSv,
  fallback: fallbackSv,
  support: supportSv,
  glossary: glossarySv,
  siteName: 'Stödportalen',
  titleSuffix: ' – Stödportalen',
  /** Text alternative of the default share image (og:image:alt), public/share-default.png. */
  shareImageAlt: 'Stödportalen: stöd och information i Karlskoga',
  defaultDescription:
    'Stöd och information om prostitution och människohandel i Karlskoga. Här ser du vart du kan vända dig och vad kommunen gör.',
  skipLink: 'Hoppa till innehållet',
  quickExit: {
    regionLabel: 'Snabb utgång',
    label: 'Lämna sidan snabbt',
    hint: 'Du kan också trycka snabbt på Shift tre gånger.',
  },
  acuteHelp: {
    heading: 'Behöver du hjälp nu?',
    call: 'Ring',
    bandHeading: 'Akut hjälp:',
    chat: (host: string) => `Chatta på ${host}`,
    sms: (number: string) => `Skicka sms till ${number}`,
    web: (host: string) => `Läs mer på ${host}`,
    asideIntro: 'Numren finns överst på varje sida. Det här är vem de är till för:',
    cannotTalk: 'Kan du inte prata? Du kan chatta eller skriva i stället där det står nedan.',
    quickExitHint: 'Knappen Lämna sidan snabbt överst tar dig direkt till en annan webbplats.',
    hideVisitLink: 'Så döljer du ditt besök',
    supportLink: 'Hitta mer stöd',
  },
  languageSwitch: { label: 'In English' },
  nav: {
    label: 'Huvudmeny',
    home: 'Start',
    young: 'Unga',
    support: 'Få stöd',
    calendar: 'Kalender',
    plan: 'Handlingsplanen',
    staff: 'För personal',
  },
  search: {
    label: 'Sök på webbplatsen',
    button: 'Sök',
  },
  identity: { sender: (name: string) => `Stödportalen ges ut av ${name}.` },
  footer: {
    label: 'Om webbplatsen',
    contactFallback: 'Stödportalen drivs av Karlskoga kommun.',
    campaigns: 'Kampanjer',
    glossary: 'Begrepp',
    about: 'Om Stödportalen',
    hideVisit: 'Dölj ditt besök',
    privacy: 'Integritet och personuppgifter',
    accessibility: 'Tillgänglighet',
  },
  home: {
    metaTitle: 'Start',
    heading: 'Stöd och information om prostitution och människohandel',
    lead: 'Här får du veta vart du kan vända dig för att få hjälp. Du kan också läsa vad Karlskoga kommun gör för att stoppa prostitution och människohandel.',
    notYourFault: 'Det är aldrig ditt fel om någon utnyttjar dig. Du har rätt till hjälp.',
    audienceHeading: 'Vem är sidan till för?',
    audiences: [
      {
        title: 'Jag är ung',
        path: '/unga',
        text: 'Du som har fått erbjudanden om pengar, saker eller annat i utbyte mot sex. Eller du som är orolig för en kompis.',
      },
      {
        title: 'Jag är orolig för någon',
        path: '/stod?malgrupp=narstaende',
        text: 'Du som är orolig för någon eller har sett något som känns fel.',
      },
      {
        title: 'Jag arbetar med unga eller i kommunen',
        path: '/for-personal',
        text: 'Du som arbetar i kommunen, i skolan eller i vården och vill veta hur du ska göra.',
      },
      {
        title: 'Samarbetspartner',
        path: '/kalender',
        text: 'Du som arbetar i en organisation, hos polisen eller i regionen och vill samarbeta med oss.',
      },
    ],
    helpHeading: 'Om du behöver hjälp',
    helpIntro: 'Du kan ringa de här numren. Du behöver inte veta exakt vad du ska säga.',
    safetyHeading: 'Om någon kan se vad du gör',
    safetyText:
      'Knappen Lämna sidan snabbt högst upp tar dig direkt till en annan webbplats. Webbplatsen sparar inga kakor. Men din webbläsare kan spara sidorna i historiken.',
    planHeading: 'Kommunens handlingsplan',
    planIntro:
      'Karlskoga kommun har tagit fram en handlingsplan mot prostitution och människohandel. Målet i planen är att fler ska veta mer om prostitution och människohandel, och att färre ska köpa sex.',
    planActivitiesIntro: 'Planen beskriver fem saker som kommunen skulle göra:',
    // The home page does not read the plan: no claim here about whether it still applies.
    planStatusLink: 'Gäller planen fortfarande? Se planens giltighetstid',
    planActivities: [
      'Nätverket mot våld i nära relationer följer upp arbetet och ser till att planen uppdateras.',
      'Varje verksamhet har rutiner för att upptäcka när någon är utsatt och för vad de gör då. Personalen får mer kunskap.',
      'Ett samtalsstöd tas fram, så att personal känner sig trygga när de möter någon som är utsatt.',
      'Kommunen samarbetar med andra organisationer och bjuder in till föreläsningar och utbildningar.',
      'Ett stödmaterial med kontakter och ställen där man kan få stöd tas fram.',
    ],
    planLink: 'Läs hela handlingsplanen',
  },
  plan: {
    metaTitle: 'Handlingsplanen',
    metaDescription: 'Karlskoga kommuns handlingsplan för att förebygga prostitution och människohandel.',
    factsHeading: 'Fakta om planen',
    facts: {
      referenceNumber: 'Diarienummer',
      commissionedBy: 'Uppdragsgivare',
      approved: 'Godkänd av',
      councilAdopted: 'Fastställd av kommunfullmäktige',
      notInPlan: 'Uppgift saknas i planen',
      responsibleUnit: 'Ansvarig',
      validityPeriod: 'Giltighetstid',
      revisionDueOn: 'Revideras senast',
      updatedAt: 'Senast ändrad på webbplatsen',
    },
    validity: {
      heading: 'Gäller planen fortfarande?',
      periodCurrent: (period: string) => `Planen gäller ${period}.`,
      periodEnded: (period: string) => `Planen gällde ${period}. Den tiden har gått ut.`,
      revisionPending: (date: string) => `Planen ska revideras senast ${date}.`,
      revisionOverdue: (date: string) =>
        `Planen skulle ha reviderats senast ${date}. Det datumet har passerat. Här visas planen som den godkändes.`,
    },
    caseHeading: 'Ärendebeskrivning',
    caseIntro: 'Så sammanfattade förvaltningen ärendet när planen skickades vidare för beslut. Texten är hämtad ur handlingarna.',
    goalHeading: 'Övergripande mål',
    tocHeading: 'På den här sidan',
    activitiesHeading: 'De prioriterade aktiviteterna',
    activityStatusLabel: 'Status',
    activityResponsibleLabel: 'Ansvarig',
    activityFollowUpLabel: 'Följs upp',
    status: {
      notReported: 'Ej rapporterad',
      planned: 'Planerad',
      ongoing: 'Pågår',
      done: 'Klar',
    },
    termsHeading: 'Begrepp',
    termSourceLabel: 'Källa',
    referencesHeading: 'Referenser',
  },
  errors: {
    notFound: {
      title: 'Sidan finns inte',
      text: 'Vi hittar inte sidan du letar efter. Den kan ha flyttats eller tagits bort.',
      homeLink: 'Gå till startsidan',
    },
    unavailable: {
      title: 'Tjänsten är tillfälligt otillgänglig',
      text: 'Vi kan inte visa sidan just nu. Försök igen om en stund.',
      acuteStillWorks: 'Numren för akut hjälp fungerar som vanligt. Du hittar dem högst upp på sidan.',
    },
    generic: {
      title: 'Något gick fel',
      text: 'Sidan kunde inte visas. Försök igen om en stund.',
      homeLink: 'Gå till startsidan',
    },
    // Requests the server refuses before any page (server/request-guard.ts).
    refused: {
      400: { title: 'Felaktig förfrågan', text: 'Webbläsaren skickade en förfrågan som vi inte kan läsa. Försök igen från startsidan.' },
      403: {
        title: 'Formuläret kom från en annan webbplats',
        text: 'Vi tar bara emot formulär som skickas från den här webbplatsen. Gå till formuläret här och skicka det igen.',
      },
      405: { title: 'Det går inte att göra så här', text: 'Den här adressen kan bara visas, inte ändras.' },
      413: {
        title: 'Det du skickade var för stort',
        text: 'Formuläret tar emot en begränsad mängd text. Gå tillbaka med webbläsarens bakåtknapp, korta texten och skicka igen.',
      },
      415: { title: 'Formuläret skickades i fel format', text: 'Skicka formuläret från webbplatsens egen sida.' },
    },
  },
};

export type Dictionary = typeof sv;
