import { useLocation } from '@remix-run/react';
import { STOCKHOLM_TIME_ZONE } from '@stodportalen/shared';
import { en } from '../locales/en';
import { sv, type Dictionary } from '../locales/sv';

export type { Dictionary };

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sv';

/** Locales that have their own URL prefix (`/en/...`). Swedish lives at the root. */
const PREFIXED_LOCALES: readonly Exclude<Locale, typeof DEFAULT_LOCALE>[] = ['en'];

/** Content locales written right to left (editors may add Arabic in the CMS). */
const RTL_LOCALES = new Set(['ar', 'fa', 'he', 'ur']);

export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LOCALES.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/**
 * The locale named by the optional `($lang)` route segment: none is Swedish, a known prefix is
 * that locale, anything else is not a page (null → 404).
 */
export function localeFromParam(lang: string | undefined): Locale | null {
  if (lang === undefined) return DEFAULT_LOCALE;
  return PREFIXED_LOCALES.find((locale) => locale === lang) ?? null;
}

/** The path without its locale prefix: `/en/stod` → `/stod`, `/en` → `/`. */
export function unprefixedPath(pathname: string): string {
  const locale = getLocale(pathname);
  if (locale === DEFAULT_LOCALE) return pathname;
  const rest = pathname.slice(locale.length + 1);
  return rest === '' ? '/' : rest;
}

/** The locales among a document's localizations (the others it is written in). */
export function localesIn(localizations: readonly ({ locale?: string | null } | null)[]): Locale[] {
  return LOCALES.filter((locale) => localizations.some((localization) => localization?.locale === locale));
}

/** The same page in every locale, for hreflang alternates and the language switch. */
export function alternatePaths(pathname: string): { locale: Locale; path: string }[] {
  const path = unprefixedPath(pathname);
  return LOCALES.map((locale) => ({ locale, path: localePath(locale, path) }));
}

const dictionaries: Record<Locale, Dictionary> = { sv, en };

/** The locale of a URL path: `/en` or `/en/...` is English (once enabled), everything else Swedish. */
export function getLocale(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return PREFIXED_LOCALES.find((locale) => locale === first) ?? DEFAULT_LOCALE;
}

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

/** A path in the given locale: `localePath('en', '/handlingsplan')` → `/en/handlingsplan`. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** For Intl: dates and numbers as people in the locale write them. */
export function intlLocale(locale: Locale): string {
  return locale === 'sv' ? 'sv-SE' : 'en-GB';
}

/** Made once (a new Intl.DateTimeFormat costs far more than a call to format). */
const longDate: Record<Locale, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat(intlLocale('sv'), { dateStyle: 'long', timeZone: STOCKHOLM_TIME_ZONE }),
  en: new Intl.DateTimeFormat(intlLocale('en'), { dateStyle: 'long', timeZone: STOCKHOLM_TIME_ZONE }),
};

/** `2021-10-20` → `20 oktober 2021`; anything that is not a date is returned as it is. */
export function formatDate(value: string, locale: Locale): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return longDate[locale].format(date);
}

export function titleWith(dictionary: Dictionary, title: string): string {
  return `${title}${dictionary.titleSuffix}`;
}

/** Locale and dictionary of the current page (works in error boundaries too). */
export function useI18n(): { locale: Locale; t: Dictionary } {
  const locale = getLocale(useLocation().pathname);
  return { locale, t: getDictionary(locale) };
}
