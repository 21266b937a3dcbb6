/**
 * Seed content built only from facts in the action plan (cms/seed/handlingsplan-karlskoga.md)
 * and national services checked at their source (shared/facts/sources.json). No phone number,
 * address or opening hour is invented: where no source gives one, the field stays empty for
 * editors to fill.
 */
import {
  acuteHelpFallback,
  AUDIENCES,
  plainTextToBlocks,
  type Audience,
  type ChannelKind,
  type SupportLevel,
  type SupportScope,
} from '@stodportalen/shared';
import type { Enum_Organisation_Kind as OrganisationKind } from '@stodportalen/shared/graphql';

type Audiences = Record<Audience, boolean>;

export interface SeedOrganisation { slug: string; name: string; kind: OrganisationKind; description: string; website?: string }

export const organisations: SeedOrganisation[] = [
  { slug: 'socialtjansten-karlskoga', name: 'Socialtjänsten i Karlskoga kommun', kind: 'municipal',
    description: 'Det är kommunernas socialnämnder som har det yttersta ansvaret för att hjälpa personer som befinner sig i en utsatt situation.' },
  { slug: 'samhalle-och-serviceforvaltningen', name: 'Samhälle och serviceförvaltningen, Karlskoga kommun', kind: 'municipal',
    description: 'Ansvarig för handlingsplanen för insatser för att motverka prostitution.' },
  { slug: 'natverket-vald-i-nara-relation', name: 'Nätverket Våld i nära relation', kind: 'municipal',
    description: 'Följer upp arbetet och ansvarar för att handlingsplanen uppdateras. Representanter i nätverket förankrar frågan i sina ledningsgrupper och verksamheter.' },
  { slug: 'polisen', name: 'Polisen', kind: 'police',
    description: 'Samverkar med socialtjänsten i aktuella ärenden, bland annat för att klara upp eventuella brott.' },
  { slug: 'lansstyrelsen', name: 'Länsstyrelsen', kind: 'regional',
    description: 'Ansvarar för kunskapsinsatser och samordnar ett resursteam för länet med spetskompetens inom prostitution och människohandel för sexuella ändamål, dit en kan vända sig för konsultation.' },
  { slug: 'regionkoordinator', name: 'Regionkoordinator mot prostitution och människohandel', kind: 'regional',
    description: 'Stöttar regionala myndigheter, till exempel polis och socialtjänst, vid människohandelsärenden och länkar ärenden vidare till rätt instans.' },
  { slug: 'jamstalldhetsmyndigheten', name: 'Jämställdhetsmyndigheten', kind: 'national_agency',
    description: 'Har det nationella uppdraget rörande prostitution och människohandel, med en nationell samordnare.' },
  { slug: 'nmt', name: 'Nationellt metodstöd för prostitution och människohandel (NMT)', kind: 'national_agency',
    description: 'Nationellt metodstöd för myndigheter och andra som arbetar mot prostitution och människohandel.', website: 'https://www.nmtsverige.se' },
  { slug: 'kvinnoforeningen-mot-vald-karlskoga-degerfors', name: 'Kvinnoföreningen mot våld Karlskoga-Degerfors', kind: 'voluntary',
    description: 'Ideell förening i Karlskoga som arbetar mot våld.' },
];

const audiences = (list: readonly Audience[]): Audiences => ({
  youngPeople: list.includes('youngPeople'),
  adults: list.includes('adults'),
  closeOnes: list.includes('closeOnes'),
  professionals: list.includes('professionals'),
  peopleWhoBuySex: list.includes('peopleWhoBuySex'),
});
const everyone = audiences(AUDIENCES);

export interface SeedChannel { kind: ChannelKind; value: string; label?: string; alwaysOpen?: boolean; isFree?: boolean }
export interface SeedResource {
  slug: string; name: string; summary: string; body: string;
  level: SupportLevel; scope: SupportScope;
  audiences: Audiences; organisation?: string; channels: SeedChannel[]; sourceUrl?: string;
  anonymous?: boolean; verifiedOn?: string;
  /** The English version of the texts (name, summary, body); channels, audiences and the rest are shared. */
  en?: { name: string; summary: string; body: string };
}

