// The change log the web instances follow (docs/decisions/025-invalidation-and-proxy-freshness.md):
// every public change (publish, unpublish, delete, …) is one row in `read_model_changes`, in the
// CMS's own database, so it is shared by every CMS instance on the same PostgreSQL. Each web asks
// `GET /api/read-model/changes?after=<its cursor>` every READ_MODEL_POLL_MS and applies what is new;
// no CMS needs a list of web addresses, and a web that starts or restarts reads the cursor before
// its full sync, so nothing published meanwhile is missed.
//
// A plain table (made here with the database layer's schema builder), not a content type: it is no
// content, it must not show in the admin, GraphQL or the SDL, and a row is written after the
// publishing transaction commits. Should Strapi ever drop it (it keeps tables it does not know),
// bootstrap makes it again and the web, whose cursor is then ahead, runs its consistency check.
import type { Core } from '@strapi/strapi';

export const CHANGES_TABLE = 'read_model_changes';
/** Rows kept at least (and anything younger than a day); older rows go, a few at a time. */
const KEEP_ROWS = 1_000;
const KEEP_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY = 200;
export const CHANGES_MAX_LIMIT = 500;
const MAX_ID = 2_147_483_647;

export interface RecordedChange {
  uid: string;
  documentId: string | null;
  locale: string | null;
  action: string;
}

export interface ChangesPage {
  /** The highest sequence number in the log (0 when empty). */
  latest: number;
  /** Changes after `after`, oldest first, at most `limit`. */
  changes: (RecordedChange & { seq: number })[];
  /** True when more changes follow the last one returned. */
  more: boolean;
  /** The lowest sequence number still kept (null when empty): a cursor below it has missed rows. */
  oldest: number | null;
}

type Knex = Core.Strapi['db']['connection'];

function knexOf(strapi: Core.Strapi): Knex {
  return strapi.db.connection;
}

/** Creates the table when it is missing (two CMS starting at once: the loser finds it made). */
export async function ensureChangesTable(strapi: Core.Strapi): Promise<void> {
  const knex = knexOf(strapi);
  if (await knex.schema.hasTable(CHANGES_TABLE)) return;
  try {
    await knex.schema.createTable(CHANGES_TABLE, (table) => {
      table.increments('id').primary();
      table.string('uid', 255).notNullable();
      table.string('document_id', 255).nullable();
      table.string('locale', 32).nullable();
      table.string('action', 32).notNullable();
      table.bigInteger('created_at').notNullable();
    });
  } catch (error) {
    if (!(await knex.schema.hasTable(CHANGES_TABLE))) throw error;
  }
}

let writes = 0;

/** Appends one change; prunes old rows now and then. */
export async function recordChange(strapi: Core.Strapi, change: RecordedChange): Promise<void> {
  const knex = knexOf(strapi);
  await knex(CHANGES_TABLE).insert({ uid: change.uid, document_id: change.documentId, locale: change.locale, action: change.action, created_at: Date.now() });
  writes += 1;
  if (writes % PRUNE_EVERY === 0) {
    const newest = await knex(CHANGES_TABLE).max({ id: 'id' }).first();
    const below = Number(newest?.id ?? 0) - KEEP_ROWS;
    if (below > 0) await knex(CHANGES_TABLE).where('id', '<', below).andWhere('created_at', '<', Date.now() - KEEP_MS).delete();
  }
}

/** `after` (a sequence number, 0 for all) and `limit` (1–500, default 100). */
export function parseChangesQuery(query: Record<string, unknown>): { after: number; limit: number } | { error: string } {
  const after = query.after === undefined ? 0 : Number(query.after);
  const limit = query.limit === undefined ? 100 : Number(query.limit);
  if (!Number.isSafeInteger(after) || after < 0) return { error: 'after must be a whole number ≥ 0' };
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > CHANGES_MAX_LIMIT) return { error: `limit must be 1–${CHANGES_MAX_LIMIT}` };
  return { after, limit };
}

/** The changes after `after`, oldest first; `latest` and `oldest` let the web see a gap. */
export async function changesAfter(strapi: Core.Strapi, { after, limit }: { after: number; limit: number }): Promise<ChangesPage> {
  const knex = knexOf(strapi);
  // `id` is a 32-bit integer on PostgreSQL: a larger `after` (the web asks with one for `latest` only) finds nothing.
  const [bounds, rows] = await Promise.all([
    knex(CHANGES_TABLE).max({ latest: 'id' }).min({ oldest: 'id' }).first(),
    after >= MAX_ID ? [] : knex(CHANGES_TABLE).select('id', 'uid', 'document_id', 'locale', 'action').where('id', '>', after).orderBy('id', 'asc').limit(limit + 1),
  ]);
  const more = rows.length > limit;
  const changes = (rows as { id: number | string; uid: string; document_id: string | null; locale: string | null; action: string }[])
    .slice(0, limit)
    .map((row) => ({ seq: Number(row.id), uid: row.uid, documentId: row.document_id, locale: row.locale, action: row.action }));
  const oldest = bounds?.oldest;
  return { latest: Number(bounds?.latest ?? 0), changes, more, oldest: oldest === null || oldest === undefined ? null : Number(oldest) };
}
