import {
  GetPageDocument,
  ListPagesDocument,
  type GetPageQuery,
  type PageCardFragment,
} from '@stodportalen/shared/graphql';
import { toResponsiveImage } from './image';
import type { Params } from '@remix-run/react';
import { cmsRequest } from '../utils/cms.server';
import { invariantResponse, requireLocale, withCms } from '../utils/http.server';
import { localesIn, type Locale } from '../utils/i18n';
import { parseBlocks } from './blocks.server';
import { FALLBACK_LOCALE, mergeWithFallback, queryWithFallback } from './localized.server';
import { FIXED_PAGE_PATHS, isPageArea, isSlug, type CmsPage, type EasyRead, type PageArea, type PageCard, type PageView } from './page';
import { optionalText } from './cms-text';

function byOrder(a: PageCardFragment, b: PageCardFragment): number {
  return (a.order ?? 100) - (b.order ?? 100) || a.title.localeCompare(b.title, 'sv');
}

/**
 * The pages of an area in order, for the area's start page. Pages without a version in `locale`
 * are listed in Swedish (marked, so the card gets `lang="sv"`). Throws CmsError.
 */
export async function listPages(locale: Locale, area: PageArea): Promise<PageCard[]> {
  const withFallback = locale !== FALLBACK_LOCALE;
  const data = await cmsRequest(ListPagesDocument, { locale, area, withFallback });
  const present = (pages: readonly (PageCardFragment | null)[] | undefined) =>
    (pages ?? []).filter((page): page is PageCardFragment => page !== null);
  return mergeWithFallback(present(data.pages), present(data.swedish), (page) => page.documentId, byOrder).map(
    ({ item, fallback }) => ({
      id: item.documentId,
      slug: item.slug,
      title: item.title.trim(),
      summary: optionalText(item.summary),
      locale: fallback ? FALLBACK_LOCALE : locale,
      fallback,
    }),
  );
}

type RawPage = NonNullable<GetPageQuery['pages'][number]>;

export function toCmsPage(raw: RawPage, area: PageArea): CmsPage {
  return {
    slug: raw.slug,
    area: isPageArea(raw.area) ? raw.area : area,
    title: raw.title.trim(),
    summary: optionalText(raw.summary),
    image: toResponsiveImage(raw.image),
    body: parseBlocks(raw.body, `page "${raw.slug}"`),
    updatedAt: optionalText(raw.updatedAt),
    reviewedOn: optionalText(raw.reviewedOn),
    otherLocales: localesIn(raw.translations),
  };
}

/** Its own easy-read text, else the Swedish one (a translation often has none yet). */
export function toEasyRead(raw: RawPage, locale: Locale): EasyRead | null {
  const own = parseBlocks(raw.easyReadBody, `page "${raw.slug}" (easy read)`);
  if (own.length > 0) return { blocks: own, locale };
  const swedish = raw.localizations.find((localization) => localization?.locale === FALLBACK_LOCALE);
  const blocks = parseBlocks(swedish?.easyReadBody, `page "${raw.slug}" (easy read, ${FALLBACK_LOCALE})`);
  return blocks.length > 0 ? { blocks, locale: FALLBACK_LOCALE } : null;
}

/**
 * A page of an area by slug, in `locale` or else in Swedish (`fallback`); null when the area has
 * no such page. Throws CmsError.
 */
export async function getPage(locale: Locale, area: PageArea, slug: string): Promise<PageView | null> {
  const found = await queryWithFallback(locale, async (candidate) => {
    const data = await cmsRequest(GetPageDocument, { locale: candidate, slug, area });
    return data.pages.find((page) => page !== null) ?? null;
  });
  if (!found) return null;
  return {
    page: toCmsPage(found.data, area),
    locale: found.locale,
    fallback: found.fallback,
    easyRead: toEasyRead(found.data, found.locale),
  };
}

/**
 * Loader body of the about and legal routes (/om, /integritet, …): the page with the fixed slug, or
 * 404; a CMS failure is a 503.
 */
export async function loadFixedPage(
  params: Params,
  area: keyof typeof FIXED_PAGE_PATHS,
  slug: string,
): Promise<{ view: PageView }> {
  const { view } = await loadPage(params, area, slug);
  return { view: { ...view, easyRead: null } };
}

/** Loader body of an area's page (/unga/:slug, /for-personal/:slug): the page, or 404 for an unknown or malformed slug. */
export async function loadAreaPage(params: Params, area: PageArea): Promise<{ view: PageView; slug: string }> {
  requireLocale(params);
  const slug = params.slug;
  invariantResponse(isSlug(slug), 404);
  return loadPage(params, area, slug);
}

async function loadPage(params: Params, area: PageArea, slug: string): Promise<{ view: PageView; slug: string }> {
  const locale = requireLocale(params);
  const view = await withCms(() => getPage(locale, area, slug));
  invariantResponse(view, 404);
  return { view, slug };
}

/** Loader body of an area's start page (/unga, /for-personal): its pages as cards. */
export async function loadAreaPages(params: Params, area: PageArea): Promise<{ pages: PageCard[] }> {
  const locale = requireLocale(params);
  const pages = await withCms(() => listPages(locale, area));
  return { pages };
}
