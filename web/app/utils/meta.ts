import type { MetaDescriptor, MetaFunction } from '@remix-run/node';
import { feedAlternates } from '../feeds/links';
import { getDictionary, getLocale, intlLocale, titleWith, type Dictionary } from './i18n';

/** What the root loader gives every meta function (see root.tsx). */
function rootOrigin(matches: readonly { id: string; data?: unknown }[]): string {
  const data = matches.find((match) => match.id === 'root')?.data;
  return typeof data === 'object' && data !== null && 'origin' in data && typeof data.origin === 'string' ? data.origin : '';
}

/**
 * Title, description and Open Graph tags for a page. Every route's `meta` uses this, so no page
 * lacks a description or og:* tags.
 */
export function pageMeta({
  title,
  description,
  location,
  matches,
  type = 'website',
  noindex = false,
}: {
  /** The page's own title; the site name is added. */
  title: string;
  description?: string | null;
  location: { pathname: string };
  matches: readonly { id: string; data?: unknown }[];
  type?: 'website' | 'article';
  noindex?: boolean;
}): MetaDescriptor[] {
  const locale = getLocale(location.pathname);
  const t = getDictionary(locale);
  const fullTitle = titleWith(t, title);
  const text = description?.trim() || t.defaultDescription;
  const url = `${rootOrigin(matches)}${location.pathname}`;
  return [
    { title: fullTitle },
    { name: 'description', content: text },
    { property: 'og:title', content: fullTitle },
    { property: 'og:description', content: text },
    { property: 'og:type', content: type },
    { property: 'og:site_name', content: t.siteName },
    { property: 'og:locale', content: intlLocale(locale).replace('-', '_') },
    { property: 'og:url', content: url },
    { tagName: 'link', rel: 'canonical', href: url },
    ...(noindex ? [{ name: 'robots', content: 'noindex' }] : []),
  ];
}

/**
 * The `meta` of a page whose title and description are fixed texts: `pick` finds them in the
 * visitor's dictionary. With `feed`, also the links to the page's RSS and Atom feeds.
 */
export function textMeta(
  pick: (t: Dictionary) => { metaTitle: string; metaDescription: string },
  feed?: { base: '/kalender' | '/kampanjer'; title: (t: Dictionary) => string },
): MetaFunction {
  return ({ location, matches }) => {
    const locale = getLocale(location.pathname);
    const t = getDictionary(locale);
    const texts = pick(t);
    const tags = pageMeta({ title: texts.metaTitle, description: texts.metaDescription, location, matches });
    return feed ? [...tags, ...feedAlternates(locale, feed.base, feed.title(t))] : tags;
  };
}
