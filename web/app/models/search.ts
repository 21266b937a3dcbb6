// View models of the site search (plain data, safe to send to the browser).
import type { Locale } from '../utils/i18n';

/** Longest query we search for, in characters; longer input is cut. */
export const SEARCH_MAX_LENGTH = 100;
/** Hits per type (the CMS is asked for this many of each, in one operation). */
export const SEARCH_LIMIT = 10;

/** In the order the groups are shown: where to get help first. */
export const SEARCH_GROUPS = ['resources', 'pages', 'terms', 'plan', 'events', 'campaigns'] as const;
export type SearchGroupKind = (typeof SEARCH_GROUPS)[number];

/** A piece of text; `match` pieces are what the visitor searched for (shown with <mark>). */
export type TextSegment = { text: string; match: boolean };

export interface SearchHit {
  id: string;
  title: TextSegment[];
  /** Where the hit lives, without the locale prefix (e.g. `/stod/kvinnofridslinjen`). */
  path: string;
  /** A short plain-text passage around the first match (or the start of the text). */
  excerpt: TextSegment[];
  /** The hit's language: Swedish when the visitor's language has no version (`fallback`). */
  locale: Locale;
  fallback: boolean;
  /** Events: when it starts (ISO). */
  date: string | null;
}

export interface SearchGroup {
  kind: SearchGroupKind;
  hits: SearchHit[];
  /** The CMS has more hits than are shown. */
  more: boolean;
}

export interface SearchResults {
  /** Only the groups with hits, in SEARCH_GROUPS order. */
  groups: SearchGroup[];
  total: number;
}
