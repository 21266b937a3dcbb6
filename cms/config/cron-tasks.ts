import { STOCKHOLM_TIME_ZONE } from '@stodportalen/shared';
import type { Core } from '@strapi/strapi';
import { publishDueDrafts } from '../src/moderation/publish-due';
import { removeExpiredReporterDetails, removeExpiredSubmitterDetails } from '../src/moderation/retention';
import { createSearchMissService } from '../src/search/misses';

// Rules in cron syntax (six fields = with seconds). The tests set shorter ones by environment.
const publishRule = process.env.SCHEDULED_PUBLISH_CRON || '0 * * * * *';
const retentionRule = process.env.SUBMISSION_RETENTION_CRON || '0 15 3 * * *';

export default {
  publishScheduledDrafts: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await publishDueDrafts(strapi);
    },
    options: { rule: publishRule, tz: STOCKHOLM_TIME_ZONE },
  },
  removeExpiredSubmitterDetails: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await removeExpiredSubmitterDetails(strapi);
      await removeExpiredReporterDetails(strapi);
      await createSearchMissService(strapi).prune();
    },
    options: { rule: retentionRule, tz: STOCKHOLM_TIME_ZONE },
  },
};
