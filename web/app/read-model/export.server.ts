// The read model's full sync and consistency check through the CMS's bulk routes
// (cms/src/api/read-model, docs/decisions/021-read-model.md "Bulk export"): published rows of a type
// page by page straight from the CMS's database layer, and the fingerprint of every type in one
// request. Each document is projected onto the GraphQL selection the sync would have asked for
// (sync.server.ts syncSelection: scalars, components in full, images, relations as references), so the store
// holds the same whichever way it was read. A CMS without the routes (404) is read through GraphQL.
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { READ_MODEL_MEDIA_FIELDS as MEDIA_FIELDS } from '@stodportalen/shared';
import { fieldKind, isListField, objectType } from './schema.server';
import type { Fingerprint } from './store.server';
import type { DocumentRef, ReadModelType, StoredDocument } from './types';

/** One GET of a CMS path with the web's read token: the status and the parsed JSON body. */
export type ExportRequest = (path: string) => Promise<{ status: number; payload: unknown }>;

/** The CMS has no export route (an older CMS): the caller reads through GraphQL instead. */
export class ExportUnavailableError extends Error {
  override name = 'ExportUnavailableError';
}

/** Rows per request: a page of events is about 0.5 MB of JSON. */
export const EXPORT_PAGE_ROWS = 1_000;
const ATTEMPTS = 3;

type Raw = Record<string, unknown>;

function ref(value: unknown): DocumentRef | null {
  if (!value || typeof value !== 'object') return null;
  const raw = value as Raw;
  return typeof raw.documentId === 'string' ? { documentId: raw.documentId, locale: typeof raw.locale === 'string' ? raw.locale : null } : null;
}

type Projector = (raw: Raw) => Raw;

/** An image as the GraphQL sync selects it (MEDIA_SELECTION), or null. */
function media(value: unknown): Raw | null {
  if (!value || typeof value !== 'object') return null;
  const file = value as Raw;
  return typeof file.url === 'string' ? Object.fromEntries(MEDIA_FIELDS.map((field) => [field, file[field] ?? null])) : null;
}

/**
 * Keeps the fields the GraphQL sync selects, in its order; a missing one is null, as GraphQL gives
 * it. Compiled once per type (10,000 events are projected at every start).
 */
function projector(type: GraphQLObjectType, seen: ReadonlySet<string>): Projector {
  const steps: ((raw: Raw, out: Raw) => void)[] = [];
  const names: string[] = [];
  const add = (name: string, step: (raw: Raw, out: Raw) => void) => {
    names.push(name);
    steps.push(step);
  };
  for (const field of Object.values(type.getFields())) {
    const kind = fieldKind(field);
    const named = getNamedType(field.type);
    const name = field.name;
    const list = isListField(field);
    if (kind === 'scalar') add(name, (raw, out) => void (out[name] = raw[name] ?? null));
    else if (kind === 'component' && isObjectType(named) && !seen.has(named.name)) {
      const inner = projector(named, new Set([...seen, named.name]));
      add(name, (raw, out) => {
        const value = raw[name];
        if (list) out[name] = (Array.isArray(value) ? value : []).map((item: unknown) => inner((item ?? {}) as Raw));
        else out[name] = value && typeof value === 'object' ? inner(value as Raw) : null;
      });
    } else if (kind === 'media') {
      add(name, (raw, out) => {
        const value = raw[name];
        out[name] = list ? (Array.isArray(value) ? value : []).map(media).filter((file) => file !== null) : media(value);
      });
    } else if (kind === 'relation') {
      add(name, (raw, out) => {
        const value = raw[name];
        if (list) out[name] = (Array.isArray(value) ? value : []).map(ref).filter((item): item is DocumentRef => item !== null);
        else out[name] = ref(value);
      });
    }
  }
  // Every output starts as a copy of one object with the fields in order: V8 then keeps the 10,000
  // events in one compact shape (set one by one on `{}`, each went to a slower, larger dictionary).
  const template: Raw = Object.fromEntries(names.map((name) => [name, null]));
  return (raw) => {
    const out: Raw = { ...template };
    for (const step of steps) step(raw, out);
    return out;
  };
}

const projectors = new Map<string, Projector>();

