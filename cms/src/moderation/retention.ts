import type { Core } from '@strapi/strapi';
import { CLEARED_TIP_FIELDS } from '@stodportalen/shared';
import { rejectedRetentionDays, retentionDays } from '../submissions/settings';

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
