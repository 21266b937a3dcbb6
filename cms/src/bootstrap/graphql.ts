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

/** The portal only reads: no shadow-CRUD mutation exists in the GraphQL schema at all. */
export function disableGraphqlMutations(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension');
  for (const uid of [...PUBLIC_CONTENT_TYPES, ...PLUGIN_TYPES]) {
    extension.shadowCRUD(uid).disableMutations();
  }
}
