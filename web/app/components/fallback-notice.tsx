// Content shown in Swedish because the visitor's language has no translation yet.
// Use with queryWithFallback() / mergeWithFallback() from app/models/localized.server.ts:
//
//   {fallback ? <FallbackNotice /> : null}
//   <article {...contentLangProps(contentLocale, locale)}>…</article>
import { textDirection, useI18n, type Locale } from '../utils/i18n';
import { Notice } from './design-system';

/**
 * The visible notice, in the visitor's language: "This page is not available in English yet. It
 * is shown in Swedish." Pass `message` for another wording (e.g. `t.fallback.easyReadNotice`).
 */
export function FallbackNotice({ message, className = '' }: { message?: string; className?: string }) {
  const { t } = useI18n();
  return (
    <Notice kind="info" className={`font-semibold ${className}`.trim()}>
      {message ?? t.fallback.notice}
    </Notice>
  );
}

/** A small "In Swedish" label for a list item or search hit that falls back to Swedish. */
export function FallbackBadge({ className = '' }: { className?: string }) {
  const { t } = useI18n();
  return (
    <span
      className={`inline-block rounded border border-slate-600 px-2 text-base font-normal text-slate-800 ${className}`.trim()}
    >
      {t.fallback.badge}
    </span>
  );
}

/**
 * `lang` and `dir` for an element whose content is in `contentLocale` on a page in `pageLocale`;
 * nothing when they are the same (the `<html lang>` already says it).
 */
export function contentLangProps(
  contentLocale: Locale,
  pageLocale: Locale,
): { lang?: Locale; dir?: 'ltr' | 'rtl' } {
  if (contentLocale === pageLocale) return {};
  return { lang: contentLocale, dir: textDirection(contentLocale) };
}

/** The page's locale and dictionary, with `lang` and `dir` for content in `contentLocale`. */
export function useContentLang(contentLocale: Locale) {
  const { locale, t } = useI18n();
  return { locale, t, lang: contentLangProps(contentLocale, locale) };
}
