import type { Core, UID } from '@strapi/strapi';
import { COMMUNICATOR_ROLE } from '../roles';

/** What communicators write and publish. */
const EDITED_TYPES = [
  'api::event.event',
  'api::campaign.campaign',
  'api::page.page',
  'api::support-resource.support-resource',
  'api::follow-up.follow-up',
  'api::search-synonym.search-synonym',
  'api::search-best-bet.search-best-bet',
] as const satisfies readonly UID.ContentType[];

/** The plan's activities: communicators report their status, but do not rewrite or remove them. */
const REPORTED_TYPES = ['api::activity.activity'] as const satisfies readonly UID.ContentType[];
const REPORT_ACTIONS = ['read', 'update', 'publish'].map((action) => `plugin::content-manager.explorer.${action}`);
/** The activity fields they may change: the status, the follow-up date and what is linked to it. */
const REPORTED_FIELDS = ['status', 'followUpOn', 'followUps', 'events', 'campaigns'];

/** What they only need to read, to pick relations (an event's organiser, a resource's organisation). */
const READ_TYPES = ['api::organisation.organisation'] as const satisfies readonly UID.ContentType[];
/** Searches that found nothing (not localised): to read and add synonyms for, and to clear. */
const SEARCH_MISS_TYPES = ['api::search-miss.search-miss'] as const satisfies readonly UID.ContentType[];
const SEARCH_MISS_ACTIONS = ['read', 'delete'].map((action) => `plugin::content-manager.explorer.${action}`);

const EDIT_ACTIONS = ['create', 'read', 'update', 'delete', 'publish'].map((action) => `plugin::content-manager.explorer.${action}`);

// Images for events and campaigns: the media library, as Strapi's own Editor role has it.
const UPLOAD_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

type RegisteredAction = { actionId: string; subjects?: string[] };
type Permission = { action: string; subject?: string | null; properties?: Record<string, unknown>; conditions?: string[] };

/**
 * The "Kommunikatör" admin role, set up by the project: created when missing and its permissions
 * put back to this list on every start, so the role cannot drift through the admin UI.
 */
export async function ensureCommunicatorRole(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  let role: { id: number } | null = await roles.findOne({ code: COMMUNICATOR_ROLE.code });
  role ??= await roles.create(COMMUNICATOR_ROLE);
  if (!role) throw new Error('could not create the communicator role');

  const { actionProvider } = strapi.service('admin::permission');
  const locales: { code: string }[] = await strapi.plugin('i18n').service('locales').find();
  const allLocales = locales.map((locale) => locale.code);
  const contentTypes = strapi.service('admin::content-type');

  const contentActions = (actionIds: string[], subjects: readonly string[]): RegisteredAction[] =>
    actionIds.flatMap((actionId) => {
      const action: RegisteredAction | undefined = actionProvider.get(actionId);
      return action ? [{ ...action, subjects: (action.subjects ?? []).filter((subject) => subjects.includes(subject)) }] : [];
    });

  const permissions: Permission[] = [
    ...contentTypes.getPermissionsWithNestedFields(contentActions(EDIT_ACTIONS, EDITED_TYPES)),
    ...contentTypes.getPermissionsWithNestedFields(contentActions(REPORT_ACTIONS, REPORTED_TYPES)).map((permission: Permission) =>
      permission.action === 'plugin::content-manager.explorer.update'
        ? { ...permission, properties: { ...permission.properties, fields: REPORTED_FIELDS } }
        : permission,
    ),
    ...contentTypes.getPermissionsWithNestedFields(contentActions(['plugin::content-manager.explorer.read'], READ_TYPES)),
  ].map((permission: Permission) => ({
    ...permission,
    // Every locale, as Strapi lists them now; a locale added later is included at the next start.
    properties: { ...permission.properties, locales: allLocales },
  }));
  permissions.push(...contentTypes.getPermissionsWithNestedFields(contentActions(SEARCH_MISS_ACTIONS, SEARCH_MISS_TYPES)));
  for (const action of UPLOAD_ACTIONS) {
    if (actionProvider.get(action)) permissions.push({ action, subject: null, properties: {}, conditions: [] });
  }
  await roles.assignPermissions(role.id, permissions);
}
