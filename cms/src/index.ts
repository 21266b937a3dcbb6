import type { Core } from '@strapi/strapi';
import { labelFieldsInSwedish } from './bootstrap/admin-labels';
import { smtpConfigured } from './mail/send';
import { ensureReadOnlyToken, ensureSubmissionToken } from './bootstrap/api-tokens';
import { ensureCommunicatorRole } from './bootstrap/communicator-role';
import { registerPublishedOnlyReads, registerSlugFill } from './bootstrap/document-middlewares';
import { disableGraphqlMutations, hideReverseRelations } from './bootstrap/graphql';
import { ensureLocales } from './bootstrap/locales';
import { registerModerationInboxRoutes } from './moderation/inbox';
import { registerModeration } from './moderation/lifecycle';
import { showModerationInEventList } from './moderation/list-view';
import { enforcePublicPermissions } from './bootstrap/public-permissions';
import { registerRevalidation } from './bootstrap/revalidate';
import { ensureChangesTable } from './read-model-changes';
import { registerReviewListRoute } from './review/review-list';
import { settings } from './env';
import { seedContent } from './seed';
import { ensureSharedStateTables } from './shared-state/tables';
import { registerAltTextRule } from './uploads/alt-text';
import { registerBrandColourRule } from './bootstrap/brand-colour';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerPublishedOnlyReads(strapi);
    registerSlugFill(strapi);
    registerModeration(strapi);
    disableGraphqlMutations(strapi);
    hideReverseRelations(strapi);
    registerRevalidation(strapi);
    registerAltTextRule(strapi);
    registerBrandColourRule(strapi);
    registerReviewListRoute(strapi);
    registerModerationInboxRoutes(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Before the seed (its documents claim their slugs) and before any request or cron run.
    await ensureSharedStateTables(strapi);
    await ensureChangesTable(strapi);
    await ensureLocales(strapi);
    await enforcePublicPermissions(strapi);
    const config = settings();
    await ensureReadOnlyToken(strapi, config.tokens.read);
    await ensureSubmissionToken(strapi, config.tokens.submission);
    await ensureCommunicatorRole(strapi);
    await showModerationInEventList(strapi);
    await labelFieldsInSwedish(strapi);
    if (config.production && !smtpConfigured()) {
      strapi.log.warn('[mail] SMTP_HOST is not set: no mail is sent. The tip receipt tells senders so; GET /admin/review-list reports privacy.mailEnabled=false.');
    }
    if (config.seed.enabled) {
      await seedContent(strapi, { demo: config.seed.demo });
    }
  },
};
