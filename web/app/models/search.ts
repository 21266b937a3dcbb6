// View models of the site search (plain data, safe to send to the browser).
import type { Locale } from '../utils/i18n';
import type { SearchKind, TextSegment } from '../search/types';

export type { SearchKind, TextSegment } from '../search/types';

/** Longest query we search for, in characters; longer input is cut. */
export const SEARCH_MAX_LENGTH = 100;
/** Hits shown, best first. */
export const SEARCH_LIMIT = 20;

export interface SearchHit {
  id: string;
  /** The type label. */
  kind: SearchKind;
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
  /** Pinned by a communicator for this query. */
  bestBet: boolean;
}

export interface SearchResults {
  /** One ranked list, best first. */
  hits: SearchHit[];
  /** All hits, also those not shown. */
  total: number;
  /** "Menade du …" when nothing was found. */
  suggestions: string[];
}
