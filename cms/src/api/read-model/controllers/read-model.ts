import type { Core } from '@strapi/strapi';
import { exportPage, fingerprints, isExportAuthorized, parseExportQuery } from '../../../read-model-export';
import { changesAfter, parseChangesQuery } from '../../../read-model-changes';

type Context = {
  query: Record<string, unknown>;
  request: { get(name: string): string };
  set(name: string, value: string): void;
  status: number;
  body: unknown;
};

function refuse(ctx: Context): void {
  ctx.status = 401;
  ctx.set('WWW-Authenticate', 'Bearer');
  ctx.body = { data: null, error: { status: 401, name: 'UnauthorizedError', message: 'Missing or invalid credentials' } };
}

/** 400 with Strapi's error shape. */
function badRequest(ctx: Context, message: string): void {
  ctx.status = 400;
  ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message } };
}

/**
 * GET /api/read-model/export?type=api::event.event&after=0&limit=500 — published documents of a
 * public type, every locale, in the shape the web's read model stores (read-model-export.ts).
 * GET /api/read-model/fingerprint — count, latest publishedAt and updatedAt per type and locale.
 * GET /api/read-model/changes?after=N&limit=100 — the change log after sequence number N
 *   (read-model-changes.ts): what every web instance polls.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async export(ctx: Context) {
    if (!isExportAuthorized(ctx.request.get('authorization'))) return refuse(ctx);
    const query = parseExportQuery(ctx.query);
    if ('error' in query) return badRequest(ctx, query.error);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await exportPage(strapi, query);
  },

  async fingerprint(ctx: Context) {
    if (!isExportAuthorized(ctx.request.get('authorization'))) return refuse(ctx);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await fingerprints(strapi) };
  },

  async changes(ctx: Context) {
    if (!isExportAuthorized(ctx.request.get('authorization'))) return refuse(ctx);
    const query = parseChangesQuery(ctx.query);
    if ('error' in query) return badRequest(ctx, query.error);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await changesAfter(strapi, query);
  },
});
