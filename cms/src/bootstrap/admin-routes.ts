import type { Core } from '@strapi/strapi';

type AdminRoute = { method: 'GET' | 'POST'; path: string; handler: Core.MiddlewareHandler };
/** A policy as Strapi's route config takes it: a name, or a name with its config. */
type Policy = string | { name: string; config: Record<string, unknown> };

/**
 * Adds the project's own routes to the admin API (`/admin/...`), each behind
 * `admin::isAuthenticatedAdmin` and the given policies: admin routes, so neither the public nor
 * any content-API token reaches them.
 */
export function registerAdminRoutes(strapi: Core.Strapi, name: string, routes: AdminRoute[], policies: Policy[] = []): void {
  if (!strapi.admin) throw new Error('the admin module is not loaded');
  strapi.admin.routes[name] = {
    type: 'admin',
    routes: routes.map((route) => ({
      ...route,
      info: { pluginName: 'admin' },
      config: { policies: ['admin::isAuthenticatedAdmin', ...policies] },
    })),
  };
}