/** The acute number as the fallback holds it: one place for each number. */
function acuteNumber(number: string): string {
  const contact = acuteHelpFallback.sv.find((candidate) => candidate.number === number);
  if (!contact) throw new Error(`no acute contact with the number ${number}`);
  return contact.number;
}

/*
 * No resource is seeded with `verifiedOn` ("Uppgifterna kontrollerades"): the national services'
 * facts were checked against reference material, not at the services themselves
 * (shared/facts/sources.json), so an editor confirms them and sets the date.
 */

export const resources: SeedResource[] = [
  { slug: 'larmnummer-112', name: 'Larmnumret 112', level: 'acute', scope: 'national', audiences: everyone,
    summary: 'Ring 112 när någon är i fara just nu.',
    body: 'Ring 112 om du eller någon annan är i fara just nu. Det gäller också om någon tvingas till sex eller hålls kvar mot sin vilja.',
    channels: [{ kind: 'phone', value: acuteNumber('112'), label: 'Ring 112' }] },
  { slug: 'polisen-114-14', name: 'Polisen, 114 14', level: 'targeted', scope: 'national', organisation: 'polisen', audiences: everyone,
    summary: 'Ring 114 14 när det inte är akut, till exempel för att anmäla ett brott eller lämna tips.',
    body: 'Att köpa och att försöka köpa sex är alltid olagligt. Du kan anmäla brott eller lämna tips till polisen på 114 14 när det inte är akut.',
    channels: [{ kind: 'phone', value: acuteNumber('114 14'), label: 'Ring 114 14' }] },
  { slug: 'kvinnofridslinjen', name: 'Kvinnofridslinjen', level: 'acute', scope: 'national',
    audiences: audiences(['youngPeople', 'adults', 'closeOnes']),
    summary: 'Nationell stödtelefon för kvinnor som utsatts för våld, hot eller sexuellt våld, och för deras närstående. Gratis, dygnet runt.',
    body: 'Kvinnofridslinjen är en nationell stödtelefon för kvinnor som har utsatts för fysiskt, psykiskt eller sexuellt våld eller hot. Även närstående kan ringa. Det är gratis att ringa, du kan ringa dygnet runt och du kan vara anonym.\n\nÄr du under 18 år kan du också ringa Bris på 116 111. Bris är till för alla barn och unga, killar som tjejer.',
    channels: [{ kind: 'phone', value: acuteNumber('020-50 50 50'), label: 'Ring Kvinnofridslinjen', alwaysOpen: true, isFree: true }],
    anonymous: true, sourceUrl: 'https://kvinnofridslinjen.se',
    en: {
      name: 'Kvinnofridslinjen',
      summary: 'National support line for women who have been subjected to violence, threats or sexual violence, and for people close to them. Free, around the clock.',
      body: 'Kvinnofridslinjen is a national support line for women who have been subjected to physical, psychological or sexual violence or threats. People close to them can call too. Calls are free, you can call around the clock and you can stay anonymous.\n\nIf you are under 18, you can also call Bris on 116 111. Bris is for all children and young people, boys and girls.',
    } },
  { slug: 'bris', name: 'Bris – Barnens rätt i samhället', level: 'acute', scope: 'national', audiences: audiences(['youngPeople']),
    summary: 'För alla barn och unga under 18 år. Ring 116 111 eller chatta på bris.se.',
    body: 'Bris är till för alla barn och unga under 18 år, killar som tjejer. Du kan ringa 116 111 eller chatta på bris.se. Du behöver inte säga vem du är.',
    channels: [
      { kind: 'phone', value: acuteNumber('116 111'), label: 'Ring Bris' },
      { kind: 'chat', value: 'https://www.bris.se', label: 'Chatta på bris.se' },
    ],
    anonymous: true, sourceUrl: 'https://www.bris.se',
    en: {
      name: 'Bris – Children’s Rights in Society',
      summary: 'For all children and young people under 18. Call 116 111 or chat at bris.se.',
      body: 'Bris is for all children and young people under 18, boys and girls. You can call 116 111 or chat at bris.se. You do not have to say who you are.',
    } },
  { slug: 'umo', name: 'UMO – ungdomsmottagningen på nätet', level: 'general', scope: 'national', audiences: audiences(['youngPeople']),
    summary: 'För dig som är 13–25 år: om sex, hälsa och relationer.',
    body: 'UMO är en webbplats för dig som är mellan 13 och 25 år. Där kan du läsa om sex, hälsa och relationer och hitta en ungdomsmottagning. Du behöver inte säga vem du är för att läsa. UMO har ingen telefon.',
    channels: [{ kind: 'web', value: 'https://umo.se', label: 'umo.se' }],
    anonymous: true, sourceUrl: 'https://umo.se',
    en: {
      name: 'UMO – the youth clinic online',
      summary: 'For you who are 13–25: about sex, health and relationships.',
      body: 'UMO is a website for you who are between 13 and 25. There you can read about sex, health and relationships and find a youth clinic. You do not have to say who you are to read it. UMO has no phone line.',
    } },
  { slug: 'socialtjansten-karlskoga', name: 'Socialtjänsten i Karlskoga', level: 'targeted', scope: 'local', organisation: 'socialtjansten-karlskoga', audiences: everyone,
    summary: 'Socialtjänsten har det yttersta ansvaret för att hjälpa personer som befinner sig i en utsatt situation.',
    body: 'Det är kommunernas socialnämnder som har det yttersta ansvaret för att hjälpa personer som befinner sig i en utsatt situation.\n\nSocialtjänsten kan samverka med bland andra polisen, skolan, hälso- och sjukvården och ideella organisationer.\n\nÄr du under 18 år måste många vuxna som arbetar med barn, till exempel i skolan och i vården, berätta för socialtjänsten om de tror att du far illa. Socialtjänsten bedömer då om du behöver stöd eller skydd, och pratar oftast med dig och med dina föräldrar. Du har inte gjort något fel.\n\nÄr du vuxen behövs oftast ditt samtycke för att uppgifter om dig ska delas mellan verksamheterna. Men vid misstanke om allvarliga brott, till exempel människohandel, får uppgifter lämnas till polisen även utan samtycke.',
    channels: [],
    en: {
      name: 'Social services in Karlskoga (socialtjänsten)',
      summary: 'Social services have the ultimate responsibility for helping people in a vulnerable situation.',
      body: 'The municipalities’ social welfare committees have the ultimate responsibility for helping people in a vulnerable situation.\n\nSocial services can work together with, among others, the police, schools, health care and voluntary organisations.\n\nIf you are under 18, many adults who work with children, for example at school and in health care, must tell social services if they think you are being harmed. Social services then assess whether you need support or protection, and usually talk with you and with your parents. You have not done anything wrong.\n\nIf you are an adult, your consent is usually needed before information about you is shared between services. But if a serious crime, such as human trafficking, is suspected, information may be given to the police even without your consent.',
    } },
  { slug: 'regionkoordinator', name: 'Regionkoordinator mot prostitution och människohandel', level: 'targeted', scope: 'regional', organisation: 'regionkoordinator',
    audiences: audiences(['professionals']),
    summary: 'Stöd till polis och socialtjänst vid människohandelsärenden.',
    body: 'Regionkoordinatorn bistår regionala myndigheter, till exempel polis och socialtjänst, med stöd vid människohandelsärenden och länkar ärenden vidare till rätt instans.\n\nRegionkoordinatorn är en brygga mellan socialtjänst, polis, åklagare och andra, och håller de kommunala aktörerna uppdaterade i frågan.',
    channels: [] },
  { slug: 'lansstyrelsens-resursteam', name: 'Länsstyrelsens resursteam', level: 'targeted', scope: 'regional', organisation: 'lansstyrelsen',
    audiences: audiences(['professionals']),
    summary: 'Resursteam för länet med spetskompetens inom prostitution och människohandel för sexuella ändamål. Du kan vända dig dit för konsultation.',
    body: 'Länsstyrelsen samordnar ett resursteam för länet som har spetskompetens inom området prostitution och människohandel för sexuella ändamål, dit en kan vända sig för konsultation.\n\nNär handlingsplanen skrevs 2021 fanns regionkoordinator, socialtjänst, polis, åklagare, Migrationsverket och Stadsmissionen med i teamet, och fler aktörer skulle successivt bjudas in.',
    channels: [] },
  { slug: 'nmt', name: 'Nationellt metodstöd för prostitution och människohandel (NMT)', level: 'general', scope: 'national', organisation: 'nmt',
    audiences: audiences(['professionals']),
    summary: 'Nationellt metodstöd för dig som arbetar mot prostitution och människohandel.',
    body: 'Nationellt metodstöd för prostitution och människohandel (NMT) samlar kunskap och lägesrapporter om prostitution och människohandel i Sverige.',
    channels: [{ kind: 'web', value: 'https://www.nmtsverige.se', label: 'nmtsverige.se' }], sourceUrl: 'https://www.nmtsverige.se' },
  { slug: 'kvinnoforeningen-mot-vald-karlskoga-degerfors', name: 'Kvinnoföreningen mot våld Karlskoga-Degerfors', level: 'targeted', scope: 'local',
    organisation: 'kvinnoforeningen-mot-vald-karlskoga-degerfors', audiences: audiences(['youngPeople', 'adults', 'closeOnes']),
    summary: 'Ideell förening i Karlskoga som arbetar mot våld.',
    body: 'I Sverige är civilsamhället och frivilligorganisationer mycket aktiva när det gäller att erbjuda stöd och skydd till personer utsatta för prostitution och människohandel. I Karlskoga finns Kvinnoföreningen mot våld Karlskoga-Degerfors.',
    channels: [] },
];

