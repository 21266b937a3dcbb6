import {
  CountSupportResourcesDocument,
  GetSupportResourceDocument,
  ListSupportResourceTranslationsDocument,
  ListSupportResourcesDocument,
  type SupportChannelFragment,
  type SupportResourceCardFragment,
  type SupportResourceDetailFragment,
  type SupportResourceFiltersInput,
} from '@stodportalen/shared/graphql';
import { AUDIENCE_FILTERS, AUDIENCES, CHANNEL_KINDS, SUPPORT_LEVELS, SUPPORT_SCOPES, type SupportLevel } from '@stodportalen/shared';
import { cmsRequest } from '../utils/cms.server';
import { contactHref } from '../utils/contact-href';
import { DEFAULT_LOCALE, localesIn, type Locale } from '../utils/i18n';
import { clockTime, isOpeningDay, openStatus, type OpeningHoursRule } from '../utils/opening-hours';
import { parseBlocks } from './blocks.server';
import type { SupportFilters } from './support-filters';
import {
  SUPPORT_PAGE_SIZE,
  type ContactChannel,
  type SupportDirectory,
  type SupportResource,
  type SupportResourceSummary,
} from './support';
import { optionalText } from './cms-text';

/**
 * The visitor's choices as a CMS filter: any of the chosen values within a group, every group.
 * Only fields that are the same in every locale are filtered on.
 */
export function toCmsFilters(filters: SupportFilters): SupportResourceFiltersInput {
  const and: SupportResourceFiltersInput[] = [];
  if (filters.audiences.length > 0) {
    and.push({ or: filters.audiences.map((audience) => ({ audiences: AUDIENCE_FILTERS[audience] })) });
  }
  if (filters.levels.length > 0) and.push({ level: { in: filters.levels } });
  if (filters.scopes.length > 0) and.push({ scope: { in: filters.scopes } });
  if (filters.channels.length > 0) and.push({ channels: { kind: { in: filters.channels } } });
  if (filters.anonymous) and.push({ anonymous: { eq: true } });
  return and.length > 0 ? { and } : {};
}

export type LevelSlice = { start: number; limit: number } | null;

/**
 * Which part of each level's list a page shows, when the levels follow one another (acute, then
 * targeted, then general) and each is sorted by name. Null: nothing of that level on the page.
 */
export function pageSlices(
  totals: Record<SupportLevel, number>,
  page: number,
  pageSize: number,
): Record<SupportLevel, LevelSlice> {
  const from = (page - 1) * pageSize;
  const to = from + pageSize;
  let before = 0;
  const slices: Record<SupportLevel, LevelSlice> = { acute: null, targeted: null, general: null };
  for (const level of SUPPORT_LEVELS) {
    const start = Math.max(0, from - before);
    const end = Math.min(totals[level], to - before);
    slices[level] = end > start ? { start, limit: end - start } : null;
    before += totals[level];
  }
  return slices;
}

function httpUrl(value: string | null | undefined): string | null {
  const url = optionalText(value);
  return url && /^https?:\/\/\S+$/i.test(url) ? url : null;
}

export function toChannel(raw: SupportChannelFragment, now: Date): ContactChannel | null {
  const kind = CHANNEL_KINDS.find((candidate) => candidate === raw.kind);
  const value = optionalText(raw.value);
  if (!kind || !value) return null;
  const rules: OpeningHoursRule[] = (raw.openingHours ?? []).flatMap((row) =>
    row ? [{ day: row.day, opens: row.opens, closes: row.closes }] : [],
  );
  const alwaysOpen = raw.alwaysOpen === true;
  return {
    kind,
    value,
    label: optionalText(raw.label),
    href: contactHref(kind, value),
    isFree: raw.isFree === true,
    alwaysOpen,
    hours: rules.flatMap((rule) => {
      const opens = clockTime(rule.opens);
      const closes = clockTime(rule.closes);
      return opens && closes && isOpeningDay(rule.day) ? [{ day: rule.day, opens, closes }] : [];
    }),
    hoursNote: optionalText(raw.openingHoursNote),
    status: openStatus({ alwaysOpen, hours: rules }, now),
  };
}

export function toSummary(raw: SupportResourceCardFragment, contentLocale: Locale, now: Date): SupportResourceSummary | null {
  const level = SUPPORT_LEVELS.find((candidate) => candidate === raw.level);
  const scope = SUPPORT_SCOPES.find((candidate) => candidate === raw.scope);
  const name = optionalText(raw.name);
  if (!level || !scope || !name) return null;
  return {
    id: raw.documentId,
    slug: raw.slug,
    name,
    summary: optionalText(raw.summary) ?? '',
    level,
    scope,
    anonymous: raw.anonymous === true,
    channels: (raw.channels ?? []).flatMap((channel) => {
      const mapped = channel ? toChannel(channel, now) : null;
      return mapped ? [mapped] : [];
    }),
    contentLocale,
  };
}

