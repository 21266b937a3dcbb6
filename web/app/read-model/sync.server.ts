// Reading published content from the CMS for the read model: every field of a type (built from the
// schema: scalars, components in full, relations as references), page by page within the CMS's
// GraphQL budget (cms/src/graphql/limits.ts: 100 rows a list, 15 aliases, a cost of 50,000), one
// document in every locale, and the cheap fingerprint of each type the consistency check compares.
// The CMS forces `published` on every read of the content API, so drafts never arrive here.
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { MAX_LIMIT } from './filters.server';
import { fieldKind, hasPagination, isListField, MEDIA_SELECTION, objectType } from './schema.server';
import type { Fingerprint } from './store.server';
import type { ReadModelType, StoredDocument } from './types';

/** Runs one query against the CMS (the gateway's cmsSyncRequest in production). */
export type SyncRequest = <T extends object>(query: string, variables: Record<string, unknown>, operation: string) => Promise<T>;

/** Stay well under the CMS's limits: 15 aliases and a cost of 50,000 per operation. */
const MAX_ALIASES = 12;
const COST_BUDGET = 40_000;
/** Pages of documents per request: a few, so one request stays short on a busy CMS. */
const PAGES_PER_REQUEST = 4;
/** A failed request of a sync is tried this often before the sync fails. */
const ATTEMPTS = 3;

async function withRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

interface Selection {
  text: string;
  /** The CMS's cost of one row (1 per field; a paginated list of documents: its size × its row). */
  cost: number;
}

function selectionOf(type: GraphQLObjectType, seen: Set<string>): Selection {
  const parts: string[] = [];
  let cost = 0;
  for (const field of Object.values(type.getFields())) {
    const kind = fieldKind(field);
    const named = getNamedType(field.type);
    const args = hasPagination(field) ? `(pagination: { limit: ${MAX_LIMIT} })` : '';
    if (kind === 'scalar') {
      parts.push(field.name);
      cost += 1;
    } else if (kind === 'component' && isObjectType(named) && !seen.has(named.name)) {
      const inner = selectionOf(named, new Set([...seen, named.name]));
      parts.push(`${field.name}${args} { ${inner.text} }`);
      cost += 1 + inner.cost;
    } else if (kind === 'media') {
      parts.push(`${field.name}${args} { ${MEDIA_SELECTION} }`);
      cost += 1 + MEDIA_SELECTION.split(' ').length;
    } else if (kind === 'relation') {
      parts.push(`${field.name}${args} { documentId locale }`);
      cost += hasPagination(field) && isListField(field) ? 1 + MAX_LIMIT * 3 : 3;
    }
  }
  return { text: parts.join(' '), cost };
}

const selections = new Map<string, Selection>();

/** Every field of a public type, as a fragment `Sync<Type>`. */
export function syncSelection(type: string): Selection & { fragment: string } {
  let selection = selections.get(type);
  if (!selection) selections.set(type, (selection = selectionOf(objectType(type), new Set())));
  return { ...selection, fragment: `fragment Sync${type} on ${type} { ${selection.text} }` };
}

/** Rows per alias and aliases per request that keep one request within the CMS's budget. */
export function batchShape(type: string): { rows: number; aliases: number } {
  const rowCost = 1 + syncSelection(type).cost;
  const rows = Math.max(1, Math.min(MAX_LIMIT, Math.floor(COST_BUDGET / rowCost)));
  const aliases = Math.max(1, Math.min(PAGES_PER_REQUEST, Math.floor(COST_BUDGET / (rows * rowCost))));
  return { rows, aliases };
}

function asDocuments(value: unknown): StoredDocument[] {
  if (Array.isArray(value)) return value.filter((doc): doc is StoredDocument => doc !== null && typeof doc === 'object');
  return value && typeof value === 'object' ? [value as StoredDocument] : [];
}

async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Every published document of a type in every locale. */
export async function fetchType(request: SyncRequest, entry: ReadModelType, locales: readonly string[]): Promise<StoredDocument[]> {
  const { fragment } = syncSelection(entry.type);
  if (entry.single) {
    const aliases = locales.map((locale, index) => `l${index}: ${entry.single}(locale: ${JSON.stringify(locale)}) { ...Sync${entry.type} }`);
    const data = await withRetry(() => request<Record<string, unknown>>(`query ReadModelSync${entry.type} { ${aliases.join(' ')} } ${fragment}`, {}, `ReadModelSync${entry.type}`));
    return locales.flatMap((_locale, index) => asDocuments(data[`l${index}`]));
  }
  const list = entry.list!;
  const totals = await withRetry(() =>
    request<Record<string, { pageInfo: { total: number } } | null>>(
      `query ReadModelCount${entry.type} { ${locales.map((locale, index) => `l${index}: ${list}_connection(locale: ${JSON.stringify(locale)}) { pageInfo { total } }`).join(' ')} }`,
      {},
      `ReadModelCount${entry.type}`,
    ),
  );
  const { rows, aliases } = batchShape(entry.type);
  const batches: { locale: string; starts: number[] }[] = [];
  locales.forEach((locale, index) => {
    const total = totals[`l${index}`]?.pageInfo.total ?? 0;
    const starts: number[] = [];
    for (let start = 0; start < total; start += rows) starts.push(start);
    for (let i = 0; i < starts.length; i += aliases) batches.push({ locale, starts: starts.slice(i, i + aliases) });
  });
  const pages = await mapLimit(batches, 2, async ({ locale, starts }) => {
    const fields = starts.map(
      (start, index) => `p${index}: ${list}(locale: $locale, sort: ["documentId:asc"], pagination: { start: ${start}, limit: ${rows} }) { ...Sync${entry.type} }`,
    );
    const data = await withRetry(() =>
      request<Record<string, unknown>>(`query ReadModelSync${entry.type}($locale: I18NLocaleCode!) { ${fields.join(' ')} } ${fragment}`, { locale }, `ReadModelSync${entry.type}`),
    );
    return starts.flatMap((_start, index) => asDocuments(data[`p${index}`]));
  });
  // A document can move between pages while they are read: keep each (locale, documentId) once.
  const unique = new Map<string, StoredDocument>();
  for (const doc of pages.flat()) unique.set(`${doc.locale}\u0000${doc.documentId}`, doc);
  return [...unique.values()];
}

