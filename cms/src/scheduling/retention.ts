import type { Core } from '@strapi/strapi';
import { retentionDays } from '../submissions/settings';

/**
 * Removes the submitter's name, e-mail and language from events that ended more than
 * SUBMISSION_RETENTION_DAYS days ago (default 30), on drafts and published versions alike. The form
 * tells partners so. Run daily by the cron task in config/cron-tasks.ts.
 */
export async function removeExpiredSubmitterDetails(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays() * 86_400_000).toISOString();
  const result: { count: number } = await strapi.db.query('api::event.event').updateMany({
    where: {
      $and: [
        { $or: [{ submitterName: { $notNull: true } }, { submitterEmail: { $notNull: true } }] },
        { $or: [{ endsAt: { $lt: cutoff } }, { endsAt: null, startsAt: { $lt: cutoff } }] },
      ],
    },
    // The fingerprint is a hash of the tip, name and e-mail included: it goes too.
    data: { submitterName: null, submitterEmail: null, submitterLocale: null, submissionFingerprint: null },
  });
  if (result.count > 0) strapi.log.info(`[retention] removed submitter details from ${result.count} event versions`);
  return result.count;
}
