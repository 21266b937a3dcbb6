// Answers the web's own GraphQL documents (shared/graphql/documents) from the read model, with
// graphql-js over the CMS's schema: the models keep their queries and types, and no request goes
// to the CMS. Root fields read a type's collection (filters, sort, pagination as Strapi reads
// them: filters.server.ts); relations and localizations resolve to the stored documents.
import { execute, getNamedType, isObjectType, Kind, type DocumentNode, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { compileFilter, compileSort, pageInfo, paginationWindow, requiredValues, type RelationResolver } from './filters.server';
import { cmsSchema, fieldKind, isListField, objectType } from './schema.server';
import type { ReadModelStore } from './store.server';
import { READ_MODEL_TYPES, type DocumentRef, type StoredDocument } from './types';

type Item = Record<string, unknown>;

const DEFAULT_CONTENT_LOCALE = 'sv';
const INDEXED_FIELDS = ['slug', 'documentId'] as const;

interface RootField {
  type: string;
  shape: 'list' | 'connection' | 'one' | 'single';
}

const ROOT_FIELDS = new Map<string, RootField>(
  READ_MODEL_TYPES.flatMap((entry): [string, RootField][] => {
    if (entry.single) return [[entry.single, { type: entry.type, shape: 'single' }]];
    const one = entry.type.charAt(0).toLowerCase() + entry.type.slice(1);
    return [
      [entry.list!, { type: entry.type, shape: 'list' }],
      [`${entry.list!}_connection`, { type: entry.type, shape: 'connection' }],
      [one, { type: entry.type, shape: 'one' }],
    ];
  }),
);

export class ReadModelQueryError extends Error {
  override name = 'ReadModelQueryError';
}

function isRef(value: unknown): value is DocumentRef {
  return value !== null && typeof value === 'object' && typeof (value as Item).documentId === 'string';
}

/**
 * Selections (a type's documents in a locale that match a filter, in a sort order) kept across
 * requests, until anything in the store changes: the calendar's pages ask the same filter many
 * times a minute (the event model rounds "now" down to the minute), and each selection otherwise
 * scans every event. Bounded by count; an entry is an array of references (10,000 events: 80 KB).
 */
const SELECTION_CACHE_ENTRIES = 64;

export class ReadModelExecutor {
  private readonly selections = new Map<string, StoredDocument[]>();
  private selectionsGeneration = -1;

  constructor(private readonly store: ReadModelStore) {}

  /** `select`, answered from the selection cache when nothing changed since (see SELECTION_CACHE_ENTRIES). */
  private selectCached(type: string, locale: string, filters: unknown, sort: unknown): StoredDocument[] {
    if (this.selectionsGeneration !== this.store.generation) {
      this.selections.clear();
      this.selectionsGeneration = this.store.generation;
    }
    const key = `${type}\u0000${locale}\u0000${JSON.stringify(filters ?? null)}\u0000${JSON.stringify(sort ?? [])}`;
    const hit = this.selections.get(key);
    if (hit) {
      // Most recently used last: the first entry is the one to evict.
      this.selections.delete(key);
      this.selections.set(key, hit);
      return hit;
    }
    const selected = this.select(type, locale, filters, sort);
    if (this.selections.size >= SELECTION_CACHE_ENTRIES) this.selections.delete(this.selections.keys().next().value!);
    this.selections.set(key, selected);
    return selected;
  }

  /** The documents a relation field or `localizations` of `item` (a stored document) points to. */
  readonly resolveRelation: RelationResolver = (item, parent, fieldName) => {
    const field = parent.getFields()[fieldName];
    if (!field) return [];
    const doc = item as StoredDocument;
    if (fieldKind(field) === 'localizations') return this.store.localizations(parent.name, doc.documentId, doc.locale);
    const target = getNamedType(field.type).name;
    const held = item[fieldName];
    const refs = (Array.isArray(held) ? held : held ? [held] : []).filter(isRef);
    return refs.flatMap((ref) => {
      const found = this.store.get(target, ref.locale ?? doc.locale, ref.documentId);
      return found ? [found] : [];
    });
  };

  /** The documents of a type in a locale that match, in order (sorted orders are kept per version). */
  private select(type: string, locale: string, filters: unknown, sort: unknown): StoredDocument[] {
    const gqlType = objectType(type);
    const sortKey = JSON.stringify(sort ?? []);
    // An equality on an indexed field (slug, documentId) narrows to a few candidates first.
    for (const field of INDEXED_FIELDS) {
      const values = requiredValues(filters, field);
      if (!values || !gqlType.getFields()[field]) continue;
      const index = this.store.cached(`index:${type}:${locale}:${field}`, type, () => {
        const byValue = new Map<string, StoredDocument[]>();
        for (const doc of this.store.all(type, locale)) {
          const key = doc[field];
          if (typeof key !== 'string') continue;
          const list = byValue.get(key);
          if (list) list.push(doc);
          else byValue.set(key, [doc]);
        }
        return byValue;
      });
      const candidates = [...new Set(values)].flatMap((value) => index.get(value) ?? []);
      const comparator = compileSort(gqlType, sort);
      const matching = candidates.filter(compileFilter(gqlType, filters, this.resolveRelation));
      if (comparator) return matching.sort(comparator);
      // Without a sort: the CMS's order.
      const all = this.store.all(type, locale);
      return matching.length > 1 ? matching.sort((a, b) => all.indexOf(a) - all.indexOf(b)) : matching;
    }
    const ordered =
      sortKey === '[]'
        ? this.store.all(type, locale)
        : this.store.cached(`sorted:${type}:${locale}:${sortKey}`, type, () => {
            const comparator = compileSort(gqlType, sort);
            const all = [...this.store.all(type, locale)];
            return comparator ? all.sort(comparator) : all;
          });
    if (filters === null || filters === undefined) return ordered;
    const predicate = compileFilter(gqlType, filters, this.resolveRelation);
    return ordered.filter(predicate);
  }

  /** A nested list (relation, localizations, repeatable component) with its filters, sort and window. */
  private shapeList(items: Item[], type: GraphQLObjectType, args: Record<string, unknown>): Item[] {
    let list = items;
    if (args.filters) list = list.filter(compileFilter(type, args.filters, this.resolveRelation));
    const comparator = compileSort(type, args.sort);
    if (comparator) list = [...list].sort(comparator);
    if ('pagination' in args) {
      const window = paginationWindow(args.pagination);
      list = list.slice(window.start, window.start + window.limit);
    }
    return list;
  }

  private resolveRoot(root: RootField, args: Record<string, unknown>, memo: Map<string, StoredDocument[]>, info: GraphQLResolveInfo): unknown {
    if (args.status !== undefined && args.status !== 'PUBLISHED') throw new ReadModelQueryError('the read model holds published content only');
    if (args.hasPublishedVersion !== undefined || args.publicationFilter !== undefined) throw new ReadModelQueryError('publication filters are not supported');
    const locale = typeof args.locale === 'string' && args.locale !== '' ? args.locale : DEFAULT_CONTENT_LOCALE;
    if (root.shape === 'single') return this.store.all(root.type, locale)[0] ?? null;
    if (root.shape === 'one') return typeof args.documentId === 'string' ? (this.store.get(root.type, locale, args.documentId) ?? null) : null;
    // A list and its count in one document ask for the same selection: the count of any order will do.
    const filterKey = `${root.type}\u0000${locale}\u0000${JSON.stringify(args.filters ?? null)}`;
    const memoKey = `${filterKey}\u0000${JSON.stringify(args.sort ?? [])}`;
    const countOnly = root.shape === 'connection' && !info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'nodes'));
    let matching = memo.get(memoKey) ?? (countOnly ? memo.get(filterKey) : undefined);
    if (!matching) {
      matching = this.selectCached(root.type, locale, args.filters, args.sort);
      memo.set(memoKey, matching);
      memo.set(filterKey, matching);
    }
    const window = paginationWindow(args.pagination);
    const nodes = matching.slice(window.start, window.start + window.limit);
    return root.shape === 'list' ? nodes : { nodes, pageInfo: pageInfo(matching.length, window) };
  }

  private readonly fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args: Record<string, unknown>, context, info) => {
    const parent = info.parentType;
    if (parent === cmsSchema().getQueryType()) {
      const root = ROOT_FIELDS.get(info.fieldName);
      if (!root) throw new ReadModelQueryError(`the read model cannot answer ${info.fieldName}`);
      return this.resolveRoot(root, args, context as Map<string, StoredDocument[]>, info);
    }
    const item = source as Item;
    const field = parent.getFields()[info.fieldName];
    const named = field ? getNamedType(field.type) : null;
    if (!field || !named || !isObjectType(named)) return item[info.fieldName] ?? null;
    const kind = fieldKind(field);
    if (kind === 'relation' || kind === 'localizations') {
      if (!READ_MODEL_TYPES.some((entry) => entry.type === parent.name)) return item[info.fieldName] ?? null;
      const related = this.resolveRelation(item, parent, info.fieldName);
      return isListField(field) ? this.shapeList(related, named, args) : (related[0] ?? null);
    }
    if (kind === 'component' || kind === 'media') {
      const held = item[info.fieldName];
      if (Array.isArray(held)) return this.shapeList(held as Item[], named, args);
      return held ?? null;
    }
    if (field.name.endsWith('_connection') && READ_MODEL_TYPES.some((entry) => entry.type === parent.name)) {
      throw new ReadModelQueryError(`the read model cannot answer ${parent.name}.${field.name}`);
    }
    return item[info.fieldName] ?? null;
  };

  /** Runs a document; throws ReadModelQueryError when it has errors (the caller asks the CMS instead). */
  run<TResult>(document: DocumentNode, variables: object): TResult {
    // The context is a memo of this run's selections (a list and its count ask the same).
    const contextValue = new Map<string, StoredDocument[]>();
    const result = execute({ schema: cmsSchema(), document, variableValues: variables as Record<string, unknown>, fieldResolver: this.fieldResolver, rootValue: {}, contextValue });
    if (result instanceof Promise) throw new ReadModelQueryError('unexpected asynchronous resolver');
    // Quoted values are left out of the message: a variable may be a visitor's search term.
    if (result.errors?.length) throw new ReadModelQueryError(result.errors.map((error) => error.message.replace(/"[^"]*"/g, '"…"')).join('; '));
    return result.data as TResult;
  }
}