export const activityResponsible: Record<number, string> = {
  1: 'Nätverket mot våld i nära relationer',
  2: 'Representanter inom nätverket mot våld i nära relation och respektive verksamhet',
};

export const site = {
  acuteContacts: acuteHelpFallback.sv.map((contact) => ({ ...contact })),
  acuteContactsEn: acuteHelpFallback.en.map((contact) => ({ ...contact })),
  footerContactEn: 'Stödportalen is run by Karlskoga municipality. The department Samhälle och serviceförvaltningen is responsible for the action plan.',
  // A neutral page to leave to (see docs/decisions/003).
  quickExitUrl: 'https://www.smhi.se/',
  footerContact: 'Stödportalen drivs av Karlskoga kommun. Samhälle och serviceförvaltningen ansvarar för handlingsplanen.',
};

export const demo = {
  events: [
    { key: 'lecture', kind: 'lecture' as const, days: 14, hours: [18, 20], title: '[DEMO] Föreläsning: Vad är sugardejting?',
      description: 'Det här är ett påhittat exempel som visar hur ett evenemang ser ut. Det är inte ett riktigt evenemang.' },
    { key: 'training', kind: 'training' as const, days: 30, hours: [9, 12], title: '[DEMO] Utbildning för personal: upptäcka och agera',
      description: 'Det här är ett påhittat exempel på en utbildning för personal. Det är inte ett riktigt evenemang.' },
    { key: 'campaign-activity', kind: 'campaign_activity' as const, days: 7, hours: [12, 15], title: '[DEMO] Kampanjaktivitet: prata med oss',
      description: 'Det här är ett påhittat exempel på en kampanjaktivitet. Det är inte ett riktigt evenemang.' },
    { key: 'past-meeting', kind: 'meeting' as const, days: -20, hours: [13, 15], title: '[DEMO] Nätverksmöte (avslutat exempel)',
      description: 'Det här är ett påhittat exempel på ett avslutat möte. Det är inte ett riktigt evenemang.' },
  ],
  campaign: {
    title: '[DEMO] Kampanj: Sex mot ersättning är aldrig okej',
    lede: 'Det här är en påhittad exempelkampanj som visar hur kampanjer ser ut på portalen.',
    body: 'Att köpa och att försöka köpa sex är alltid olagligt. Det här är en exempeltext: redaktionen ersätter den med en riktig kampanj.',
    startDays: -7, endDays: 30,
  },
  venue: { name: 'Exempellokal (påhittad)', city: 'Karlskoga' },
};

export { plainTextToBlocks };
