import { z } from 'zod';

/** Zero-result counts: kept this many days, shown to editors from this many searches on. */
export const SEARCH_MISS_RETENTION_DAYS = 90;
export const SEARCH_MISS_SHOWN_FROM = 5;
export const SEARCH_MISS_MAX_LENGTH = 100;

/**
 * A query as it is counted: lower case, letters, digits and single spaces only. Null for what is
 * not counted: nothing left, too long, or a run of 5 or more digits (a phone or personal number
 * someone typed is never stored).
 */
export function normalizeSearchMiss(raw: string): string | null {
  const words = raw
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (words === '' || Array.from(words).length > SEARCH_MISS_MAX_LENGTH) return null;
  if (/\d{5,}|(\d[ ]?){5,}/.test(words)) return null;
  return words;
}

/** POST /api/search-misses: the web reports a search that found nothing (submission token only). */
export const SearchMissSchema = z.object({
  query: z.string().min(1).max(SEARCH_MISS_MAX_LENGTH * 2),
  language: z.enum(['sv', 'en']),
});
export type SearchMiss = z.infer<typeof SearchMissSchema>;
