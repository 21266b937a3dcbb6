import { Link } from '@remix-run/react';
import type { PageCard } from '../models/page';
import { localePath, useI18n } from '../utils/i18n';
import { FallbackBadge, contentLangProps } from './fallback-notice';

/** The pages of an area as cards: title (a link), summary, and "In Swedish" where it falls back. */
export function PageCardList({
  pages,
  basePath,
  emptyText,
}: {
  pages: readonly PageCard[];
  /** The area's path without locale, e.g. `/unga`. */
  basePath: string;
  emptyText: string;
}) {
  const { locale } = useI18n();
  if (pages.length === 0) return <p>{emptyText}</p>;
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {pages.map((page) => (
        <li key={page.id} className="rounded-xl border-2 border-slate-300 bg-white p-5 hover:border-teal-700">
          <h3 className="text-xl leading-snug font-bold text-slate-900">
            <Link
              to={localePath(locale, `${basePath}/${page.slug}`)}
              className="link"
              {...contentLangProps(page.locale, locale)}
            >
              {page.title}
            </Link>
          </h3>
          {page.summary ? (
            <p className="mt-2" {...contentLangProps(page.locale, locale)}>
              {page.summary}
            </p>
          ) : null}
          {page.fallback ? <FallbackBadge className="mt-3" /> : null}
        </li>
      ))}
    </ul>
  );
}
