import type { Core, UID } from '@strapi/strapi';

/**
 * What an editor sees for one field: a plain Swedish label, a help text, a placeholder, and
 * whether the field is hidden (`hidden`: internal, filled by the CMS) or shown read-only
 * (`readOnly`: set by the CMS, an editor may need to read it).
 */
export type FieldText = { label: string; description?: string; placeholder?: string; hidden?: boolean; readOnly?: boolean };
type Metadata = {
  edit?: { label?: string; description?: string; placeholder?: string; visible?: boolean; editable?: boolean };
  list?: { label?: string };
};
type Configuration = { settings?: Record<string, unknown>; metadatas?: Record<string, Metadata>; layouts?: { list?: string[]; edit?: unknown } };

const ACTIVITY_LINK: FieldText = {
  label: 'Aktivitet i handlingsplanen',
  description: 'Den aktivitet i handlingsplanen som detta hör till. Ett evenemang som är över visas då under Uppföljning på webbplatsen.',
};
const TITLE: FieldText = { label: 'Rubrik', description: 'Kort och tydlig. Visas överst och i listor.', placeholder: 'Till exempel: Föreläsning om människohandel' };
const SLUG: FieldText = {
  label: 'Webbadress',
  description: 'Sista delen av sidans adress. Skapas från rubriken när du sparar (å och ä blir a, ö blir o). Du kan ändra den, men länkar till den gamla adressen slutar då fungera.',
};
const NAME_SLUG: FieldText = { ...SLUG, description: SLUG.description!.replace('rubriken', 'namnet') };
const AUDIENCES: FieldText = { label: 'Målgrupper', description: 'Vilka det riktar sig till. Kryssa i alla som passar.' };
const IMAGE: FieldText = { label: 'Bild', description: 'Frivillig. Bilden måste ha en alternativ text (beskriv vad den visar) innan du kan publicera.' };
const BODY: FieldText = { label: 'Brödtext', description: 'Huvudtexten. Skriv kort och på vanlig svenska, med mellanrubriker.' };
const PUBLISH_AT: FieldText = {
  label: 'Publicera automatiskt',
  description: 'Frivilligt. Välj dag och tid (svensk tid) och tryck sedan Spara, inte Publicera. Då publiceras utkastet av sig själv vid den tiden.',
};
const SUBMISSION_KEY: FieldText = { label: 'Inskickningsnyckel (intern)', hidden: true };
const ORGANISATION: FieldText = { label: 'Organisation', description: 'Vem som står bakom. Saknas den? Lägg till den under Organisation först.' };
const REVIEWED_ON: FieldText = {
  label: 'Senast granskad',
  description: 'Dagen då någon senast läste igenom allt och såg att det stämmer. Visas på webbplatsen. Det som inte granskats på länge hamnar på granskningslistan.',
};

/**
 * Swedish labels and help texts in the content manager for the fields of the plan's follow-up and
 * of content review (schema.json has no field labels in Strapi 5; the content manager's
 * configuration has). A label is only set while it is still Strapi's default (the field name), so
 * what an administrator writes in the admin stays.
 */
