// The search engine's input and output (plain data). Whatever provides the documents (the CMS
// gateway today, the read model later) maps its content to SearchDocuments; see source.server.ts.
import type { Locale } from '../utils/i18n';

/** The kinds of content the site search finds, also its type label. */
export const SEARCH_KINDS = ['resources', 'pages', 'terms', 'plan', 'events', 'campaigns'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * How a support resource helps: `acute` (call now: 112, BRIS, jouren…), `targeted` (has a way to
 * reach someone), `other` (information without contact details).
 */
export type HelpLevel = 'acute' | 'targeted' | 'other';

/** One searchable thing in one language. */
export interface SearchDocument {
  /** Unique in the whole index, e.g. `sv:resources:abc123` or `sv:plan:definition`. */
  id: string;
  kind: SearchKind;
  /** The language the index serves it in (the visitor's). */
  locale: Locale;
  /** The language its text is in: Swedish when it stands in for a missing translation. */
  textLocale: Locale;
  /** Where it lives, without the locale prefix (`/stod/bris`, `/handlingsplan#mal`). */
  url: string;
  title: string;
  /** Summary, lede or short definition (ranks between title and body). */
  lede: string;
  body: string;
  /** Extra words editors or the mapping add (area names, "lättläst", audiences). */
  tags: string[];
  help?: HelpLevel;
  /** Events: start and end (ISO); a past event ranks low. */
  startsAt?: string | null;
  endsAt?: string | null;
}

/** A communicator's synonym: each of `words` is searched as `means` too. */
export interface SearchSynonym {
  locale: Locale;
  words: string[];
  means: string[];
}

/** A communicator's best bet: for these queries, this page first. */
export interface SearchBestBet {
  locale: Locale;
  queries: string[];
  url: string;
  title: string;
  description: string;
}

/** A piece of text; `match` pieces are what the visitor searched for (shown with <mark>). */
export type TextSegment = { text: string; match: boolean };

export interface RankedHit {
  id: string;
  kind: SearchKind;
  url: string;
  title: TextSegment[];
  snippet: TextSegment[];
  locale: Locale;
  fallback: boolean;
  date: string | null;
  score: number;
  bestBet: boolean;
}

export interface SearchOutcome {
  hits: RankedHit[];
  /** More hits than returned. */
  total: number;
  /** "Menade du …": other queries that find something, when this one found nothing. */
  suggestions: string[];
}
