import type { Core, UID } from '@strapi/strapi';
import { blocksToPlainText, type Block } from '@stodportalen/shared';

/**
 * The fields each searchable type is found by. Their text is kept, lower-cased the Swedish way, in
 * `searchText`: SQLite's LIKE folds only ASCII case, so "ÖKAD" would not find "ökad" otherwise.
 */
export const SEARCH_FIELDS = {
  'api::support-resource.support-resource': ['name', 'summary', 'body', 'languages'],
  'api::event.event': ['title', 'description', 'organiserName', 'venue'],
  'api::campaign.campaign': ['title', 'lede', 'body'],
  'api::term.term': ['name', 'definition'],
  'api::page.page': ['title', 'summary', 'body'],
} as const satisfies Partial<Record<UID.ContentType, readonly string[]>>;

type SearchableUid = keyof typeof SEARCH_FIELDS;

function isSearchable(uid: string): uid is SearchableUid {
  return uid in SEARCH_FIELDS;
}

function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return blocksToPlainText(value.filter((block): block is Block => typeof block === 'object' && block !== null && 'type' in block));
  if (typeof value === 'object' && value !== null) return Object.values(value).filter((v): v is string => typeof v === 'string').join(' ');
  return '';
}

/** Lower-cased, single-spaced text of the fields: what the web's search matches against. */
export function searchTextOf(uid: SearchableUid, data: Record<string, unknown>): string {
  return SEARCH_FIELDS[uid]
    .map((field) => fieldText(data[field]))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('sv');
}

export function registerSearchText(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if ((context.action !== 'create' && context.action !== 'update') || !isSearchable(context.uid)) return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string; locale?: string };
    if (!params.data) return next();
    let current: Record<string, unknown> = {};
    if (context.action === 'update' && params.documentId) {
      const fields: readonly string[] = SEARCH_FIELDS[context.uid];
      const existing = await strapi.documents(context.uid).findOne({
        documentId: params.documentId,
        locale: params.locale,
        status: 'draft',
        populate: fields.includes('venue') ? ['venue'] : [],
        // context.uid is a union of types; the generated types take only populate keys all of them have.
      } as never);
      current = (existing ?? {}) as Record<string, unknown>;
    }
    params.data.searchText = searchTextOf(context.uid, { ...current, ...params.data });
    return next();
  });
}
