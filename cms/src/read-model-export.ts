// The web's read model reads published content here in bulk (api/read-model): about 2 ms a row
// through GraphQL (resolvers per field and relation) cost the CMS 30 s of CPU for 10,000 events at
// every start of the web; straight from the database layer, with relations populated in batches per
// page, it is a small fraction of that (docs/decisions/021-read-model.md, "Bulk export").
//
// The shape is what the read model stores from GraphQL (web/app/read-model/sync.server.ts): every
// public scalar field; components in full (their `id` as a string, as GraphQL's ID); relations to
// public types as `{ documentId, locale }` references to published documents; images (media) with
// the fields the portal shows them with (MEDIA_FIELDS, as web/app/read-model/schema.server.ts keeps
// them); no private attribute (a tip's sender, moderation notes) ever. Only published rows: the draft rows of
// a document never leave through this route.
import type { Core, UID } from '@strapi/strapi';
import { bearer, READ_MODEL_MEDIA_FIELDS } from '@stodportalen/shared';
import { secretMatches } from '@stodportalen/shared/server';
import { settings } from './env';
import { PUBLIC_CONTENT_TYPES } from './public-content-types';

const PUBLIC_TYPES = new Set<string>(PUBLIC_CONTENT_TYPES);
const LIST_RELATIONS = new Set(['oneToMany', 'manyToMany', 'manyWay', 'morphToMany']);
export const EXPORT_MAX_LIMIT = 1_000;
const EXPORT_DEFAULT_LIMIT = 500;

type Attribute = { type: string; private?: boolean; relation?: string; target?: string; component?: string; repeatable?: boolean; multiple?: boolean };
/** What the web keeps of an image. */
const MEDIA_FIELDS: string[] = [...READ_MODEL_MEDIA_FIELDS];
type Model = { attributes: Record<string, Attribute> };
type Row = Record<string, unknown>;

/** Only the web's read token (CMS_READ_TOKEN), compared in constant time; nothing when it is unset. */
export function isExportAuthorized(authorization: string | undefined | null): boolean {
  const token = settings().tokens.read;
  if (!token || !authorization) return false;
  return secretMatches(authorization, bearer(token));
}

export interface ExportQuery {
  uid: (typeof PUBLIC_CONTENT_TYPES)[number];
  after: number;
  limit: number;
}

/** `type` (a public content type's uid), `after` (a row id, 0 to start), `limit` (1–1000). */
export function parseExportQuery(query: Record<string, unknown>): ExportQuery | { error: string } {
  const uid = query.type;
  if (typeof uid !== 'string' || !PUBLIC_TYPES.has(uid)) return { error: 'type must be a public content type' };
  const number = (value: unknown, fallback: number) => (value === undefined ? fallback : typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : NaN);
  const after = number(query.after, 0);
  const limit = number(query.limit, EXPORT_DEFAULT_LIMIT);
  if (!Number.isSafeInteger(after)) return { error: 'after must be a row id' };
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > EXPORT_MAX_LIMIT) return { error: `limit must be 1 to ${EXPORT_MAX_LIMIT}` };
  return { uid: uid as ExportQuery['uid'], after, limit };
}

function isPublicAttribute(name: string, attribute: Attribute): boolean {
  // Another locale's versions: the read model links them itself.
  if (attribute.private || name === 'localizations') return false;
  if (attribute.type === 'relation') return typeof attribute.target === 'string' && PUBLIC_TYPES.has(attribute.target);
  return attribute.type !== 'dynamiczone' && attribute.type !== 'password';
}

function modelOf(strapi: Core.Strapi, uid: string): Model {
  return strapi.getModel(uid as UID.Schema) as unknown as Model;
}

/** The database layer's populate for every public relation and component of a model, nested. */
function populateOf(strapi: Core.Strapi, model: Model): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(model.attributes)) {
    if (!isPublicAttribute(name, attribute)) continue;
    if (attribute.type === 'relation') {
      const target = modelOf(strapi, attribute.target!);
      populate[name] = {
        select: ['documentId', ...('locale' in target.attributes ? ['locale'] : [])],
        where: { publishedAt: { $notNull: true } },
      };
    } else if (attribute.type === 'media') {
      populate[name] = { select: MEDIA_FIELDS };
    } else if (attribute.type === 'component') {
      const inner = populateOf(strapi, modelOf(strapi, attribute.component!));
      populate[name] = Object.keys(inner).length > 0 ? { populate: inner } : true;
    }
  }
  return populate;
}

