import {
  GetEventDocument,
  ListEventsDocument,
  ListEventsForFeedDocument,
  type EventCardFragment,
  type EventDetailFragment,
  type EventFiltersInput,
} from '@stodportalen/shared/graphql';
import { toResponsiveImage } from './image';
import { AUDIENCE_FILTERS, AUDIENCES, type EventKind } from '@stodportalen/shared';
import { cmsRequest } from '../utils/cms.server';
import { monthRange, upcomingMonths } from '../utils/date-time';
import { localesIn, type Locale } from '../utils/i18n';
import { toSafeUrl } from '../utils/safe-url';
import { parseBlocks } from './blocks.server';
import {
  audienceFromSlug,
  EVENTS_PER_PAGE,
  kindFromSlug,
  type EventCard,
  type EventDetail,
  type EventFilters,
  type EventPage,
  type EventPlace,
} from './event';
import { CMS_MAX_LIMIT, localeVariables, withTranslations } from './translations.server';
import { optionalText } from './cms-text';

/** Pages beyond this are treated as page 1 (no one pages that far; keeps numbers sane). */
const MAX_PAGE = 1000;

/** Only http(s) addresses become links to an event online or to its registration. */
function webUrl(value: string | null | undefined): string | null {
  const url = value ? toSafeUrl(value) : null;
  return url?.external && /^https?:/i.test(url.href) ? url.href : null;
}

/**
 * The calendar's query string (`typ`, `malgrupp`, `manad`, `sida`) as filters. Unknown values are
 * ignored, never an error: a link someone shared keeps working when an option goes away.
 */
export function parseEventFilters(search: URLSearchParams, now: Date): EventFilters {
  const month = search.get('manad');
  const page = search.get('sida') ?? '';
  const pageNumber = /^\d{1,4}$/.test(page) ? Number(page) : 1;
  return {
    kind: kindFromSlug(search.get('typ')),
    audience: audienceFromSlug(search.get('malgrupp')),
    month: month && upcomingMonths(now).includes(month) ? month : null,
    page: pageNumber >= 1 && pageNumber <= MAX_PAGE ? pageNumber : 1,
  };
}

/** Not over yet: ends (or, without an end, starts) now or later. */
export function upcomingFilter(now: Date): EventFiltersInput {
  const iso = now.toISOString();
  return { or: [{ startsAt: { gte: iso } }, { endsAt: { gte: iso } }] };
}

/** Over: started before now and ended before now (or has no end). */
export function pastFilter(now: Date): EventFiltersInput {
  const iso = now.toISOString();
  return { and: [{ startsAt: { lt: iso } }, { or: [{ endsAt: { lt: iso } }, { endsAt: { null: true } }] }] };
}

/** The CMS filter for the upcoming events the visitor chose. */
export function calendarFilter(filters: Omit<EventFilters, 'page'>, now: Date): EventFiltersInput {
  const and: EventFiltersInput[] = [upcomingFilter(now)];
  if (filters.kind) and.push({ kind: { eq: filters.kind } });
  if (filters.audience) and.push({ audiences: AUDIENCE_FILTERS[filters.audience] });
  const range = filters.month ? monthRange(filters.month) : null;
  if (range) and.push({ startsAt: { gte: range.start.toISOString(), lt: range.end.toISOString() } });
  return { and };
}

function toPlace(raw: EventCardFragment | EventDetailFragment): EventPlace {
  const venue = raw.venue;
  return {
    name: optionalText(venue?.name),
    address: venue && 'address' in venue ? optionalText(venue.address) : null,
    city: optionalText(venue?.city),
    onlineUrl: webUrl(raw.onlineUrl),
  };
}

export function toEventCard(raw: EventCardFragment, contentLocale: Locale): EventCard {
  return {
    id: raw.documentId,
    slug: raw.slug,
    title: raw.title.trim(),
    kind: raw.kind,
    startsAt: raw.startsAt,
    endsAt: optionalText(raw.endsAt),
    place: toPlace(raw),
    isFree: raw.isFree === true,
    price: optionalText(raw.price),
    contentLocale,
  };
}

