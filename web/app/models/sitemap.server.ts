import { ListSitemapEntriesDocument, type ListSitemapEntriesQuery } from '@stodportalen/shared/graphql';
import { cmsRequest } from '../utils/cms.server';
import { DEFAULT_LOCALE, LOCALES, localePath, type Locale } from '../utils/i18n';
import { isPageArea, pagePath } from './page';

/** A page of the site, in every locale (the routes show Swedish where a translation is missing). */
export interface SitemapEntry {
  /** Without the locale prefix, e.g. `/stod/kvinnofridslinjen`. */
  path: string;
  /** When the content last changed, per locale (ISO); missing when unknown. */
  lastmod: Partial<Record<Locale, string>>;
}

/** Pages whose content is not (only) a CMS document: the home page and the section start pages. */
const STATIC_PATHS = ['/', '/unga', '/for-personal', '/stod', '/kalender', '/kampanjer', '/begrepp'] as const;

/** The CMS allows at most 100 per request; this bounds the sitemap at 5,000 documents per type. */
const MAX_PAGES = 50;

type Localizations = readonly ({ locale?: string | null; updatedAt?: string | null } | null)[];

function lastmodOf(updatedAt: string | null | undefined, localizations: Localizations): SitemapEntry['lastmod'] {
  const lastmod: SitemapEntry['lastmod'] = {};
  if (updatedAt) lastmod[DEFAULT_LOCALE] = updatedAt;
  for (const localization of localizations) {
    const locale = LOCALES.find((candidate) => candidate === localization?.locale);
    if (locale && localization?.updatedAt) lastmod[locale] = localization.updatedAt;
  }
  return lastmod;
}

/**
 * The plan and its follow-up. The follow-up is built from many documents (activities, entries,
 * events), so it has no single lastmod.
 */
export function planEntries(plan: ListSitemapEntriesQuery['plan']): SitemapEntry[] {
  return [
    { path: '/handlingsplan', lastmod: plan ? lastmodOf(plan.updatedAt, plan.localizations) : {} },
    { path: '/handlingsplan/uppfoljning', lastmod: {} },
  ];
}

/** The entries of one page of the CMS answer (without the static pages). */
export function toSitemapEntries(data: ListSitemapEntriesQuery): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  const add = (path: string | null, updatedAt: string | null | undefined, localizations: Localizations) => {
    if (path) entries.push({ path, lastmod: lastmodOf(updatedAt, localizations) });
  };
  for (const page of data.pages_connection?.nodes ?? []) {
    add(isPageArea(page.area) ? pagePath(page.area, page.slug) : null, page.updatedAt, page.localizations);
  }
  for (const resource of data.supportResources_connection?.nodes ?? []) {
    add(`/stod/${resource.slug}`, resource.updatedAt, resource.localizations);
  }
  for (const event of data.events_connection?.nodes ?? []) {
    add(`/kalender/${event.slug}`, event.updatedAt, event.localizations);
  }
  for (const campaign of data.campaigns_connection?.nodes ?? []) {
    add(`/kampanjer/${campaign.slug}`, campaign.updatedAt, campaign.localizations);
  }
  return entries;
}

/** Every public page: the static ones, the plan and each published document. Throws CmsError. */
export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = STATIC_PATHS.map((path) => ({ path, lastmod: {} }));
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const data = await cmsRequest(ListSitemapEntriesDocument, { locale: DEFAULT_LOCALE, page });
    if (page === 1) entries.push(...planEntries(data.plan));
    entries.push(...toSitemapEntries(data));
    const pageCount = Math.max(
      data.pages_connection?.pageInfo.pageCount ?? 0,
      data.supportResources_connection?.pageInfo.pageCount ?? 0,
      data.events_connection?.pageInfo.pageCount ?? 0,
      data.campaigns_connection?.pageInfo.pageCount ?? 0,
    );
    if (page >= pageCount) break;
  }
  return entries;
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The sitemap: one <url> per page and locale, with the other locales as hreflang alternates
 * (x-default: Swedish). A locale without its own lastmod takes the Swedish one.
 */
export function toSitemapXml(origin: string, entries: readonly SitemapEntry[]): string {
  const seen = new Set<string>();
  const urls: string[] = [];
  for (const entry of entries) {
    if (seen.has(entry.path)) continue;
    seen.add(entry.path);
    const alternates = [
      ...LOCALES.map((locale) => ({ hreflang: locale, href: `${origin}${localePath(locale, entry.path)}` })),
      { hreflang: 'x-default', href: `${origin}${localePath(DEFAULT_LOCALE, entry.path)}` },
    ]
      .map(({ hreflang, href }) => `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`)
      .join('\n');
    for (const locale of LOCALES) {
      const lastmod = entry.lastmod[locale] ?? entry.lastmod[DEFAULT_LOCALE];
      urls.push(
        [
          '  <url>',
          `    <loc>${escapeXml(`${origin}${localePath(locale, entry.path)}`)}</loc>`,
          ...(lastmod ? [`    <lastmod>${escapeXml(lastmod)}</lastmod>`] : []),
          alternates,
          '  </url>',
        ].join('\n'),
      );
    }
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
