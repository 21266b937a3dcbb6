import type { Core } from '@strapi/strapi';
import { PUBLIC_CONTENT_TYPES } from '../public-content-types';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

function publicReadActions(strapi: Core.Strapi): string[] {
  return PUBLIC_CONTENT_TYPES.flatMap((uid) =>
    strapi.contentType(uid).kind === 'singleType' ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`],
  );
}

/**
 * The public role may read the portal's content and do nothing else: the defaults of
 * users-permissions (register, forgot password, …) are removed, so there is no public mutation.
 * Runs on every start, so the rule cannot drift through the admin UI.
 */
export async function enforcePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
  if (!role) throw new Error('users-permissions public role is missing');
  const wanted = new Set(publicReadActions(strapi));
  const existing: { id: number; action: string }[] = await strapi.db.query(PERMISSION_UID).findMany({ where: { role: role.id } });
  const unwanted = existing.filter((permission) => !wanted.has(permission.action));
  if (unwanted.length > 0) {
    await strapi.db.query(PERMISSION_UID).deleteMany({ where: { id: { $in: unwanted.map((p) => p.id) } } });
  }
  const present = new Set(existing.map((permission) => permission.action));
  for (const action of wanted) {
    if (!present.has(action)) await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
  }
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } });
}