export const FIELD_TEXTS: [UID.ContentType, Record<string, FieldText>][] = [
  ['api::follow-up.follow-up', {
    activity: { label: 'Aktivitet', description: 'Vilken av handlingsplanens aktiviteter uppföljningen gäller.' },
    doneOn: { label: 'Datum', description: 'När det gjordes.' },
    summary: { label: 'Vad gjordes?', description: 'Kort och på vanlig svenska. Visas på webbplatsen under Uppföljning.' },
    reached: { label: 'Antal som nåddes', description: 'Hur många personer som nåddes, om ni vet. Annars tomt.' },
    event: { label: 'Evenemang', description: 'Evenemanget i kalendern som uppföljningen gäller, om det finns ett.' },
    documentUrl: { label: 'Länk till dokument', description: 'Webbadress till en rapport, ett protokoll eller liknande (börjar med https://).' },
    documentTitle: { label: 'Dokumentets namn', description: 'Länktexten. Tomt: adressen visas.' },
  }],
  ['api::activity.activity', {
    title: { ...TITLE, placeholder: 'Till exempel: Utbildning för personal' },
    description: { label: 'Beskrivning', description: 'Vad aktiviteten går ut på, som i handlingsplanen.' },
    responsible: { label: 'Ansvarig', description: 'Vilken förvaltning eller enhet som ansvarar.' },
    order: { label: 'Ordning', description: 'Lägre tal visas först.' },
    status: {
      label: 'Status',
      description: 'Ej rapporterad tills någon rapporterar hur det går. Webbplatsen visar statusen precis som den är satt här.',
    },
    followUpOn: { label: 'Följs upp', description: 'När aktiviteten ska följas upp nästa gång.' },
    followUps: { label: 'Uppföljningar', description: 'Vad som har gjorts. Lägg till nya under Uppföljning.' },
    events: { label: 'Evenemang' },
    campaigns: { label: 'Kampanjer' },
  }],
  ['api::event.event', {
    title: TITLE,
    slug: SLUG,
    kind: { label: 'Typ av evenemang', description: 'lecture = föreläsning, training = utbildning, campaign_activity = aktivitet i en kampanj, meeting = möte.' },
    startsAt: { label: 'Börjar', description: 'Dag och tid i svensk tid, vilken tidszon din dator än har. Webbplatsen visar svensk tid.' },
    endsAt: { label: 'Slutar', description: 'Frivilligt. Samma dag eller senare än Börjar.' },
    venue: { label: 'Plats', description: 'Var det är. Tomt om det bara är digitalt.' },
    onlineUrl: { label: 'Länk för digitalt deltagande', description: 'Börjar med https://. Tomt om det inte går att delta digitalt.', placeholder: 'https://' },
    description: { label: 'Beskrivning', description: 'Vad det handlar om och för vem. Kort och på vanlig svenska.' },
    audiences: AUDIENCES,
    organiser: { label: 'Arrangör', description: 'Organisationen som arrangerar. Finns den inte i listan? Skriv namnet i Arrangör (namn).' },
    organiserName: { label: 'Arrangör (namn)', description: 'Används bara om arrangören inte finns bland organisationerna.' },
    registrationUrl: { label: 'Länk för anmälan', description: 'Börjar med https://. Tomt om man inte behöver anmäla sig.', placeholder: 'https://' },
    isFree: { label: 'Gratis', description: 'Ja om det inte kostar något att delta.' },
    price: { label: 'Pris', description: 'Bara om det kostar något.', placeholder: 'Till exempel: 100 kr' },
    accessibility: { label: 'Tillgänglighet', description: 'Till exempel hörslinga, rullstolsplats eller teckentolk.' },
    image: IMAGE,
    submitterName: { label: 'Tipset skickades av', description: 'Namnet på den som tipsade, om tipset kom via formuläret.', readOnly: true },
    submitterEmail: { label: 'Tipsarens e-post', description: 'Dit beslutet om tipset mejlas. Tas bort automatiskt en tid efter ett avslag.', readOnly: true },
    moderationStatus: {
      label: 'Granskning',
      description: 'För tips från partner: väntar (pending), godkänt (approved) eller avvisat (rejected). Godkänn genom att publicera. Avvisa genom att välja rejected, skriva en motivering och trycka Spara.',
    },
    moderatorNote: { label: 'Motivering till tipsaren', description: 'Skickas till den som tipsade när tipset avvisas. Skriv vänligt och kort varför.' },
    submitterLocale: { label: 'Tipsarens språk', description: 'Mejlen till tipsaren skickas på detta språk.', readOnly: true },
    submissionKey: SUBMISSION_KEY,
    submissionFingerprint: { label: 'Fingeravtryck (intern)', hidden: true },
    publishAt: PUBLISH_AT,
    activity: ACTIVITY_LINK,
    moderatedAt: {
      label: 'Beslutsdatum',
      description: 'När tipset publicerades eller avvisades. Sätts automatiskt. Ett avvisat tips kontaktuppgifter tas bort ett antal dagar efter detta (REJECTED_TIP_RETENTION_DAYS).',
    },
    consentVersion: { label: 'Godkänd textversion', description: 'Vilken version av texten om personuppgifter den som tipsade kryssade i.', readOnly: true },
    consentedAt: { label: 'Godkänt', description: 'När den som tipsade skickade tipset och kryssade i rutan.', readOnly: true },
  }],
  ['api::campaign.campaign', {
    title: { ...TITLE, placeholder: 'Till exempel: Kampanjvecka mot människohandel' },
    slug: SLUG,
    startsOn: { label: 'Första dag', description: 'Dagen då kampanjen börjar.' },
    endsOn: { label: 'Sista dag', description: 'Frivilligt. Dagen då kampanjen slutar.' },
    lede: { label: 'Ingress', description: 'En eller två meningar som sammanfattar kampanjen. Visas i listor och överst på sidan.' },
    body: BODY,
    audiences: AUDIENCES,
    image: IMAGE,
    resources: { label: 'Stödresurser', description: 'Var man kan få stöd. Visas på kampanjens sida.' },
    events: { label: 'Evenemang', description: 'Föreläsningar och aktiviteter i kampanjen. Publicera evenemangen också, annars syns de inte.' },
    activity: ACTIVITY_LINK,
    publishAt: PUBLISH_AT,
  }],
  ['api::page.page', {
    title: TITLE,
    slug: SLUG,
    area: { label: 'Del av webbplatsen', description: 'about = Om portalen, young_people = Unga, staff = Personal, legal = Integritet och tillgänglighet.' },
    order: { label: 'Ordning', description: 'Lägre tal visas först i menyn.' },
    summary: { label: 'Sammanfattning', description: 'En eller två meningar. Visas i listor och i sökresultat.' },
    image: IMAGE,
    body: BODY,
    easyReadBody: { label: 'Lättläst text', description: 'Frivillig. Samma innehåll på lättläst svenska.' },
    reviewedOn: REVIEWED_ON,
  }],
  ['api::support-resource.support-resource', {
    name: { label: 'Namn', description: 'Vad stödet heter, till exempel mottagningens namn.' },
    slug: NAME_SLUG,
    summary: { label: 'Sammanfattning', description: 'Vem stödet är för och vad man får hjälp med, i en eller två meningar.' },
    body: BODY,
    audiences: AUDIENCES,
    level: { label: 'Nivå', description: 'general = allmänt stöd, targeted = riktat stöd, acute = akut hjälp.' },
    scope: { label: 'Område', description: 'local = Karlskoga, regional = regionen, national = hela landet.' },
    organisation: ORGANISATION,
    channels: { label: 'Kontaktvägar', description: 'Telefon, e-post, chatt eller besök. Skriv bara uppgifter som organisationen själv publicerar.' },
    anonymous: { label: 'Går att vara anonym', description: 'Ja bara om organisationen själv säger det.' },
    languages: { label: 'Språk', description: 'Vilka språk stödet ges på.', placeholder: 'Till exempel: svenska, engelska' },
    verifiedOn: { label: 'Uppgifterna kontrollerade', description: 'Dagen då kontaktuppgifterna senast kontrollerades mot källan.' },
    sourceUrl: { label: 'Källa', description: 'Var uppgifterna kommer ifrån (börjar med https://).', placeholder: 'https://' },
    reviewedOn: REVIEWED_ON,
  }],
  ['api::organisation.organisation', {
    name: { label: 'Namn', placeholder: 'Till exempel: Polisen' },
    slug: NAME_SLUG,
    kind: { label: 'Typ', description: 'municipal = kommunen, police = polisen, regional = regionen, national_agency = myndighet, voluntary = ideell organisation.' },
    website: { label: 'Webbplats', description: 'Börjar med https://.', placeholder: 'https://' },
    description: { label: 'Beskrivning' },
    isPartner: { label: 'Partner', description: 'Ja om organisationen får skicka in tips om evenemang.' },
  }],
  ['api::term.term', {
    name: { label: 'Begrepp', placeholder: 'Till exempel: människohandel' },
    slug: NAME_SLUG,
    definition: { label: 'Förklaring', description: 'Vad ordet betyder, på vanlig svenska.' },
    source: { label: 'Källa', description: 'Var förklaringen kommer ifrån, till exempel en lag eller en myndighet.' },
  }],
  ['api::plan.plan', {
    title: TITLE,
    summary: { label: 'Sammanfattning' },
    metadata: { label: 'Uppgifter om beslutet', description: 'Diarienummer, vem som beslutade och när.' },
    overallGoal: { label: 'Övergripande mål' },
    sections: { label: 'Avsnitt' },
    references: { label: 'Referenser' },
  }],
  ['api::search-best-bet.search-best-bet', {
    queries: { label: 'Sökord', description: 'Ett sökord eller en fras per rad.' },
    url: { label: 'Sida', description: 'Adressen till sidan som ska visas först, till exempel /stod.', placeholder: '/stod' },
    title: { label: 'Rubrik i sökresultatet' },
    description: { label: 'Text i sökresultatet' },
  }],
  ['api::search-synonym.search-synonym', {
    words: { label: 'Ord som besökare skriver', description: 'Skilj orden åt med kommatecken.', placeholder: 'sälja sex, pengar för sex' },
    means: { label: 'Betyder', description: 'Ordet som används på webbplatsen.', placeholder: 'prostitution' },
  }],
  ['api::search-miss.search-miss', {
    query: { label: 'Sökning', readOnly: true },
    language: { label: 'Språk', readOnly: true },
    count: { label: 'Antal', readOnly: true },
    lastSeenOn: { label: 'Senast sökt', readOnly: true },
  }],
  ['api::search-miss-count.search-miss-count', {
    query: { label: 'Sökning', readOnly: true },
    language: { label: 'Språk', readOnly: true },
    day: { label: 'Dag', readOnly: true },
    count: { label: 'Antal', readOnly: true },
  }],
  ['api::accessibility-statement.accessibility-statement', {
    compliance: {
      label: 'Förenlighet med lagen',
      description: 'Fullt, delvis eller inte förenlig med lagen om tillgänglighet till digital offentlig service (DIGG:s mall). Välj efter en bedömning.',
    },
    contactEmail: {
      label: 'Kontakt för tillgänglighet (e-post)',
      description: 'Synpunkter från formuläret på sidan Tillgänglighet skickas hit. Adressen visas också på sidan. Tomt: sidan säger att kontakten inte är publicerad än.',
    },
    responseTime: { label: 'Svarstid', description: 'Hur snabbt ni svarar på en synpunkt, till exempel ”inom två veckor”. Visas på sidan.' },
    assessmentMethod: { label: 'Hur webbplatsen har granskats', description: 'Till exempel självskattning eller granskning av en extern part, och vad som testades.' },
    assessedOn: { label: 'Senaste bedömning', description: 'Dagen då tillgängligheten senast bedömdes.' },
    shortcomings: { label: 'Innehåll som inte är tillgängligt', description: 'Varje brist med det WCAG-kriterium den gäller och varför.' },
    outsideScope: { label: 'Innehåll som inte omfattas av lagen', description: 'Till exempel PDF-filer från andra organisationer.' },
  }],
  ['api::accessibility-report.accessibility-report', {
    submissionKey: SUBMISSION_KEY,
    description: { label: 'Beskrivning' },
    pageUrl: { label: 'Sida' },
    email: { label: 'Svara till (e-post)', description: 'Frivillig. Ta bort adressen när ärendet är klart.' },
    reporterLocale: { label: 'Språk' },
    mailSent: { label: 'Mejl skickat till kontakten' },
  }],
  ['api::site.site', {
    acuteContacts: { label: 'Akuta kontakter', description: 'Numren som visas överst på varje sida. Skriv bara nummer som myndigheten själv publicerar.' },
    quickExitUrl: { label: 'Snabb utgång leder till', description: 'Sidan som öppnas när någon trycker Lämna sidan snabbt. En neutral sida, till exempel en väderprognos.', placeholder: 'https://' },
    footerContact: { label: 'Kontakt i sidfoten' },
    senderName: {
      label: 'Avsändare',
      description: 'Vem som står bakom webbplatsen, till exempel kommunens namn. Visas bredvid logotypen överst och i sidfoten. Tomt: bara Stödportalen visas.',
    },
    logo: {
      label: 'Logotyp',
      description: 'Frivillig. Helst en SVG-fil. Skriv avsändarens namn som alternativ text i mediebiblioteket. Tomt: ordet Stödportalen visas i stället.',
    },
    primaryColor: {
      label: 'Huvudfärg',
      description: 'Färgen på knappar och länkar, som #115e59. Måste ha kontrast minst 4,5:1 mot vitt, annars kan den inte sparas. Tomt: grönblå standardfärg.',
      placeholder: '#115e59',
    },
    shareImage: {
      label: 'Delningsbild',
      description: 'Bilden som visas när någon delar en sida i sociala medier och sidan inte har en egen bild. Helst 1200 × 630 pixlar. Måste ha alternativ text.',
    },
    reviewIntervalMonths: {
      label: 'Granska innehåll efter (månader)',
      description: 'Sidor och stödresurser som inte har granskats på så här många månader hamnar på granskningslistan. Standard: 12.',
    },
    privacyController: {
      label: 'Personuppgiftsansvarig nämnd',
      description: 'Den nämnd som är personuppgiftsansvarig för Stödportalen. Visas på sidan Integritet. Tomt: sidan säger att uppgiften inte är publicerad än.',
    },
    privacyDpoContact: {
      label: 'Dataskyddsombud, kontakt',
      description: 'Hur man når kommunens dataskyddsombud (e-post eller adress). Visas på sidan Integritet.',
    },
    privacyRequestContact: {
      label: 'Kontakt för frågor och radering',
      description: 'E-postadress dit den som tipsat kan skriva för att få sina uppgifter borttagna tidigare eller få veta vad som sparas. Visas på sidan Integritet, på kvittot och i mejlen.',
    },
    privacyRetentionDecision: {
      label: 'Gallringsbeslut',
      description: 'Vilket beslut om gallring (diarienummer, datum, nämnd) som gäller för tips och kontaktuppgifter. Tips är allmänna handlingar. Visas på sidan Integritet.',
    },
    privacyBackupRetention: {
      label: 'Hur länge säkerhetskopior sparas',
      description: 'Till exempel ”35 dagar”. Ska stämma med hur driften sparar säkerhetskopior (docs/operations.md). Visas på sidan Integritet.',
    },
    privacyLegalBasisLaw: {
      label: 'Rättslig grund i svensk lag',
      description: 'Vilken svensk lag eller föreskrift som ger kommunen uppgiften av allmänt intresse (artikel 6.3 i dataskyddsförordningen). Visas på sidan Integritet. Tomt: sidan säger att uppgiften inte är publicerad än.',
    },
    privacyHostingProvider: {
      label: 'Driftleverantör (personuppgiftsbiträde)',
      description: 'Vem som driver servrarna, och om det finns ett biträdesavtal. Visas på sidan Integritet. Tomt: sidan säger att uppgiften inte är publicerad än.',
    },
    privacyMailProvider: {
      label: 'E-posttjänst (personuppgiftsbiträde)',
      description: 'Vilken e-posttjänst (SMTP) som skickar mejlen, och om det finns ett biträdesavtal. Visas på sidan Integritet.',
    },
    privacyTransfers: {
      label: 'Överföring utanför EU/EES',
      description: 'Om uppgifter förs över till ett land utanför EU/EES, och i så fall med vilket skydd. Visas på sidan Integritet. Tomt: sidan säger att uppgiften inte är publicerad än.',
    },
  }],
];

