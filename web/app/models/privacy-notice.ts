import {
  STORED_ACCESSIBILITY_REPORT_FIELDS,
  STORED_TIP_FIELDS,
  type StoredAccessibilityReportCategory,
  type StoredAccessibilityReportField,
  type StoredTipCategory,
  type StoredTipField,
} from '@stodportalen/shared';

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
  /** ACCESSIBILITY_REPORT_RETENTION_DAYS: when a reporter's e-mail is removed. */
  reportRetentionDays: number;
}

export const TIP_CATEGORY_ORDER: readonly StoredTipCategory[] = ['contact', 'event', 'moderation', 'technical'];

export const REPORT_CATEGORY_ORDER: readonly StoredAccessibilityReportCategory[] = ['report', 'contact', 'technical'];

function byCategory<F extends string, C extends string>(stored: Record<F, C>, order: readonly C[]): { category: C; fields: F[] }[] {
  const entries = Object.entries(stored) as [F, C][];
  return order.map((category) => ({
    category,
    fields: entries.filter(([, value]) => value === category).map(([field]) => field),
  }));
}

/** The stored fields of a tip, by category, in the order of shared/src/tip-data.ts. */
export function storedTipFieldsByCategory(): { category: StoredTipCategory; fields: StoredTipField[] }[] {
  return byCategory(STORED_TIP_FIELDS, TIP_CATEGORY_ORDER);
}

/** The stored fields of an accessibility report, by category (shared/src/accessibility-report.ts). */
export function storedReportFieldsByCategory(): { category: StoredAccessibilityReportCategory; fields: StoredAccessibilityReportField[] }[] {
  return byCategory(STORED_ACCESSIBILITY_REPORT_FIELDS, REPORT_CATEGORY_ORDER);
}
