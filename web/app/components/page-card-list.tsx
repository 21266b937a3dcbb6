import type { PageCard } from '../models/page';
import { localePath, useI18n } from '../utils/i18n';
import { Card } from './design-system';
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
        <li key={page.id}>
          <Card heading={page.title} to={localePath(locale, `${basePath}/${page.slug}`)} lang={contentLangProps(page.locale, locale)}>
            {page.summary ? <p {...contentLangProps(page.locale, locale)}>{page.summary}</p> : null}
            {page.fallback ? <FallbackBadge /> : null}
          </Card>
        </li>
      ))}
    </ul>
  );
}
