// What the feed and calendar-file routes answer. The routes are one-liners over these.
import { getCampaigns } from '../models/campaign.server';
import { EVENT_KIND_SLUGS, type EventKind } from '@stodportalen/shared';
import { eventPath, kindFromSlug } from '../models/event';
import { getEvent, getFeedEvents } from '../models/event.server';
import { publicOrigin } from '../utils/env.server';
import { notFound, withCms } from '../utils/http.server';
import { getDictionary, localePath, type Locale } from '../utils/i18n';
import { campaignFeedEntry, eventFeedEntry, icsEvent } from './calendar-feeds.server';
import { renderIcs } from './ical.server';
import { CONTENT_TYPES, feedResponse } from './responses.server';
import { renderAtom, renderRss, type Feed } from './syndication';

export type FeedFormat = 'rss' | 'atom';

function feedPath(locale: Locale, base: string, format: FeedFormat): string {
  return localePath(locale, `${base}/${format === 'rss' ? 'rss' : 'atom'}.xml`);
}

function render(feed: Feed, format: FeedFormat): Response {
  return feedResponse(format === 'rss' ? renderRss(feed) : renderAtom(feed), CONTENT_TYPES[format]);
}

/** Every upcoming event, or those of one kind, as a subscribable iCalendar feed. */
export async function eventsIcsResponse(locale: Locale, kind: EventKind | null): Promise<Response> {
  const now = new Date();
  const t = getDictionary(locale).calendar;
  const events = await withCms(() => getFeedEvents(locale, kind, now));
  const origin = publicOrigin();
  const body = renderIcs({
    feed: {
      name: kind ? t.feeds.calendarKindTitle.replace('{kind}', t.kindsPlural[kind]) : t.feeds.calendarTitle,
      description: t.feeds.calendarDescription,
    },
    url: `${origin}${localePath(locale, kind ? `/kalender?typ=${EVENT_KIND_SLUGS[kind]}` : '/kalender')}`,
    host: new URL(origin).hostname,
    language: locale,
    events: events.map((event) => icsEvent(event, locale, origin)),
    now,
  });
  return feedResponse(body, CONTENT_TYPES.ics);
}

/** One event's calendar file ("Lägg till i din kalender"); 404 for an unknown slug. */
export async function eventIcsResponse(locale: Locale, slug: string): Promise<Response> {
  const found = await withCms(() => getEvent(locale, slug));
  if (!found) throw notFound();
  const { event } = found;
  const origin = publicOrigin();
  const body = renderIcs({
    feed: null,
    url: `${origin}${eventPath(locale, event.slug)}`,
    host: new URL(origin).hostname,
    language: event.contentLocale,
    events: [icsEvent(event, locale, origin)],
    now: new Date(),
  });
  const filename = `${event.slug.replace(/[^\w.-]/g, '-') || 'evenemang'}.ics`;
  return feedResponse(body, CONTENT_TYPES.ics, { 'Content-Disposition': `attachment; filename="${filename}"` });
}

/**
 * The RSS or Atom feed of a listing page (`base`): its title and description, and the entries
 * `load` builds (it fetches them from the CMS; a failure is a 503).
 */
async function listingFeedResponse(
  locale: Locale,
  format: FeedFormat,
  base: '/kalender' | '/kampanjer',
  texts: { title: string; description: string },
  load: (origin: string, now: Date) => Promise<Feed['entries']>
): Promise<Response> {
  const now = new Date();
  const origin = publicOrigin();
  const entries = await withCms(() => load(origin, now));
  return render(
    {
      ...texts,
      language: locale,
      pageUrl: `${origin}${localePath(locale, base)}`,
      feedUrl: `${origin}${feedPath(locale, base, format)}`,
      author: getDictionary(locale).calendar.feeds.author,
      entries,
      now,
    },
    format
  );
}

/** Upcoming events as RSS or Atom. */
export function eventsFeedResponse(locale: Locale, format: FeedFormat): Promise<Response> {
  const t = getDictionary(locale).calendar.feeds;
  return listingFeedResponse(locale, format, '/kalender', { title: t.calendarTitle, description: t.calendarDescription }, async (origin, now) => {
    const events = await getFeedEvents(locale, null, now);
    return events.map((event) => eventFeedEntry(event, locale, origin, now));
  });
}

/** Campaigns (current, upcoming, then past) as RSS or Atom. */
export function campaignsFeedResponse(locale: Locale, format: FeedFormat): Promise<Response> {
  const t = getDictionary(locale).calendar.feeds;
  return listingFeedResponse(locale, format, '/kampanjer', { title: t.campaignsTitle, description: t.campaignsDescription }, async (origin, now) => {
    const { groups } = await getCampaigns(locale, now);
    return [...groups.current, ...groups.upcoming, ...groups.past].map((campaign) => campaignFeedEntry(campaign, locale, origin, now));
  });
}

/** `forelasning.ics` → the kind; anything else → null (404). */
export function kindFromIcsName(name: string | undefined): EventKind | null {
  const match = /^([a-z-]+)\.ics$/.exec(name ?? '');
  return kindFromSlug(match?.[1]);
}