const populates = new Map<string, Record<string, unknown>>();

function reference(value: unknown): { documentId: string; locale: string | null } | null {
  if (!value || typeof value !== 'object') return null;
  const row = value as Row;
  return typeof row.documentId === 'string' ? { documentId: row.documentId, locale: typeof row.locale === 'string' ? row.locale : null } : null;
}

function media(value: unknown): Row | null {
  if (!value || typeof value !== 'object') return null;
  const file = value as Row;
  return Object.fromEntries(MEDIA_FIELDS.map((field) => [field, file[field] ?? null]));
}

/** A row as GraphQL gives it: public fields only, relations as references. */
function shape(strapi: Core.Strapi, model: Model, row: Row, component: boolean): Row {
  // A component's id is GraphQL's ID (a string); a document is known by its documentId.
  const out: Row = component ? { id: typeof row.id === 'number' || typeof row.id === 'string' ? String(row.id) : null } : { documentId: row.documentId };
  for (const [name, attribute] of Object.entries(model.attributes)) {
    if (!isPublicAttribute(name, attribute)) continue;
    const value = row[name];
    if (attribute.type === 'relation') {
      if (LIST_RELATIONS.has(attribute.relation ?? '')) {
        out[name] = (Array.isArray(value) ? value : []).map(reference).filter((ref) => ref !== null);
      } else {
        out[name] = reference(value);
      }
    } else if (attribute.type === 'media') {
      out[name] = attribute.multiple ? (Array.isArray(value) ? value : []).map(media).filter((file) => file !== null) : media(value);
    } else if (attribute.type === 'component') {
      const inner = modelOf(strapi, attribute.component!);
      if (attribute.repeatable) out[name] = (Array.isArray(value) ? value : []).map((item: Row) => shape(strapi, inner, item, true));
      else out[name] = value && typeof value === 'object' ? shape(strapi, inner, value as Row, true) : null;
    } else {
      out[name] = value ?? null;
    }
  }
  return out;
}

/** One page of published rows of a type (every locale), in the order of their row ids. */
export async function exportPage(strapi: Core.Strapi, { uid, after, limit }: ExportQuery): Promise<{ data: Row[]; next: number | null }> {
  const model = modelOf(strapi, uid);
  let populate = populates.get(uid);
  if (!populate) populates.set(uid, (populate = populateOf(strapi, model)));
  const rows: Row[] = await strapi.db.query(uid).findMany({
    where: { publishedAt: { $notNull: true }, id: { $gt: after } },
    orderBy: { id: 'asc' },
    limit,
    populate,
  });
  const last = rows.at(-1);
  return { data: rows.map((row) => shape(strapi, model, row, false)), next: rows.length === limit && last ? Number(last.id) : null };
}

export interface Fingerprint {
  count: number;
  maxPublishedAt: string | null;
  maxUpdatedAt: string | null;
}

function iso(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' || typeof value === 'number' ? new Date(value).toISOString() : null;
}

/** Per public type and locale: how many published documents, and the latest publishedAt and updatedAt. */
export async function fingerprints(strapi: Core.Strapi): Promise<Record<string, Record<string, Fingerprint>>> {
  const locales: { code: string }[] = await strapi.db.query('plugin::i18n.locale').findMany({ select: ['code'] });
  const result: Record<string, Record<string, Fingerprint>> = {};
  for (const uid of PUBLIC_CONTENT_TYPES) {
    const query = strapi.db.query(uid);
    const perLocale: Record<string, Fingerprint> = {};
    for (const { code } of locales) {
      const where = { publishedAt: { $notNull: true }, locale: code };
      const [count, published, updated] = await Promise.all([
        query.count({ where }),
        query.findOne({ where, orderBy: { publishedAt: 'desc' }, select: ['publishedAt'] }),
        query.findOne({ where, orderBy: { updatedAt: 'desc' }, select: ['updatedAt'] }),
      ]);
      perLocale[code] = { count: Number(count), maxPublishedAt: iso((published as Row | null)?.publishedAt), maxUpdatedAt: iso((updated as Row | null)?.updatedAt) };
    }
    result[uid] = perLocale;
  }
  return result;
}