export function toResource(raw: SupportResourceDetailFragment, contentLocale: Locale, now: Date): SupportResource | null {
  const summary = toSummary(raw, contentLocale, now);
  if (!summary) return null;
  const audiences = raw.audiences;
  const organisationName = optionalText(raw.organisation?.name);
  return {
    ...summary,
    body: parseBlocks(raw.body, `support resource "${summary.name}"`),
    languages: optionalText(raw.languages),
    verifiedOn: optionalText(raw.verifiedOn),
    reviewedOn: optionalText(raw.reviewedOn),
    sourceUrl: httpUrl(raw.sourceUrl),
    otherLocales: localesIn(raw.translations),
    audiences: AUDIENCES.filter((audience) => audiences?.[audience] === true),
    organisation: organisationName ? { name: organisationName, website: httpUrl(raw.organisation?.website) } : null,
  };
}

const byName = new Intl.Collator('sv');

/**
 * One page of the directory: acute help first, then targeted, then general support, each by name.
 * Lists are read in Swedish (every resource is written in Swedish first, and the filtered fields
 * are the same in every locale), then the page's translations replace name and summary where they
 * exist. Throws CmsError.
 */
export async function getSupportDirectory(
  locale: Locale,
  filters: SupportFilters,
  page: number,
  now: Date,
): Promise<SupportDirectory> {
  const cmsFilters = toCmsFilters(filters);
  const counts = await cmsRequest(CountSupportResourcesDocument, { locale: DEFAULT_LOCALE, filters: cmsFilters });
  const totals: Record<SupportLevel, number> = {
    acute: counts.acute?.pageInfo.total ?? 0,
    targeted: counts.targeted?.pageInfo.total ?? 0,
    general: counts.general?.pageInfo.total ?? 0,
  };
  const total = totals.acute + totals.targeted + totals.general;
  const pageCount = Math.max(1, Math.ceil(total / SUPPORT_PAGE_SIZE));
  const shownPage = Math.min(page, pageCount);
  if (total === 0) return { resources: [], total, page: shownPage, pageCount };

  const slices = pageSlices(totals, shownPage, SUPPORT_PAGE_SIZE);
  const list = await cmsRequest(ListSupportResourcesDocument, {
    locale: DEFAULT_LOCALE,
    filters: cmsFilters,
    acuteStart: slices.acute?.start ?? 0,
    acuteLimit: slices.acute?.limit ?? 1,
    withAcute: slices.acute !== null,
    targetedStart: slices.targeted?.start ?? 0,
    targetedLimit: slices.targeted?.limit ?? 1,
    withTargeted: slices.targeted !== null,
    generalStart: slices.general?.start ?? 0,
    generalLimit: slices.general?.limit ?? 1,
    withGeneral: slices.general !== null,
  });
  // The database sorts bytes; within a page, sort as Swedish does (å, ä, ö last).
  const resources = [list.acute, list.targeted, list.general].flatMap((level) =>
    (level ?? [])
      .flatMap((raw) => {
        const mapped = raw ? toSummary(raw, DEFAULT_LOCALE, now) : null;
        return mapped ? [mapped] : [];
      })
      .sort((a, b) => byName.compare(a.name, b.name)),
  );

  if (locale === DEFAULT_LOCALE || resources.length === 0) return { resources, total, page: shownPage, pageCount };
  const translations = await cmsRequest(ListSupportResourceTranslationsDocument, {
    locale,
    documentIds: resources.map((resource) => resource.id),
  });
  const translated = new Map<string, { name: string; summary: string }>();
  for (const translation of translations.supportResources) {
    if (translation) translated.set(translation.documentId, translation);
  }
  return {
    resources: resources.map((resource) => {
      const translation = translated.get(resource.id);
      const name = optionalText(translation?.name);
      if (!translation || !name) return resource;
      return { ...resource, name, summary: optionalText(translation.summary) ?? '', contentLocale: locale };
    }),
    total,
    page: shownPage,
    pageCount,
  };
}

/** A resource by slug, in Swedish when it has no translation; null when there is none. Throws CmsError. */
export async function getSupportResource(locale: Locale, slug: string, now: Date): Promise<SupportResource | null> {
  if (slug.length > 200) return null;
  const withFallback = locale !== DEFAULT_LOCALE;
  const data = await cmsRequest(GetSupportResourceDocument, {
    locale,
    slug,
    fallbackLocale: DEFAULT_LOCALE,
    withFallback,
  });
  const own = data.supportResources[0];
  if (own) return toResource(own, locale, now);
  const fallback = data.fallback?.[0];
  return fallback ? toResource(fallback, DEFAULT_LOCALE, now) : null;
}
