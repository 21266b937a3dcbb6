// The directory's filters as they appear in the URL (a GET form, so it works without JavaScript).
// Parameter names and values are Swedish in every locale, so a link works whatever the language.
// Anything unknown is ignored: a hand-edited URL never gives an error.
import {
  AUDIENCE_SLUGS,
  AUDIENCES,
  CHANNEL_KIND_SLUGS,
  CHANNEL_KINDS,
  SUPPORT_LEVEL_SLUGS,
  SUPPORT_LEVELS,
  SUPPORT_SCOPE_SLUGS,
  SUPPORT_SCOPES,
  valuesBySlug,
  type Audience,
  type ChannelKind,
  type SupportLevel,
  type SupportScope,
} from '@stodportalen/shared';

export const PARAMS = {
  audience: 'malgrupp',
  level: 'niva',
  scope: 'omfattning',
  channel: 'kanal',
  anonymous: 'anonym',
  page: 'sida',
} as const;

export const AUDIENCE_VALUES = valuesBySlug(AUDIENCES, AUDIENCE_SLUGS);
export const LEVEL_VALUES = valuesBySlug(SUPPORT_LEVELS, SUPPORT_LEVEL_SLUGS);
export const SCOPE_VALUES = valuesBySlug(SUPPORT_SCOPES, SUPPORT_SCOPE_SLUGS);
export const CHANNEL_VALUES = valuesBySlug(CHANNEL_KINDS, CHANNEL_KIND_SLUGS);

export interface SupportFilters {
  audiences: Audience[];
  levels: SupportLevel[];
  scopes: SupportScope[];
  channels: ChannelKind[];
  anonymous: boolean;
}

/** Highest page number a URL may ask for (the loader clamps to the real page count anyway). */
const MAX_PAGE = 10_000;

/** The known values of a parameter, once each, in the order of `values`. */
function pick<T extends string>(params: URLSearchParams, name: string, values: Record<string, T>): T[] {
  const given = new Set(params.getAll(name).map((value) => value.trim().toLowerCase()));
  return Object.entries(values).flatMap(([param, value]) => (given.has(param) ? [value] : []));
}

export function parseSupportFilters(params: URLSearchParams): SupportFilters {
  return {
    audiences: pick(params, PARAMS.audience, AUDIENCE_VALUES),
    levels: pick(params, PARAMS.level, LEVEL_VALUES),
    scopes: pick(params, PARAMS.scope, SCOPE_VALUES),
    channels: pick(params, PARAMS.channel, CHANNEL_VALUES),
    anonymous: params.get(PARAMS.anonymous)?.trim().toLowerCase() === 'ja',
  };
}

/** The page asked for: a whole number from 1, anything else is page 1. */
export function parsePage(params: URLSearchParams): number {
  const raw = params.get(PARAMS.page)?.trim() ?? '';
  if (!/^\d{1,6}$/.test(raw)) return 1;
  return Math.min(Math.max(Number(raw), 1), MAX_PAGE);
}

export function hasFilters(filters: SupportFilters): boolean {
  return (
    filters.audiences.length + filters.levels.length + filters.scopes.length + filters.channels.length > 0 ||
    filters.anonymous
  );
}

function paramFor<T extends string>(values: Record<string, T>, value: T): string {
  return Object.entries(values).find(([, v]) => v === value)?.[0] ?? value;
}

/** The query string for the filters (and a page other than 1), e.g. "?niva=akut&sida=2"; "" for none. */
export function supportSearch(filters: SupportFilters, page = 1): string {
  const params = new URLSearchParams();
  for (const value of filters.audiences) params.append(PARAMS.audience, paramFor(AUDIENCE_VALUES, value));
  for (const value of filters.levels) params.append(PARAMS.level, paramFor(LEVEL_VALUES, value));
  for (const value of filters.scopes) params.append(PARAMS.scope, paramFor(SCOPE_VALUES, value));
  for (const value of filters.channels) params.append(PARAMS.channel, paramFor(CHANNEL_VALUES, value));
  if (filters.anonymous) params.append(PARAMS.anonymous, 'ja');
  if (page > 1) params.append(PARAMS.page, String(page));
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}
