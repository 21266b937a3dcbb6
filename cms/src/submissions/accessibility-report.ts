import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { parseAccessibilityReport, type AccessibilityReport, type AccessibilityReportErrors } from '@stodportalen/shared';
import { sendMail } from '../mail/send';
import { accessibilityReportMail } from '../mail/templates';
import { storeOnce } from '../shared-state/claims';
import { createSubmissionIntake, type IntakeOutcome, type RateLimited } from './intake';
import { cmsUrl } from './settings';

const REPORT_UID = 'api::accessibility-report.accessibility-report';
const STATEMENT_UID = 'api::accessibility-statement.accessibility-statement';

export type ReportOutcome =
  | IntakeOutcome<AccessibilityReportErrors>
  | { kind: 'created' }
  /** The same form with the same content again: one report is stored and mailed (202). */
  | { kind: 'duplicate' };

/** The accessibility contact as published (Tillgänglighetsredogörelse → contactEmail); null while empty. */
export async function accessibilityContact(strapi: Core.Strapi): Promise<string | null> {
  const row: { contactEmail?: string | null } | null = await strapi.db.query(STATEMENT_UID).findOne({
    where: { publishedAt: { $notNull: true } },
    select: ['contactEmail'],
  });
  const email = row?.contactEmail?.trim() ?? '';
  return email === '' ? null : email;
}

/** The stored entry of a report, field by field (STORED_ACCESSIBILITY_REPORT_FIELDS lists them for the privacy notice). */
export function reportData(report: AccessibilityReport, submissionKey: string) {
  return {
    description: report.description,
    // undefined, not null: Strapi's input types take no null; a field without a value is stored as null.
    pageUrl: report.pageUrl ?? undefined,
    email: report.email ?? undefined,
    reporterLocale: report.locale,
    mailSent: false,
    submissionKey,
  };
}

type StoredReport = { description: string | null; pageUrl: string | null; email: string | null };

/**
 * A report becomes a private entry (no public route reads the type, see cms/README.md) and a mail
 * to the accessibility contact. The same rate limit as event tips, with a limiter of its own.
 */
export function createAccessibilityReportService(strapi: Core.Strapi) {
  // A limiter of its own (the tips have theirs); the same rules.
  const intake = createSubmissionIntake(strapi, 'accessibility-report');

  function submit(input: unknown, clientKey: string): Promise<ReportOutcome> {
    return intake.handle(input, clientKey, parseAccessibilityReport, store);
  }

  async function store(report: AccessibilityReport, submissionKey: string, clientKey: string): Promise<ReportOutcome> {
    // The same form sent twice (a double click, a reload of the answer) is one report. Sent
    // again with other content (edited after going back), it is another report: stored too.
    const earlier: StoredReport[] = await strapi.db.query(REPORT_UID).findMany({
      where: { submissionKey },
      select: ['description', 'pageUrl', 'email'],
    });
    if (earlier.some((row) => row.description === report.description && row.pageUrl === (report.pageUrl ?? null) && row.email === (report.email ?? null))) {
      return { kind: 'duplicate' };
    }
    // The same form and content twice at once, on this instance or another: one is stored.
    const content = createHash('sha256').update(JSON.stringify([report.description, report.pageUrl ?? null, report.email ?? null])).digest('hex');
    const key = createHash('sha256').update(`${submissionKey}:${content}`).digest('hex');
    const once = await storeOnce(strapi, { scope: 'accessibility-report', key, fingerprint: content }, async (): Promise<{ outcome: { documentId: string } | RateLimited; reference: string | null }> => {
      const slot = await intake.takeSlot(clientKey);
      if (!slot.ok) return { outcome: slot.outcome, reference: null };
      try {
        const stored = await strapi.documents(REPORT_UID).create({ data: reportData(report, submissionKey) });
        return { outcome: stored, reference: stored.documentId };
      } catch (error) {
        await slot.release();
        throw error;
      }
    });
    if (once.kind !== 'ran') return { kind: 'duplicate' };
    const created = once.outcome;
    if ('kind' in created) return created;
    const contact = await accessibilityContact(strapi);
    if (!contact) {
      strapi.log.warn('[accessibility] a report was stored, but no accessibility contact is set (Tillgänglighetsredogörelse → contactEmail): no mail was sent.');
    } else {
      const adminUrl = `${cmsUrl()}/admin/content-manager/collection-types/${REPORT_UID}/${created.documentId}`;
      const sent = await sendMail(strapi, { to: contact, ...accessibilityReportMail(report, adminUrl) });
      if (sent) await strapi.db.query(REPORT_UID).update({ where: { documentId: created.documentId }, data: { mailSent: true } });
    }
    return { kind: 'created' };
  }

  return { submit };
}
