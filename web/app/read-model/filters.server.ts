// Strapi's filters, sort and pagination (as its GraphQL API reads them), applied to documents in
// memory. Semantics follow Strapi 5 on SQLite: comparisons with a missing value are false, NULL
// sorts first ascending, strings compare by code unit, a list (repeatable component, to-many
// relation) matches when any of its items does.
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { fieldKind } from './schema.server';

type Item = Record<string, unknown>;
export type Predicate = (item: Item) => boolean;

/** How a relation or the localizations of `item` resolve (the read model's store does it). */
export type RelationResolver = (item: Item, parent: GraphQLObjectType, field: string) => Item[];

/** The CMS's list sizes (cms/src/graphql/limits.ts: defaultLimit 25, maxLimit 100). */
export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;

export class FilterError extends Error {
  override name = 'FilterError';
}

/** An ISO date-time as toISOString() writes it (and Strapi answers): such strings sort by time. */
const CANONICAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function comparable(value: unknown, scalar: string): unknown {
  if (value === null || value === undefined) return null;
  if (scalar === 'DateTime' && typeof value === 'string') {
    // Compared as text when canonical (cheap, and the order is the time order); else normalised.
    // (A cheap look at the shape first: this runs for every document a date filter visits.)
    if (value.length === 24 && value.charCodeAt(23) === 90 && value.charCodeAt(10) === 84 && value.charCodeAt(19) === 46) return value;
    if (CANONICAL_DATE_TIME.test(value)) return value;
    const time = Date.parse(value);
    return Number.isNaN(time) ? value : new Date(time).toISOString();
  }
  return value;
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const x = str(a);
  const y = str(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A value as text for comparing and matching (objects as JSON, never "[object Object]"). */
function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}

const lower = (value: unknown): string => str(value).toLowerCase();

/** The operators of one scalar field (`{ eq: …, gte: … }`), all of which must hold. */
function compileOperators(operators: unknown, scalar: string): (value: unknown) => boolean {
  if (operators === null || typeof operators !== 'object') throw new FilterError('a field filter must be an object');
  const tests: ((value: unknown) => boolean)[] = [];
  for (const [op, raw] of Object.entries(operators as Record<string, unknown>)) {
    if (raw === undefined) continue;
    const operand = Array.isArray(raw) ? raw.map((entry) => comparable(entry, scalar)) : comparable(raw, scalar);
    const present = (value: unknown): value is NonNullable<unknown> => value !== null && value !== undefined;
    switch (op) {
      case 'eq': tests.push((v) => present(v) && compare(v, operand) === 0); break;
      case 'ne': tests.push((v) => present(v) && compare(v, operand) !== 0); break;
      case 'eqi': tests.push((v) => present(v) && lower(v) === lower(operand)); break;
      case 'nei': tests.push((v) => present(v) && lower(v) !== lower(operand)); break;
      case 'lt': tests.push((v) => present(v) && compare(v, operand) < 0); break;
      case 'lte': tests.push((v) => present(v) && compare(v, operand) <= 0); break;
      case 'gt': tests.push((v) => present(v) && compare(v, operand) > 0); break;
      case 'gte': tests.push((v) => present(v) && compare(v, operand) >= 0); break;
      case 'in': tests.push((v) => present(v) && (operand as unknown[]).some((o) => compare(v, o) === 0)); break;
      case 'notIn': tests.push((v) => present(v) && !(operand as unknown[]).some((o) => compare(v, o) === 0)); break;
      case 'between': tests.push((v) => { const [from, to] = operand as unknown[]; return present(v) && compare(v, from) >= 0 && compare(v, to) <= 0; }); break;
      case 'contains': tests.push((v) => present(v) && str(v).includes(str(operand))); break;
      case 'notContains': tests.push((v) => present(v) && !str(v).includes(str(operand))); break;
      case 'containsi': tests.push((v) => present(v) && lower(v).includes(lower(operand))); break;
      case 'notContainsi': tests.push((v) => present(v) && !lower(v).includes(lower(operand))); break;
      case 'startsWith': tests.push((v) => present(v) && str(v).startsWith(str(operand))); break;
      case 'startsWithi': tests.push((v) => present(v) && lower(v).startsWith(lower(operand))); break;
      case 'endsWith': tests.push((v) => present(v) && str(v).endsWith(str(operand))); break;
      case 'endsWithi': tests.push((v) => present(v) && lower(v).endsWith(lower(operand))); break;
      case 'null': tests.push((v) => (raw === true) === !present(v)); break;
      case 'notNull': tests.push((v) => (raw === true) === present(v)); break;
      case 'and': { const all = (raw as unknown[]).map((entry) => compileOperators(entry, scalar)); tests.push((v) => all.every((test) => test(v))); break; }
      case 'or': { const any = (raw as unknown[]).map((entry) => compileOperators(entry, scalar)); tests.push((v) => any.some((test) => test(v))); break; }
      case 'not': { const inner = compileOperators(raw, scalar); tests.push((v) => !inner(v)); break; }
      default: throw new FilterError(`unknown filter operator ${op}`);
    }
  }
  const one = tests.length === 1 ? tests[0]! : null;
  if (scalar !== 'DateTime') return one ?? ((value) => tests.every((test) => test(value)));
  return (value) => {
    const v = comparable(value, scalar);
    return one ? one(v) : tests.every((test) => test(v));
  };
}

/** A Strapi filter object (`EventFiltersInput`) for items of `type`, as one predicate. */
export function compileFilter(type: GraphQLObjectType, filter: unknown, resolve: RelationResolver): Predicate {
  if (filter === null || filter === undefined) return () => true;
  if (typeof filter !== 'object') throw new FilterError('a filter must be an object');
  const tests: Predicate[] = [];
  const fields = type.getFields();
  for (const [key, value] of Object.entries(filter as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (key === 'and' || key === 'or') {
      const parts = (Array.isArray(value) ? value : [value]).map((part) => compileFilter(type, part, resolve));
      tests.push(key === 'and' ? (item) => parts.every((p) => p(item)) : (item) => parts.some((p) => p(item)));
      continue;
    }
    if (key === 'not') {
      const inner = compileFilter(type, value, resolve);
      tests.push((item) => !inner(item));
      continue;
    }
    const field = fields[key];
    if (!field) throw new FilterError(`${type.name} has no field ${key} to filter on`);
    const named = getNamedType(field.type);
    const kind = fieldKind(field);
    if ((kind === 'relation' || kind === 'localizations') && isObjectType(named)) {
      const inner = compileFilter(named, value, resolve);
      tests.push((item) => resolve(item, type, key).some(inner));
    } else if (kind === 'component' && isObjectType(named)) {
      const inner = compileFilter(named, value, resolve);
      tests.push((item) => {
        const held = item[key];
        const list = Array.isArray(held) ? held : held ? [held] : [];
        return list.some((entry) => entry !== null && typeof entry === 'object' && inner(entry as Item));
      });
    } else {
      const test = compileOperators(value, named.name);
      tests.push((item) => test(item[key]));
    }
  }
  if (tests.length === 1) return tests[0]!;
  return (item) => tests.every((test) => test(item));
}

/**
 * The values a filter requires of an indexed field at its top level (`{ slug: { eq } }`,
 * `{ documentId: { in } }`), or null: then only documents with one of them can match.
 */
export function requiredValues(filter: unknown, field: string): string[] | null {
  if (!filter || typeof filter !== 'object') return null;
  const condition = (filter as Record<string, unknown>)[field];
  if (!condition || typeof condition !== 'object') return null;
  const { eq, in: anyOf } = condition as { eq?: unknown; in?: unknown };
  if (typeof eq === 'string') return [eq];
  if (Array.isArray(anyOf) && anyOf.every((value) => typeof value === 'string')) return anyOf as string[];
  return null;
}

/** `["startsAt:asc", "documentId:asc"]` as a comparator of items of `type` (null: keep the order). */
export function compileSort(type: GraphQLObjectType, sort: unknown): ((a: Item, b: Item) => number) | null {
  const specs = (Array.isArray(sort) ? sort : typeof sort === 'string' ? [sort] : []).filter((entry): entry is string => typeof entry === 'string' && entry !== '');
  if (specs.length === 0) return null;
  const keys = specs.flatMap((spec) =>
    spec.split(',').map((part) => {
      const [path = '', direction = 'asc'] = part.trim().split(':');
      const steps = path.split('.');
      let current: GraphQLObjectType = type;
      let scalar = 'String';
      for (const [index, step] of steps.entries()) {
        const field = current.getFields()[step];
        if (!field) throw new FilterError(`${current.name} has no field ${step} to sort on`);
        const named = getNamedType(field.type);
        if (index < steps.length - 1) {
          if (!isObjectType(named) || fieldKind(field) !== 'component') throw new FilterError(`cannot sort on ${path}`);
          current = named;
        } else scalar = named.name;
      }
      const read = (item: Item): unknown => {
        let value: unknown = item;
        for (const step of steps) value = value && typeof value === 'object' ? (value as Item)[step] : null;
        return comparable(value, scalar);
      };
      return { read, sign: direction.toLowerCase() === 'desc' ? -1 : 1 };
    }),
  );
  return (a, b) => {
    for (const { read, sign } of keys) {
      const order = compare(read(a), read(b));
      if (order !== 0) return order * sign;
    }
    return 0;
  };
}

export interface Window {
  start: number;
  limit: number;
  /** For pageInfo: the page and page size the CMS would report. */
  page: number;
  pageSize: number;
}

/** `pagination: { page, pageSize }` or `{ start, limit }`, bounded as the CMS bounds them. */
export function paginationWindow(pagination: unknown): Window {
  const p = (pagination && typeof pagination === 'object' ? pagination : {}) as { page?: number | null; pageSize?: number | null; start?: number | null; limit?: number | null };
  const bound = (size: number | null | undefined): number => (size === null || size === undefined ? DEFAULT_LIMIT : size < 1 ? MAX_LIMIT : Math.min(size, MAX_LIMIT));
  if (typeof p.page === 'number' || typeof p.pageSize === 'number') {
    const page = Math.max(1, p.page ?? 1);
    const pageSize = bound(p.pageSize);
    return { start: (page - 1) * pageSize, limit: pageSize, page, pageSize };
  }
  const start = Math.max(0, p.start ?? 0);
  const limit = bound(p.limit);
  return { start, limit, page: Math.floor(start / limit) + 1, pageSize: limit };
}

export function pageInfo(total: number, window: Window): { total: number; page: number; pageSize: number; pageCount: number } {
  return { total, page: window.page, pageSize: window.pageSize, pageCount: Math.ceil(total / window.pageSize) };
}
