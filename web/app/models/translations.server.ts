// Lists in a locale other than Swedish. Everything in the CMS is written in Swedish first (the
// default locale), so lists are read in Swedish, which gives complete pagination and totals, and the
// same query in the page's locale gives the translations. A document is shown translated where a
// translation exists and in Swedish (marked with its language) where not.
//
// The translated list uses the same filters and sort, so it is the Swedish list with the
// untranslated documents left out: the translation of the document at position n of the Swedish
// list is at position n or earlier. Reading the first (page × page size) translations therefore
// finds every translation a page needs (up to the CMS's maximum of 100; beyond that a document
// is shown in Swedish). A document that exists only in English is not listed.
import { DEFAULT_LOCALE, type Locale } from '../utils/i18n';

/** The variables every list query takes: the base locale, the page's locale, and whether they differ. */
export function localeVariables(locale: Locale): { baseLocale: Locale; locale: Locale; translate: boolean } {
  return { baseLocale: DEFAULT_LOCALE, locale, translate: locale !== DEFAULT_LOCALE };
}

/** The CMS's maximum page size (config/plugins: graphql maxLimit). */
export const CMS_MAX_LIMIT = 100;

/** Each base document with its translation where there is one, and the language it is shown in. */
export function withTranslations<T extends { documentId: string }>(
  base: readonly (T | null)[],
  translations: readonly (T | null)[] | null | undefined,
  locale: Locale
): { item: T; contentLocale: Locale }[] {
  const translated = new Map<string, T>();
  for (const item of translations ?? []) if (item) translated.set(item.documentId, item);
  return base.flatMap((item) => {
    if (!item) return [];
    const translation = translated.get(item.documentId);
    return translation ? [{ item: translation, contentLocale: locale }] : [{ item, contentLocale: DEFAULT_LOCALE }];
  });
}
