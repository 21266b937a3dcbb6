import type { Core } from '@strapi/strapi';
import { isHoneypotFilled, parseAccessibilityReport, type AccessibilityReportErrors } from '@stodportalen/shared';
import { sendMail } from '../mail/send';
import { accessibilityReportMail } from '../mail/templates';
import { SlidingWindowLimiter } from './rate-limit';
import { cmsUrl, SUBMISSION_RATE_LIMIT } from './settings';

const REPORT_UID = 'api::accessibility-report.accessibility-report';
const STATEMENT_UID = 'api::accessibility-statement.accessibility-statement';

export type ReportOutcome =
  | { kind: 'dropped' }
  | { kind: 'invalid'; errors: AccessibilityReportErrors }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'created' };

/** The accessibility contact as published (Tillgänglighetsredogörelse → contactEmail); null while empty. */
export async function accessibilityContact(strapi: Core.Strapi): Promise<string | null> {
  const row: { contactEmail?: string | null } | null = await strapi.db.query(STATEMENT_UID).findOne({
    where: { publishedAt: { $notNull: true } },
    select: ['contactEmail'],
  });
  const email = row?.contactEmail?.trim() ?? '';
  return email === '' ? null : email;
}

/**
 * A report becomes a private entry (no public route reads the type, see cms/README.md) and a mail
 * to the accessibility contact. The same rate limit as event tips, with a limiter of its own.
 */
export function createAccessibilityReportService(strapi: Core.Strapi) {
  const limiter = new SlidingWindowLimiter(SUBMISSION_RATE_LIMIT.limit, SUBMISSION_RATE_LIMIT.windowMs);

  async function submit(input: unknown, clientKey: string): Promise<ReportOutcome> {
    if (isHoneypotFilled(input)) return { kind: 'dropped' };
    const parsed = parseAccessibilityReport(input);
    if (!parsed.success) return { kind: 'invalid', errors: parsed.errors };
    const report = parsed.data;
    const slot = limiter.take(clientKey);
    if (!slot.ok) return { kind: 'rate-limited', retryAfterSeconds: Math.ceil(slot.retryAfterMs / 1000) };
    let created: { documentId: string };
    try {
      created = await strapi.documents(REPORT_UID).create({
        data: { description: report.description, pageUrl: report.pageUrl ?? undefined, email: report.email ?? undefined, reporterLocale: report.locale, mailSent: false },
      });
    } catch (error) {
      slot.release();
      throw error;
    }
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
