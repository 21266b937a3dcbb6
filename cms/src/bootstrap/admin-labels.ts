import type { Core, UID } from '@strapi/strapi';

type FieldText = { label: string; description?: string };
type Metadata = { edit?: { label?: string; description?: string }; list?: { label?: string } };
type Configuration = { settings?: Record<string, unknown>; metadatas?: Record<string, Metadata>; layouts?: unknown };

const ACTIVITY_LINK: FieldText = {
  label: 'Aktivitet i handlingsplanen',
  description: 'Den aktivitet i handlingsplanen som detta hör till. Ett evenemang som är över visas då under Uppföljning på webbplatsen.',
};
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
    activity: ACTIVITY_LINK,
    moderatedAt: {
      label: 'Beslutsdatum',
      description: 'När tipset publicerades eller avvisades. Sätts automatiskt. Ett avvisat tips kontaktuppgifter tas bort ett antal dagar efter detta (REJECTED_TIP_RETENTION_DAYS).',
    },
    consentVersion: { label: 'Godkänd textversion', description: 'Vilken version av texten om personuppgifter den som tipsade kryssade i.' },
    consentedAt: { label: 'Godkänt', description: 'När den som tipsade skickade tipset och kryssade i rutan.' },
  }],
  ['api::campaign.campaign', { activity: ACTIVITY_LINK }],
  ['api::page.page', { reviewedOn: REVIEWED_ON }],
  ['api::support-resource.support-resource', { reviewedOn: REVIEWED_ON }],
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
    description: { label: 'Beskrivning' },
    pageUrl: { label: 'Sida' },
    email: { label: 'Svara till (e-post)', description: 'Frivillig. Ta bort adressen när ärendet är klart.' },
    reporterLocale: { label: 'Språk' },
    mailSent: { label: 'Mejl skickat till kontakten' },
  }],
  ['api::site.site', {
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

export async function labelFieldsInSwedish(strapi: Core.Strapi): Promise<void> {
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  for (const [uid, fields] of FIELD_TEXTS) {
    const contentType = strapi.contentType(uid);
    const { uid: _uid, ...configuration }: Configuration & { uid?: string } = await contentTypes.findConfiguration(contentType);
    const metadatas = { ...configuration.metadatas };
    let changed = false;
    for (const [field, text] of Object.entries(fields)) {
      const metadata = metadatas[field] ?? {};
      const isDefault = (label: string | undefined) => label === undefined || label === field;
      const edit = { ...metadata.edit };
      const list = { ...metadata.list };
      if (isDefault(edit.label)) edit.label = text.label;
      if (!edit.description && text.description) edit.description = text.description;
      if (isDefault(list.label)) list.label = text.label;
      if (edit.label !== metadata.edit?.label || edit.description !== metadata.edit?.description || list.label !== metadata.list?.label) {
        metadatas[field] = { ...metadata, edit, list };
        changed = true;
      }
    }
    if (changed) await contentTypes.updateConfiguration(contentType, { ...configuration, metadatas });
  }
}
