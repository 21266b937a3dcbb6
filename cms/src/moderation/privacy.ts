import type { Core } from '@strapi/strapi';
import { smtpConfigured } from '../mail/send';
import { accessibilityReportRetentionDays, rejectedRetentionDays, retentionDays } from '../submissions/settings';

/** The privacy notice's fields editors fill in (Webbplatsinställningar); the notice says "not yet published" while one is empty. */
export const PRIVACY_NOTICE_FIELDS = [
  'privacyController',
  'privacyDpoContact',
  'privacyRequestContact',
  'privacyRetentionDecision',
  'privacyBackupRetention',
  'privacyLegalBasisLaw',
  'privacyHostingProvider',
  'privacyMailProvider',
  'privacyTransfers',
] as const;

export type PrivacyNoticeField = (typeof PRIVACY_NOTICE_FIELDS)[number];
type SiteRow = { locale: string | null; publishedAt: string | null } & Partial<Record<PrivacyNoticeField, string | null>>;

async function siteRows(strapi: Core.Strapi): Promise<SiteRow[]> {
  return (await strapi.db.query('api::site.site').findMany({
    select: ['locale', 'publishedAt', ...PRIVACY_NOTICE_FIELDS],
  })) as SiteRow[];
}

function filled(value: string | null | undefined): boolean {
  return (value ?? '').trim() !== '';
}

/** The published contact for early deletion and questions, as the notice shows it; null while there is none. */
export async function privacyRequestContact(strapi: Core.Strapi): Promise<string | null> {
  const row = (await siteRows(strapi)).find((candidate) => candidate.publishedAt !== null && filled(candidate.privacyRequestContact));
  return row?.privacyRequestContact?.trim() ?? null;
}

export interface PrivacyStatus {
  /** Fields of the notice still empty in the published Swedish version (the page says "not yet published"). */
  missingFields: PrivacyNoticeField[];
  /** Whether mails to senders and communicators are really sent (SMTP_HOST is set). */
  mailEnabled: boolean;
  /** The retention settings, as the notice and the form state them. */
  retention: { afterEventDays: number; afterRejectionDays: number; accessibilityReportDays: number };
  /**
   * True while the retention job clears contact details with no removal decision (gallringsbeslut)
   * recorded: it keeps clearing (data minimisation), and the notice says so, but editors must see it.
   */
  retentionWithoutDecision: boolean;
}

export async function privacyStatus(strapi: Core.Strapi): Promise<PrivacyStatus> {
  const rows = await siteRows(strapi);
  const published = rows.find((row) => row.publishedAt !== null && row.locale === 'sv') ?? rows.find((row) => row.publishedAt !== null);
  const missingFields = PRIVACY_NOTICE_FIELDS.filter((field) => !filled(published?.[field]));
  return {
    missingFields,
    mailEnabled: smtpConfigured(),
    retention: { afterEventDays: retentionDays(), afterRejectionDays: rejectedRetentionDays(), accessibilityReportDays: accessibilityReportRetentionDays() },
    retentionWithoutDecision: missingFields.includes('privacyRetentionDecision'),
  };
}
