import { STORED_TIP_FIELDS, type StoredTipCategory, type StoredTipField } from '@stodportalen/shared';

/** The privacy notice's details editors fill in (Webbplatsinställningar); null: not yet published. */
export interface PrivacyNoticeView {
  controller: string | null;
  dpoContact: string | null;
  requestContact: string | null;
  retentionDecision: string | null;
  backupRetention: string | null;
  /** The national law behind the public-interest task (GDPR art. 6.3). */
  legalBasisLaw: string | null;
  hostingProvider: string | null;
  mailProvider: string | null;
  /** Transfers outside the EU/EEA (art. 13.1.f). */
  transfers: string | null;
  /** SUBMISSION_RETENTION_DAYS and REJECTED_TIP_RETENTION_DAYS, as the CMS applies them. */
  retentionDays: number;
  rejectedRetentionDays: number;
}

export const TIP_CATEGORY_ORDER: readonly StoredTipCategory[] = ['contact', 'event', 'moderation', 'technical'];

/** The stored fields of a tip, by category, in the order of shared/src/tip-data.ts. */
export function storedTipFieldsByCategory(): { category: StoredTipCategory; fields: StoredTipField[] }[] {
  const entries = Object.entries(STORED_TIP_FIELDS) as [StoredTipField, StoredTipCategory][];
  return TIP_CATEGORY_ORDER.map((category) => ({
    category,
    fields: entries.filter(([, value]) => value === category).map(([field]) => field),
  }));
}
