import type { Core } from '@strapi/strapi';
import { PUBLIC_CONTENT_TYPES } from '../public-content-types';

// Plugin types that the GraphQL plugin would otherwise expose with mutations.
const PLUGIN_TYPES = [
  'plugin::upload.file',
  'plugin::i18n.locale',
  'plugin::users-permissions.permission',
  'plugin::users-permissions.role',
  'plugin::users-permissions.user',
  'plugin::review-workflows.workflow',
  'plugin::review-workflows.workflow-stage',
] as const;

/**
 * users-permissions' account mutations, which its GraphQL extension opens to everyone (`auth: false`;
 * on REST they need a permission the public role does not have). The portal has no visitor
 * accounts: a policy (src/policies/no-accounts.ts) refuses them always, so e.g. `forgotPassword` cannot send mails on anyone's
 * request. (They stay in the committed SDL; an extension cannot change users-permissions' own
 * `auth: false`, the first extension's resolver settings win, but it can add a policy.)
 */
const ACCOUNT_MUTATIONS = ['Mutation.login', 'Mutation.register', 'Mutation.forgotPassword', 'Mutation.resetPassword', 'Mutation.emailConfirmation', 'Mutation.changePassword'];

/**
 * The portal only reads: no content type has a shadow-CRUD mutation in the GraphQL schema. Two
 * plugins add mutations of their own that Strapi's extension API cannot take out again (they are
 * added with nexus' `extendType`, and an extension can only add): the upload plugin's
 * `updateUploadFile`/`deleteUploadFile` and users-permissions' role, user and account mutations.
 * They stay in the schema (and the committed SDL) but do nothing for anyone the portal knows: the
 * public role, the read-only and the submission token hold no permission for them (FORBIDDEN), and
 * the account mutations are refused by a policy. tests/integration/authorization-matrix.test.ts
 * sends every mutation of the SDL with each of them.
 */
export function disableGraphqlMutations(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension');
  for (const uid of [...PUBLIC_CONTENT_TYPES, ...PLUGIN_TYPES]) {
    extension.shadowCRUD(uid).disableMutations();
  }
  // Reports of accessibility problems are private: not in the GraphQL schema at all.
  extension.shadowCRUD('api::accessibility-report.accessibility-report').disable();
  // So are the counts of searches that found nothing.
  extension.shadowCRUD('api::search-miss.search-miss').disable();
  extension.shadowCRUD('api::search-miss-count.search-miss-count').disable();
  extension.use(() => ({
    resolversConfig: Object.fromEntries(ACCOUNT_MUTATIONS.map((resolver) => [resolver, { policies: ['global::no-accounts'] }])),
  }));
}

/**
 * The reverse side of the activity relations, which the web never reads (it reads an activity's
 * events and follow-ups, shared/graphql/documents/follow-up.graphql). With both sides in the schema
 * one anonymous query could go round and round, `activities { events { activity { events { … } } } }`,
 * each turn multiplying the rows by up to 100. Without them the relations only lead away from the
 * activity. The cost of list fields (src/graphql/limits.ts) bounds what is left.
 */
const HIDDEN_REVERSE_FIELDS = [
  ['api::event.event', 'activity'],
  ['api::follow-up.follow-up', 'activity'],
  ['api::campaign.campaign', 'activity'],
] as const;

export function hideReverseRelations(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension');
  for (const [uid, field] of HIDDEN_REVERSE_FIELDS) extension.shadowCRUD(uid).field(field).disableOutput();
}