/** Labels for the fields of components (a venue, a contact channel, …), wherever they are used. */
export const COMPONENT_TEXTS: [UID.Component, Record<string, FieldText>][] = [
  ['event.venue', {
    name: { label: 'Lokal', placeholder: 'Till exempel: Folkets hus' },
    address: { label: 'Gatuadress' },
    city: { label: 'Ort', placeholder: 'Karlskoga' },
  }],
  ['shared.audiences', {
    youngPeople: { label: 'Unga' },
    adults: { label: 'Vuxna' },
    closeOnes: { label: 'Anhöriga och närstående' },
    professionals: { label: 'Personal som möter målgruppen' },
    peopleWhoBuySex: { label: 'Personer som köper sex' },
  }],
  ['shared.reference', { title: { label: 'Titel' }, url: { label: 'Länk', placeholder: 'https://' } }],
  ['contact.acute-contact', {
    label: { label: 'Vem man når', placeholder: 'Till exempel: SOS Alarm' },
    number: { label: 'Telefonnummer', description: 'Skriv numret precis som myndigheten publicerar det.' },
    when: { label: 'När man ska ringa', placeholder: 'Till exempel: Vid akut fara' },
    chatUrl: { label: 'Chatt (länk)', description: 'Frivillig. Bara en chatt som tjänsten själv publicerar. Börjar med https://.', placeholder: 'https://' },
    smsNumber: { label: 'Sms-nummer', description: 'Frivillig. Bara ett nummer som tjänsten själv publicerar för sms.' },
    webUrl: { label: 'Webbplats eller formulär (länk)', description: 'Frivillig. Tjänstens egen sida, till exempel ett formulär. Börjar med https://.', placeholder: 'https://' },
  }],
  ['contact.channel', {
    kind: { label: 'Typ av kontaktväg' },
    value: { label: 'Nummer, adress eller länk', description: 'Skriv bara det som organisationen själv publicerar.' },
    label: { label: 'Text som visas', description: 'Frivillig. Tomt: numret eller adressen visas.' },
    alwaysOpen: { label: 'Öppet dygnet runt' },
    openingHours: { label: 'Öppettider' },
    openingHoursNote: { label: 'Om öppettiderna', description: 'Till exempel undantag för helgdagar.' },
    isFree: { label: 'Kostnadsfritt att kontakta' },
  }],
  ['contact.opening-hours', { day: { label: 'Dag' }, opens: { label: 'Öppnar' }, closes: { label: 'Stänger' } }],
  ['accessibility.gap', {
    content: { label: 'Vad som inte är tillgängligt' },
    criterion: { label: 'WCAG-kriterium', placeholder: 'Till exempel: 1.1.1' },
    reason: { label: 'Varför' },
  }],
  ['plan.metadata', {
    diarienummer: { label: 'Diarienummer' },
    commissionedBy: { label: 'Uppdragsgivare' },
    approvedBy: { label: 'Beslutad av' },
    approvedOn: { label: 'Beslutsdatum' },
    councilAdoptedOn: { label: 'Antagen av fullmäktige' },
    councilAdoptionReference: { label: 'Fullmäktiges paragraf' },
    responsibleUnit: { label: 'Ansvarig enhet' },
    validityPeriod: { label: 'Gäller' },
    revisionDueOn: { label: 'Ska revideras' },
  }],
  ['plan.section', {
    heading: { label: 'Rubrik' },
    anchor: { label: 'Ankare (del av adressen)' },
    level: { label: 'Rubriknivå' },
    body: { label: 'Text' },
  }],
];

