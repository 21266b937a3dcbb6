import { ListSitemapEntriesDocument, type ListSitemapEntriesQuery } from '@stodportalen/shared/graphql';
import { cmsRequest } from '../utils/cms.server';
import { DEFAULT_LOCALE, LOCALES, localePath, type Locale } from '../utils/i18n';
import { isPageArea, pagePath } from './page';

/**
 * A page of the site in the locales its content is written in. The routes show Swedish where a
 * translation is missing, but such a page points to the Swedish one (canonical), so the sitemap
 * neither lists it nor names it as an alternate.
 */
export interface SitemapEntry {
  /** Without the locale prefix, e.g. `/stod/kvinnofridslinjen`. */
  path: string;
  /** When the content last changed, per locale (ISO); missing when unknown. */
  lastmod: Partial<Record<Locale, string>>;
  /** The locales the page exists in; default: all (pages whose text is in the locale files). */
  locales?: readonly Locale[];
}

/**
 * Listing pages (the home page, the sections' start pages) and what each lists, by the paths of
 * the listed pages or a list the CMS answers apart (`terms`, `followUp`): their lastmod is the
 * latest change of what they list.
 */
const LISTINGS: Record<string, readonly string[]> = {
  '/': ['/kalender/', '/kampanjer/'],
  '/unga': ['/unga/'],
  '/for-personal': ['/for-personal/'],
  '/stod': ['/stod/'],
  '/kalender': ['/kalender/'],
  '/kampanjer': ['/kampanjer/'],
  '/begrepp': ['terms'],
  '/handlingsplan/uppfoljning': ['followUp'],
};

/** The CMS allows at most 100 per request; this bounds the sitemap at 5,000 documents per type. */
const MAX_PAGES = 50;

type Localizations = readonly ({ locale?: string | null; updatedAt?: string | null } | null)[];

/** Swedish (the base every document has) and the locales it is translated into. */
function localesOf(localizations: Localizations): Locale[] {
  return LOCALES.filter((locale) => locale === DEFAULT_LOCALE || localizations.some((localization) => localization?.locale === locale));
}

function lastmodOf(updatedAt: string | null | undefined, localizations: Localizations): SitemapEntry['lastmod'] {
  const lastmod: SitemapEntry['lastmod'] = {};
  if (updatedAt) lastmod[DEFAULT_LOCALE] = updatedAt;
  for (const localization of localizations) {
    const locale = LOCALES.find((candidate) => candidate === localization?.locale);
    if (locale && localization?.updatedAt) lastmod[locale] = localization.updatedAt;
  }
  return lastmod;
}

/** The plan (its follow-up is a listing: LISTINGS). */
export function planEntries(plan: ListSitemapEntriesQuery['plan']): SitemapEntry[] {
  return [{ path: '/handlingsplan', lastmod: plan ? lastmodOf(plan.updatedAt, plan.localizations) : {}, locales: plan ? localesOf(plan.localizations) : [DEFAULT_LOCALE] }];
}

/** The latest of ISO times (they sort as text when all are UTC, as Strapi writes them: compare as dates). */
function latest(times: readonly (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const time of times) {
    if (time && !Number.isNaN(Date.parse(time)) && (best === null || Date.parse(time) > Date.parse(best))) best = time;
  }
  return best;
}

/**
 * The listing pages with the latest change of what each lists (`lists`: the latest term and
 * follow-up change the CMS gave). A listing with nothing in it takes the latest change of the site.
 */
export function listingEntries(documents: readonly SitemapEntry[], lists: { terms: string | null; followUp: string | null }): SitemapEntry[] {
  const changes = (entry: SitemapEntry) => Object.values(entry.lastmod);
  const anything = latest([...documents.flatMap(changes), lists.terms, lists.followUp]);
  return Object.entries(LISTINGS).map(([path, sources]) => {
    const times = sources.flatMap((source) => {
      if (source === 'terms' || source === 'followUp') return [lists[source]];
      return documents.filter((entry) => entry.path.startsWith(source)).flatMap(changes);
    });
    const lastmod = latest(times) ?? anything;
    return { path, lastmod: lastmod ? { [DEFAULT_LOCALE]: lastmod } : {} };
  });
}

/** The entries of one page of the CMS answer (without the static pages). */
export function toSitemapEntries(data: ListSitemapEntriesQuery): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  const add = (path: string | null, updatedAt: string | null | undefined, localizations: Localizations) => {
    if (path) entries.push({ path, lastmod: lastmodOf(updatedAt, localizations), locales: localesOf(localizations) });
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

/** Every public page: the listings, the plan and each published document. Throws CmsError. */
export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = [];
  const lists = { terms: null as string | null, followUp: null as string | null };
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const data = await cmsRequest(ListSitemapEntriesDocument, { locale: DEFAULT_LOCALE, page });
    if (page === 1) {
      entries.push(...planEntries(data.plan));
      lists.terms = latest(data.latestTerm.map((term) => term?.updatedAt));
      lists.followUp = latest([...data.latestFollowUp, ...data.latestActivity].map((item) => item?.updatedAt));
    }
    entries.push(...toSitemapEntries(data));
    const pageCount = Math.max(
      data.pages_connection?.pageInfo.pageCount ?? 0,
      data.supportResources_connection?.pageInfo.pageCount ?? 0,
      data.events_connection?.pageInfo.pageCount ?? 0,
      data.campaigns_connection?.pageInfo.pageCount ?? 0,
    );
    if (page >= pageCount) break;
  }
  return [...listingEntries(entries, lists), ...entries];
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The sitemap: one <url> per page and locale it exists in, with those locales as hreflang
 * alternates (x-default: Swedish). A locale without its own lastmod takes the Swedish one.
 */
export function toSitemapXml(origin: string, entries: readonly SitemapEntry[]): string {
  const seen = new Set<string>();
  const urls: string[] = [];
  for (const entry of entries) {
    if (seen.has(entry.path)) continue;
    seen.add(entry.path);
    const locales = LOCALES.filter((locale) => (entry.locales ?? LOCALES).includes(locale));
    const alternates = [
      ...locales.map((locale) => ({ hreflang: locale, href: `${origin}${localePath(locale, entry.path)}` })),
      { hreflang: 'x-default', href: `${origin}${localePath(DEFAULT_LOCALE, entry.path)}` },
    ]
      .map(({ hreflang, href }) => `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`)
      .join('\n');
    for (const locale of locales) {
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
