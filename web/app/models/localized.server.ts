// Missing translations: content that has no version in the visitor's language is shown in Swedish
// (the CMS's default locale) with a notice (components/fallback-notice.tsx), never as a 404.
import { DEFAULT_LOCALE, type Locale } from '../utils/i18n';

/** The locale content falls back to when the requested one has no version. */
export const FALLBACK_LOCALE: Locale = DEFAULT_LOCALE;

export interface Localized<T> {
  data: T;
  /** The locale `data` is in. */
  locale: Locale;
  /** True when `data` is the Swedish version because the requested locale had none. */
  fallback: boolean;
}

/**
 * Runs `query` for `locale`; when it finds nothing (null/undefined) and `locale` is not Swedish,
 * runs it again for Swedish. Null when neither has the content (→ 404). Errors (CmsError) pass
 * through, so wrap the call in withCms() in a loader.
 *
 *   const found = await withCms(() => queryWithFallback(locale, (l) => getThing(l, slug)));
 *   invariantResponse(found, 404);
 */
export async function queryWithFallback<T>(
  locale: Locale,
  query: (locale: Locale) => Promise<T | null | undefined>,
): Promise<Localized<T> | null> {
  const data = await query(locale);
  if (data !== null && data !== undefined) return { data, locale, fallback: false };
  if (locale === FALLBACK_LOCALE) return null;
  const fallbackData = await query(FALLBACK_LOCALE);
  if (fallbackData === null || fallbackData === undefined) return null;
  return { data: fallbackData, locale: FALLBACK_LOCALE, fallback: true };
}

/**
 * For lists: every item of `primary` (the requested locale), then the items of `fallback` (the
 * Swedish list) that have no version in `primary`, matched by `key` (use the documentId, which
 * Strapi shares between a document's locales). Order: as in `primary`, Swedish-only items after,
 * unless `compare` is given to sort the merged list.
 */
export function mergeWithFallback<T>(
  primary: readonly T[],
  fallback: readonly T[],
  key: (item: T) => string,
  compare?: (a: T, b: T) => number,
): { item: T; fallback: boolean }[] {
  const present = new Set(primary.map(key));
  const merged = [
    ...primary.map((item) => ({ item, fallback: false })),
    ...fallback.filter((item) => !present.has(key(item))).map((item) => ({ item, fallback: true })),
  ];
  return compare ? merged.sort((a, b) => compare(a.item, b.item)) : merged;
}
