import { getSearchIndex } from '../search/index.server';
import { CmsError, postToCms } from '../utils/cms.server';
import { getEnv } from '../utils/env.server';
import type { Locale } from '../utils/i18n';
import { SEARCH_LIMIT, SEARCH_MAX_LENGTH, type SearchResults } from './search';

/**
 * Characters no one searches for: controls and invisible format characters, except the joiners
 * (U+200C, U+200D) that emoji and some scripts are written with.
 */
const UNSEARCHABLE = /(?![\u200C\u200D])[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/gu;

/**
 * The query as we search for it: one line, single spaces, no control or invisible characters, at
 * most SEARCH_MAX_LENGTH characters (`truncated` when it was cut). Empty when there is nothing to
 * search for.
 */
export function normalizeQuery(raw: string | null | undefined): { query: string; truncated: boolean } {
  const squeezed = (raw ?? '').normalize('NFC').replace(/\s+/g, ' ').replace(UNSEARCHABLE, '').replace(/ {2,}/g, ' ').trim();
  const characters = Array.from(squeezed);
  if (characters.length <= SEARCH_MAX_LENGTH) return { query: squeezed, truncated: false };
  return { query: characters.slice(0, SEARCH_MAX_LENGTH).join('').trim(), truncated: true };
}

/** Right after start, a search waits this long for the index's first build (a few seconds). */
const FIRST_BUILD_WAIT_MS = 10_000;

/**
 * Searches the web's own index (app/search/). Right after start it waits for the first build; an
 * index that could not be built is a CmsError (the page says "try later", with the acute numbers).
 */
export async function searchSite(locale: Locale, query: string): Promise<SearchResults> {
  const index = getSearchIndex();
  if (!index.loaded) await index.ready(FIRST_BUILD_WAIT_MS);
  if (!index.loaded) throw new CmsError('search index', null, 'the search index has not been built yet');
  const outcome = index.search(locale, query, SEARCH_LIMIT);
  if (outcome.total === 0) reportMiss(locale, query);
  return {
    hits: outcome.hits.map((hit) => ({
      id: hit.id,
      kind: hit.kind,
      title: hit.title,
      path: hit.url,
      excerpt: hit.snippet,
      locale: hit.locale,
      fallback: hit.fallback,
      date: hit.date,
      bestBet: hit.bestBet,
    })),
    total: outcome.total,
    suggestions: outcome.suggestions,
  };
}

/**
 * Tells the CMS a search found nothing, so communicators can add a synonym (only the query and
 * the language: the CMS counts it per day, with no address or visitor key). Never waits, never
 * fails the page; off without CMS_SUBMISSION_TOKEN.
 */
function reportMiss(language: Locale, query: string): void {
  if (!getEnv().CMS_SUBMISSION_TOKEN) return;
  postToCms('RecordSearchMiss', '/api/search-misses', { query, language })
    .then(({ status }) => {
      if (status !== 202) console.error(`[search] the CMS did not count a search without hits (HTTP ${status})`);
    })
    .catch((error: unknown) => console.error(`[search] could not count a search without hits: ${error instanceof Error ? error.message : String(error)}`));
}
