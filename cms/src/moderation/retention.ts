import type { Core } from '@strapi/strapi';
import { anonymousPageUrl, CLEARED_TIP_FIELDS } from '@stodportalen/shared';
import { accessibilityReportRetentionDays, rejectedRetentionDays, retentionDays } from '../submissions/settings';

const DAY_MS = 86_400_000;

/** What the retention sets: the sender's contact details, the moderator's note (it may name them) and the fingerprint (a hash of the tip, name and e-mail included). */
const CLEARED = Object.fromEntries(CLEARED_TIP_FIELDS.map((field) => [field, null]));

const HOLDS_DETAILS = {
  $or: CLEARED_TIP_FIELDS.filter((field) => field !== 'submissionFingerprint').map((field) => ({ [field]: { $notNull: true } })),
};

/**
 * Removes the submitter's name, e-mail and language, and the moderator's note, on drafts and
 * published versions alike:
 *  - from events that ended more than SUBMISSION_RETENTION_DAYS days ago (default 30);
 *  - from rejected tips decided more than REJECTED_TIP_RETENTION_DAYS days ago (default 30),
 *    however far ahead the event was planned.
 * The form and the privacy notice tell senders so. Run daily by the cron task in config/cron-tasks.ts.
 */
export async function removeExpiredSubmitterDetails(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays() * DAY_MS).toISOString();
  const rejectedCutoff = new Date(now.getTime() - rejectedRetentionDays() * DAY_MS).toISOString();
  const result: { count: number } = await strapi.db.query('api::event.event').updateMany({
    where: {
      $and: [
        HOLDS_DETAILS,
        {
          $or: [
            { endsAt: { $lt: cutoff } },
            { endsAt: null, startsAt: { $lt: cutoff } },
            { moderationStatus: 'rejected', moderatedAt: { $lt: rejectedCutoff } },
          ],
        },
      ],
    },
    data: CLEARED,
  });
  if (result.count > 0) strapi.log.info(`[retention] removed submitter details from ${result.count} event versions`);
  return result.count;
}

/**
 * Removes the reporter's e-mail address from accessibility reports sent more than
 * ACCESSIBILITY_REPORT_RETENTION_DAYS days ago (default 90), and trims the page address to a path
 * on this site (a query string, a fragment or another site's address could identify the reporter).
 * The description stays: it is the report (an official document, kept by the retention decision).
 * Run daily with the tip retention (config/cron-tasks.ts).
 */
export async function removeExpiredReporterDetails(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - accessibilityReportRetentionDays() * DAY_MS).toISOString();
  const rows: { id: number; pageUrl: string | null; email: string | null }[] = await strapi.db.query('api::accessibility-report.accessibility-report').findMany({
    where: { createdAt: { $lt: cutoff }, $or: [{ email: { $notNull: true } }, { pageUrl: { $notNull: true } }] },
    select: ['id', 'pageUrl', 'email'],
  });
  let count = 0;
  for (const row of rows) {
    const pageUrl = anonymousPageUrl(row.pageUrl);
    if (row.email === null && pageUrl === row.pageUrl) continue;
    await strapi.db.query('api::accessibility-report.accessibility-report').update({ where: { id: row.id }, data: { email: null, pageUrl } });
    count += 1;
  }
  if (count > 0) strapi.log.info(`[retention] removed reporter details from ${count} accessibility reports`);
  return count;
}
