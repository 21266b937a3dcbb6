import type { MetaDescriptor, MetaFunction } from '@remix-run/node';
import { feedAlternates } from '../feeds/links';
import type { ResponsiveImage } from '../models/image';
import { DEFAULT_LOCALE, LOCALES, getDictionary, getLocale, intlLocale, localePath, titleWith, unprefixedPath, type Dictionary, type Locale } from './i18n';
import { shareImage } from './share-image';
import { article, breadcrumbList, type Section, type StructuredData } from './structured-data';
import type { PageView } from '../models/page';

/** What the root loader gives every meta function (see root.tsx). */
function rootData(matches: readonly { id: string; data?: unknown }[]): Record<string, unknown> {
  const data = matches.find((match) => match.id === 'root')?.data;
  return typeof data === 'object' && data !== null ? { ...data } : {};
}

function rootOrigin(matches: readonly { id: string; data?: unknown }[]): string {
  const { origin } = rootData(matches);
  return typeof origin === 'string' ? origin : '';
}

/** The editors' default share image from the site settings, when the root loader has one. */
function settingsShareImage(matches: readonly { id: string; data?: unknown }[]): ResponsiveImage | null {
  const { site } = rootData(matches);
  const image = typeof site === 'object' && site !== null && 'shareImage' in site ? site.shareImage : null;
  if (typeof image !== 'object' || image === null) return null;
  const { src, srcSet, width, height, alt } = { src: null, srcSet: '', width: null, height: null, alt: null, ...image };
  return typeof src === 'string' && typeof width === 'number' && typeof height === 'number' && typeof alt === 'string' && typeof srcSet === 'string'
    ? { src, srcSet, width, height, alt }
    : null;
}

/**
 * `<link rel="alternate" hreflang>` for the locales the page's content is really written in (plus
 * x-default, Swedish): a page that shows Swedish text under /en is no English alternate, or search
 * engines would index the same text twice.
 */
function alternateLinks(origin: string, pathname: string, locales: readonly Locale[]): MetaDescriptor[] {
  const path = unprefixedPath(pathname);
  return [
    ...LOCALES.filter((locale) => locales.includes(locale)).map((locale) => ({ tagName: 'link', rel: 'alternate', hrefLang: locale, href: `${origin}${localePath(locale, path)}` })),
    { tagName: 'link', rel: 'alternate', hrefLang: 'x-default', href: `${origin}${localePath(DEFAULT_LOCALE, path)}` },
  ];
}

/**
 * Title, description, Open Graph and Twitter card tags, canonical and hreflang links, and the
 * page's structured data. Every route's `meta` uses this, so no page lacks a description, a share
 * image or og:* tags.
 */
export function pageMeta({
  title,
  description,
  location,
  matches,
  type = 'website',
  noindex = false,
  image,
  contentLocale,
  translations = LOCALES,
  structuredData = [],
}: {
  /** The page's own title; the site name is added. */
  title: string;
  description?: string | null;
  location: { pathname: string };
  matches: readonly { id: string; data?: unknown }[];
  type?: 'website' | 'article';
  noindex?: boolean;
  /** The page's own image (a campaign's, an event's, a page's lead image). */
  image?: ResponsiveImage | null;
  /**
   * The language the content is written in. When it is not the page's (a missing translation shown
   * in Swedish), the page points search engines to the page in that language (canonical).
   */
  contentLocale?: Locale;
  /** The locales the content exists in, when known; default: all. */
  translations?: readonly Locale[];
  structuredData?: readonly StructuredData[];
}): MetaDescriptor[] {
  const locale = getLocale(location.pathname);
  const t = getDictionary(locale);
  const fullTitle = titleWith(t, title);
  const text = description?.trim() || t.defaultDescription;
  const { origin, shareImageOf } = metaContext(location, matches);
  const fallback = contentLocale !== undefined && contentLocale !== locale;
  const url = `${origin}${fallback ? localePath(contentLocale, unprefixedPath(location.pathname)) : location.pathname}`;
  const shared = shareImageOf(image);
  return [
    { title: fullTitle },
    { name: 'description', content: text },
    { property: 'og:title', content: fullTitle },
    { property: 'og:description', content: text },
    { property: 'og:type', content: type },
    { property: 'og:site_name', content: t.siteName },
    { property: 'og:locale', content: ogLocale(fallback ? contentLocale : locale) },
    { property: 'og:url', content: url },
    { property: 'og:image', content: shared.url },
    ...(shared.type ? [{ property: 'og:image:type', content: shared.type }] : []),
    { property: 'og:image:width', content: String(shared.width) },
    { property: 'og:image:height', content: String(shared.height) },
    { property: 'og:image:alt', content: shared.alt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: fullTitle },
    { name: 'twitter:description', content: text },
    { name: 'twitter:image', content: shared.url },
    { name: 'twitter:image:alt', content: shared.alt },
    { tagName: 'link', rel: 'canonical', href: url },
    ...alternateLinks(origin, location.pathname, fallback ? [contentLocale] : translations),
    ...(noindex ? [{ name: 'robots', content: 'noindex' }] : []),
    ...structuredData.map((data) => ({ 'script:ld+json': data })),
  ];
}

function ogLocale(locale: Locale): string {
  return intlLocale(locale).replace('-', '_');
}

/** What the meta functions of detail pages need besides their data: the origin and locale. */
export function metaContext(location: { pathname: string }, matches: readonly { id: string; data?: unknown }[]) {
  const locale = getLocale(location.pathname);
  const t = getDictionary(locale);
  const origin = rootOrigin(matches);
  return { locale, origin, shareImageOf: (own: ResponsiveImage | null | undefined) => shareImage(own, settingsShareImage(matches), { origin, defaultAlt: t.shareImageAlt }) };
}

/**
 * The `meta` of a CMS page (an article): its image, the language its text is in, and as structured
 * data an `Article` and, for a page inside a section, its breadcrumb trail.
 */
export function cmsPageMeta({
  view,
  title,
  description,
  section,
  location,
  matches,
}: {
  view: PageView;
  title: string;
  description: string | null | undefined;
  section: Section | null;
  location: { pathname: string };
  matches: readonly { id: string; data?: unknown }[];
}): MetaDescriptor[] {
  const { locale, origin, shareImageOf } = metaContext(location, matches);
  const path = location.pathname;
  const canonicalPath = localePath(view.locale, unprefixedPath(path));
  return pageMeta({
    title,
    description,
    location,
    matches,
    type: 'article',
    image: view.page.image,
    contentLocale: view.locale,
    translations: [view.locale, ...view.page.otherLocales],
    structuredData: [
      article({ origin, locale, headline: view.page.title, description: view.page.summary, path: canonicalPath, contentLocale: view.locale, modified: view.page.updatedAt, image: shareImageOf(view.page.image) }),
      ...(section ? [breadcrumbList({ origin, locale, section, title: view.page.title, path })] : []),
    ],
  });
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