/** A document of the export as the store keeps it (null when it is not one). */
export function projectDocument(entry: ReadModelType, raw: unknown): StoredDocument | null {
  if (!raw || typeof raw !== 'object') return null;
  let project = projectors.get(entry.type);
  if (!project) projectors.set(entry.type, (project = projector(objectType(entry.type), new Set())));
  const doc = project(raw as Raw);
  return typeof doc.documentId === 'string' && typeof doc.locale === 'string' ? (doc as StoredDocument) : null;
}

async function get(request: ExportRequest, path: string): Promise<unknown> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const { status, payload } = await request(path);
      if (status === 404) throw new ExportUnavailableError(`the CMS has no ${path.split('?')[0]}`);
      if (status !== 200) throw new Error(`${path.split('?')[0]} answered HTTP ${status}`);
      return payload;
    } catch (error) {
      if (error instanceof ExportUnavailableError || attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

/** Every published document of a type in `locales`, from the CMS's export (row by row id). */
export async function exportType(request: ExportRequest, entry: ReadModelType, locales: readonly string[]): Promise<StoredDocument[]> {
  const wanted = new Set(locales);
  const unique = new Map<string, StoredDocument>();
  let after = 0;
  for (;;) {
    const payload = (await get(request, `/api/read-model/export?type=${encodeURIComponent(entry.uid)}&after=${after}&limit=${EXPORT_PAGE_ROWS}`)) as { data?: unknown; next?: unknown } | null;
    if (!payload || !Array.isArray(payload.data)) throw new Error(`the export of ${entry.type} has no data`);
    for (const raw of payload.data) {
      const doc = projectDocument(entry, raw);
      // A republished document gets a new row: the later row is the current one.
      if (doc && wanted.has(doc.locale)) unique.set(`${doc.locale}\u0000${doc.documentId}`, doc);
    }
    if (typeof payload.next !== 'number' || payload.next <= after) break;
    after = payload.next;
  }
  // The CMS's GraphQL order when nothing is sorted: by documentId (the GraphQL sync read pages sorted so).
  return [...unique.values()].sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0));
}

/** Every type's fingerprint per locale, in one request. */
export async function exportFingerprints(request: ExportRequest, entries: readonly ReadModelType[], locales: readonly string[]): Promise<Map<string, Fingerprint>> {
  const payload = (await get(request, '/api/read-model/fingerprint')) as { data?: Record<string, Record<string, Partial<Fingerprint>>> } | null;
  const data = payload?.data;
  if (!data || typeof data !== 'object') throw new Error('the fingerprint has no data');
  const prints = new Map<string, Fingerprint>();
  for (const entry of entries) {
    for (const locale of locales) {
      const print = data[entry.uid]?.[locale];
      if (!print) continue;
      prints.set(`${entry.type}:${locale}`, {
        count: typeof print.count === 'number' ? print.count : 0,
        maxPublishedAt: typeof print.maxPublishedAt === 'string' ? print.maxPublishedAt : null,
        maxUpdatedAt: typeof print.maxUpdatedAt === 'string' ? print.maxUpdatedAt : null,
      });
    }
  }
  return prints;
}

/** One page of the CMS's change log (cms/src/read-model-changes.ts). */
export interface ChangesPage {
  latest: number;
  oldest: number | null;
  more: boolean;
  changes: { seq: number; uid: string; documentId: string | null; locale: string | null; action: string }[];
}

/** The changes after sequence number `after` (`Number.MAX_SAFE_INTEGER`: none, only `latest`). */
export async function exportChanges(request: ExportRequest, after: number): Promise<ChangesPage> {
  const payload = (await get(request, `/api/read-model/changes?after=${after}&limit=100`)) as Partial<ChangesPage> | null;
  if (!payload || typeof payload.latest !== 'number' || !Array.isArray(payload.changes)) throw new Error('the change log answered without data');
  const changes = payload.changes.filter(
    (change): change is ChangesPage['changes'][number] => typeof change === 'object' && change !== null && typeof change.seq === 'number' && typeof change.uid === 'string',
  );
  return { latest: payload.latest, oldest: typeof payload.oldest === 'number' ? payload.oldest : null, more: payload.more === true, changes };
}