/**
 * The columns of the content manager's lists. Applied while a list is still Strapi's default (the
 * first few fields) or shows an internal field, so a list arranged in the admin stays as it is.
 */
export const LIST_COLUMNS: [UID.ContentType, string[]][] = [
  ['api::campaign.campaign', ['id', 'title', 'startsOn', 'endsOn', 'publishAt', 'updatedAt']],
  ['api::event.event', ['id', 'title', 'kind', 'startsAt', 'moderationStatus', 'publishAt']],
  ['api::page.page', ['id', 'title', 'area', 'reviewedOn', 'updatedAt']],
  ['api::support-resource.support-resource', ['id', 'name', 'level', 'scope', 'reviewedOn']],
  ['api::organisation.organisation', ['id', 'name', 'kind', 'isPartner']],
  ['api::term.term', ['id', 'name', 'source', 'updatedAt']],
  ['api::activity.activity', ['id', 'title', 'status', 'followUpOn', 'responsible']],
  ['api::follow-up.follow-up', ['id', 'doneOn', 'activity', 'summary', 'reached']],
  ['api::accessibility-report.accessibility-report', ['id', 'createdAt', 'pageUrl', 'mailSent']],
];

/**
 * Help texts this code once set that are no longer true: replaced like an empty one on existing
 * instances. (Times were entered in the computer's zone before stockholm-datetime.tsx.)
 */