/** One document in every locale (null where it has no published version). */
export async function fetchDocument(request: SyncRequest, entry: ReadModelType, documentId: string, locales: readonly string[]): Promise<Map<string, StoredDocument | null>> {
  const { fragment } = syncSelection(entry.type);
  const aliases = locales.map(
    (locale, index) => `l${index}: ${entry.list}(locale: ${JSON.stringify(locale)}, filters: { documentId: { eq: $documentId } }, pagination: { limit: 1 }) { ...Sync${entry.type} }`,
  );
  const data = await request<Record<string, unknown>>(
    `query ReadModelSyncOne${entry.type}($documentId: ID!) { ${aliases.join(' ')} } ${fragment}`,
    { documentId },
    `ReadModelSyncOne${entry.type}`,
  );
  return new Map(locales.map((locale, index) => [locale, asDocuments(data[`l${index}`])[0] ?? null]));
}

/**
 * The documents of `entry` (every locale) whose relation `field` points to `documentId`, by
 * documentId; null when there may be more than one page of them (the caller cannot compare then).
 */
export async function fetchReferrers(request: SyncRequest, entry: ReadModelType, field: string, documentId: string, locales: readonly string[]): Promise<Set<string> | null> {
  const aliases = locales.map(
    (locale, index) => `l${index}: ${entry.list}(locale: ${JSON.stringify(locale)}, filters: { ${field}: { documentId: { eq: $documentId } } }, pagination: { limit: ${MAX_LIMIT} }) { documentId }`,
  );
  const data = await request<Record<string, unknown>>(`query ReadModelReferrers${entry.type}($documentId: ID!) { ${aliases.join(' ')} }`, { documentId }, `ReadModelReferrers${entry.type}`);
  const found = new Set<string>();
  for (let index = 0; index < locales.length; index += 1) {
    const docs = asDocuments(data[`l${index}`]);
    if (docs.length >= MAX_LIMIT) return null;
    for (const doc of docs) found.add(doc.documentId);
  }
  return found;
}

/** The CMS's fingerprint of every type and locale: count, latest publishedAt, latest updatedAt. */
export async function fetchFingerprints(request: SyncRequest, entries: readonly ReadModelType[], locales: readonly string[]): Promise<Map<string, Fingerprint>> {
  const fields: { alias: string; text: string; key: string; measure: 'count' | 'published' | 'updated' | 'single' }[] = [];
  entries.forEach((entry, t) =>
    locales.forEach((locale, l) => {
      const key = `${entry.type}:${locale}`;
      const at = `locale: ${JSON.stringify(locale)}`;
      if (entry.single) {
        fields.push({ alias: `s${t}_${l}`, key, measure: 'single', text: `${entry.single}(${at}) { publishedAt updatedAt }` });
        return;
      }
      fields.push({ alias: `c${t}_${l}`, key, measure: 'count', text: `${entry.list}_connection(${at}) { pageInfo { total } }` });
      fields.push({ alias: `p${t}_${l}`, key, measure: 'published', text: `${entry.list}(${at}, sort: ["publishedAt:desc"], pagination: { limit: 1 }) { publishedAt }` });
      fields.push({ alias: `u${t}_${l}`, key, measure: 'updated', text: `${entry.list}(${at}, sort: ["updatedAt:desc"], pagination: { limit: 1 }) { updatedAt }` });
    }),
  );
  const chunks: (typeof fields)[] = [];
  for (let i = 0; i < fields.length; i += MAX_ALIASES) chunks.push(fields.slice(i, i + MAX_ALIASES));
  const answers = await mapLimit(chunks, 2, (chunk) =>
    request<Record<string, unknown>>(`query ReadModelCheck { ${chunk.map((f) => `${f.alias}: ${f.text}`).join(' ')} }`, {}, 'ReadModelCheck'),
  );
  const prints = new Map<string, Fingerprint>();
  chunks.forEach((chunk, c) => {
    const data = answers[c]!;
    for (const field of chunk) {
      const print = prints.get(field.key) ?? { count: 0, maxPublishedAt: null, maxUpdatedAt: null };
      const value = data[field.alias];
      if (field.measure === 'count') print.count = (value as { pageInfo?: { total?: number } } | null)?.pageInfo?.total ?? 0;
      if (field.measure === 'published') print.maxPublishedAt = asDocuments(value)[0]?.publishedAt ?? null;
      if (field.measure === 'updated') print.maxUpdatedAt = asDocuments(value)[0]?.updatedAt ?? null;
      if (field.measure === 'single') {
        const doc = asDocuments(value)[0];
        print.count = doc ? 1 : 0;
        print.maxPublishedAt = doc?.publishedAt ?? null;
        print.maxUpdatedAt = doc?.updatedAt ?? null;
      }
      prints.set(field.key, print);
    }
  });
  return prints;
}

/** Whether two fingerprints describe the same content (times compared as instants). */
export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  const sameTime = (x: string | null, y: string | null) => (x === null || y === null ? x === y : Date.parse(x) === Date.parse(y));
  return a.count === b.count && sameTime(a.maxPublishedAt, b.maxPublishedAt) && sameTime(a.maxUpdatedAt, b.maxUpdatedAt);
}