export function toEventDetail(raw: EventDetailFragment, contentLocale: Locale): EventDetail {
  const audiences = raw.audiences;
  return {
    ...toEventCard(raw, contentLocale),
    description: parseBlocks(raw.description, `event "${raw.slug}"`),
    image: toResponsiveImage(raw.image),
    audiences: audiences ? AUDIENCES.filter((audience) => audiences[audience] === true) : [],
    organiser: optionalText(raw.organiser?.name) ?? optionalText(raw.organiserName),
    registrationUrl: webUrl(raw.registrationUrl),
    accessibility: optionalText(raw.accessibility),
    updatedAt: optionalText(raw.updatedAt),
    publishedAt: optionalText(raw.publishedAt),
    otherLocales: localesIn(raw.translations),
  };
}

/**
 * "Now" for the calendar's filters, rounded down to the minute: the same filter for every request
 * in a minute, so the read model answers it from its selection cache instead of scanning every
 * event (execute.server.ts). Pages are cached for a minute anyway (PAGE_LIFETIME).
 */
export function filterMinute(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
}

/**
 * A page of upcoming events (soonest first) or of past ones (newest first). Throws CmsError.
 */
export async function getEventPage(
  locale: Locale,
  filters: EventFilters,
  now: Date,
  scope: 'upcoming' | 'past'
): Promise<EventPage> {
  const data = await cmsRequest(ListEventsDocument, {
    ...localeVariables(locale),
    filters: scope === 'upcoming' ? calendarFilter(filters, filterMinute(now)) : pastFilter(filterMinute(now)),
    sort: scope === 'upcoming' ? ['startsAt:asc', 'documentId:asc'] : ['startsAt:desc', 'documentId:asc'],
    page: filters.page,
    pageSize: EVENTS_PER_PAGE,
    translationLimit: Math.min(filters.page * EVENTS_PER_PAGE, CMS_MAX_LIMIT),
  });
  const pageInfo = data.events_connection?.pageInfo;
  return {
    events: withTranslations(data.events, data.translations, locale).map(({ item, contentLocale }) =>
      toEventCard(item, contentLocale)
    ),
    total: pageInfo?.total ?? 0,
    page: filters.page,
    pageCount: pageInfo?.pageCount ?? 0,
  };
}

/** Upcoming events for the feeds and .ics files, soonest first (at most 100). Throws CmsError. */
export async function getFeedEvents(locale: Locale, kind: EventKind | null, now: Date): Promise<EventDetail[]> {
  const data = await cmsRequest(ListEventsForFeedDocument, {
    ...localeVariables(locale),
    filters: calendarFilter({ kind, audience: null, month: null }, filterMinute(now)),
    limit: CMS_MAX_LIMIT,
  });
  return withTranslations(data.events, data.translations, locale).map(({ item, contentLocale }) =>
    toEventDetail(item, contentLocale)
  );
}

/**
 * One event by its slug, in the locale or else in Swedish (`fallback`); null when there is none.
 * Throws CmsError.
 */
export async function getEvent(
  locale: Locale,
  slug: string
): Promise<{ event: EventDetail; fallback: boolean } | null> {
  if (slug.length === 0 || slug.length > 250) return null;
  const variables = localeVariables(locale);
  const data = await cmsRequest(GetEventDocument, { ...variables, slug });
  const own = data.events.find((event) => event !== null);
  if (own) return { event: toEventDetail(own, locale), fallback: false };
  const fallback = data.fallback?.find((event) => event !== null);
  return fallback ? { event: toEventDetail(fallback, variables.baseLocale), fallback: true } : null;
}

/** Whether an event is over (ended, or started without an end, before now). */
export function isPast(event: Pick<EventCard, 'startsAt' | 'endsAt'>, now: Date): boolean {
  const last = new Date(event.endsAt ?? event.startsAt).getTime();
  return !Number.isNaN(last) && last < now.getTime();
}