const SUPERSEDED_DESCRIPTIONS = new Set([
  'Frivilligt. Välj dag och tid (i din dators tidszon, i Sverige svensk tid) och tryck sedan Spara, inte Publicera. Då publiceras utkastet av sig själv vid den tiden.',
  'Dag och tid. Tiden är i din dators tidszon (i Sverige svensk tid). Webbplatsen visar svensk tid.',
]);

/** Strapi's own list: `id` and the first listable fields, at most 4 columns. */
function isDefaultList(list: string[], attributeNames: string[]): boolean {
  const firstFields = new Set(['id', ...attributeNames.filter((name) => name !== 'documentId' && name !== 'id').slice(0, 5), 'startsAt', 'moderationStatus']);
  return list.every((column) => firstFields.has(column));
}

/**
 * The content manager configuration with the Swedish texts applied; `null` when nothing changes.
 * A label, help text or placeholder is only set while it is still Strapi's default (empty, or the
 * field name for a label), so what an administrator writes in the admin stays. Hidden and
 * read-only fields are always enforced: they are filled by the CMS.
 */
export function withFieldTexts(
  configuration: Configuration,
  fields: Record<string, FieldText>,
  options: { columns?: string[]; attributeNames?: string[] } = {},
): Configuration | null {
  const metadatas = { ...configuration.metadatas };
  let changed = false;
  for (const [field, text] of Object.entries(fields)) {
    const metadata = metadatas[field] ?? {};
    const isDefault = (label: string | undefined) => label === undefined || label === '' || label === field;
    const edit = { ...metadata.edit };
    const list = { ...metadata.list };
    if (isDefault(edit.label)) edit.label = text.label;
    if ((!edit.description || SUPERSEDED_DESCRIPTIONS.has(edit.description)) && text.description) edit.description = text.description;
    if (!edit.placeholder && text.placeholder) edit.placeholder = text.placeholder;
    if (text.hidden) edit.visible = false;
    if (text.hidden || text.readOnly) edit.editable = false;
    if (isDefault(list.label)) list.label = text.label;
    const before = JSON.stringify({ edit: metadata.edit ?? {}, list: metadata.list ?? {} });
    if (JSON.stringify({ edit, list }) !== before) {
      metadatas[field] = { ...metadata, edit, list };
      changed = true;
    }
  }
  const hidden = new Set(Object.entries(fields).filter(([, text]) => text.hidden).map(([field]) => field));
  let layouts = configuration.layouts;
  const list = layouts?.list ?? [];
  const { columns, attributeNames = [] } = options;
  if (columns && columns.join() !== list.join() && (isDefaultList(list, attributeNames) || list.some((column) => hidden.has(column)))) {
    layouts = { ...layouts, list: columns };
    changed = true;
  }
  return changed ? { ...configuration, metadatas, layouts } : null;
}

export async function labelFieldsInSwedish(strapi: Core.Strapi): Promise<void> {
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  const columnsOf = new Map(LIST_COLUMNS);
  for (const [uid, fields] of FIELD_TEXTS) {
    const contentType = strapi.contentType(uid);
    const { uid: _uid, ...configuration }: Configuration & { uid?: string } = await contentTypes.findConfiguration(contentType);
    const updated = withFieldTexts(configuration, fields, { columns: columnsOf.get(uid), attributeNames: Object.keys(contentType.attributes) });
    if (updated) await contentTypes.updateConfiguration(contentType, updated);
  }
  const components = strapi.plugin('content-manager').service('components');
  for (const [uid, fields] of COMPONENT_TEXTS) {
    const component = strapi.components[uid];
    if (!component) continue;
    const { uid: _uid, category: _category, isComponent: _isComponent, ...configuration }: Configuration & Record<string, unknown> = await components.findConfiguration(component);
    const updated = withFieldTexts(configuration, fields);
    if (updated) await components.updateConfiguration(component, updated);
  }
}
