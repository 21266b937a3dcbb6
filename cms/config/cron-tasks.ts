import { STOCKHOLM_TIME_ZONE } from '@stodportalen/shared';
import type { Core } from '@strapi/strapi';
import { publishDueDrafts } from '../src/moderation/publish-due';
import { removeExpiredReporterDetails, removeExpiredSubmitterDetails } from '../src/moderation/retention';
import { createSearchMissService } from '../src/search/misses';
import { claimJobRun, removeOldClaims } from '../src/shared-state/claims';
import { removeExpiredRateLimits } from '../src/shared-state/rate-limit';
import { LONGEST_RATE_LIMIT_WINDOW_MS } from '../src/submissions/settings';

// Rules in cron syntax (six fields = with seconds). The tests set shorter ones by environment.
const publishRule = process.env.SCHEDULED_PUBLISH_CRON || '0 * * * * *';
const retentionRule = process.env.SUBMISSION_RETENTION_CRON || '0 15 3 * * *';
const rateLimitPruneRule = process.env.RATE_LIMIT_PRUNE_CRON || '*/10 * * * * *';

/** Settled submission claims and job runs are kept a day (a form retried the next day finds its draft by its key). */
const CLAIM_RETENTION_MS = 86_400_000;

type Task = (strapi: Core.Strapi) => Promise<unknown>;

/**
 * Every CMS instance runs cron (CRON_ENABLED=false still turns it off on one): a run of `job` at a
 * scheduled time goes ahead on the one instance that claims it in the shared database
 * (shared-state/claims.ts), and is skipped on the others.
 */
function oncePerRun(job: string, task: Task) {
  // Strapi hands the run's scheduled time (the same on every instance) after the context.
  return async ({ strapi }: { strapi: Core.Strapi }, ...args: unknown[]) => {
    const scheduledAt = args[0] instanceof Date ? args[0] : new Date();
    if (!(await claimJobRun(strapi, job, scheduledAt))) return;
    await task(strapi);
  };
}

export default {
  publishScheduledDrafts: {
    // Each due document is also claimed on its own (publish-due.ts): a slow run overlapping the next cannot publish it twice.
    task: oncePerRun('publish-scheduled-drafts', (strapi) => publishDueDrafts(strapi)),
    options: { rule: publishRule, tz: STOCKHOLM_TIME_ZONE },
  },
  removeExpiredSubmitterDetails: {
    task: oncePerRun('retention', async (strapi) => {
      await removeExpiredSubmitterDetails(strapi);
      await removeExpiredReporterDetails(strapi);
      await createSearchMissService(strapi).prune();
      await removeOldClaims(strapi, CLAIM_RETENTION_MS);
    }),
    options: { rule: retentionRule, tz: STOCKHOLM_TIME_ZONE },
  },
  // The rate limits' client keys are kept for their window only (the privacy notice says so). One
  // DELETE, harmless when several instances run it: not claimed, so no run row is written each time.
  removeExpiredRateLimits: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await removeExpiredRateLimits(strapi, LONGEST_RATE_LIMIT_WINDOW_MS);
    },
    options: { rule: rateLimitPruneRule },
  },
};
