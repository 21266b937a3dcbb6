// What the feed and calendar-file routes answer. The routes are one-liners over these.
import { getCampaigns } from '../models/campaign.server';
import { EVENT_KIND_SLUGS, type EventKind } from '@stodportalen/shared';
import { kindFromSlug } from '../models/event';
import { getEvent, getFeedEvents } from '../models/event.server';
import { publicOrigin } from '../utils/env.server';
import { notFound, withCms } from '../utils/http.server';
import { getDictionary, localePath, type Locale } from '../utils/i18n';
import { campaignFeedEntry, eventFeedEntry, eventPath, icsEvent } from './calendar-feeds.server';
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
  const t = getDictionary(locale).kalender;
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

/** Upcoming events as RSS or Atom. */
export async function eventsFeedResponse(locale: Locale, format: FeedFormat): Promise<Response> {
  const now = new Date();
  const t = getDictionary(locale).kalender;
  const events = await withCms(() => getFeedEvents(locale, null, now));
  const origin = publicOrigin();
  return render(
    {
      title: t.feeds.calendarTitle,
      description: t.feeds.calendarDescription,
      language: locale,
      pageUrl: `${origin}${localePath(locale, '/kalender')}`,
      feedUrl: `${origin}${feedPath(locale, '/kalender', format)}`,
      author: t.feeds.author,
      entries: events.map((event) => eventFeedEntry(event, locale, origin, now)),
      now,
    },
    format
  );
}

/** Campaigns (current, upcoming, then past) as RSS or Atom. */
export async function campaignsFeedResponse(locale: Locale, format: FeedFormat): Promise<Response> {
  const now = new Date();
  const t = getDictionary(locale).kalender;
  const { groups } = await withCms(() => getCampaigns(locale, now));
  const origin = publicOrigin();
  return render(
    {
      title: t.feeds.campaignsTitle,
      description: t.feeds.campaignsDescription,
      language: locale,
      pageUrl: `${origin}${localePath(locale, '/kampanjer')}`,
      feedUrl: `${origin}${feedPath(locale, '/kampanjer', format)}`,
      author: t.feeds.author,
      entries: [...groups.current, ...groups.upcoming, ...groups.past].map((campaign) =>
        campaignFeedEntry(campaign, locale, origin, now)
      ),
      now,
    },
    format
  );
}

/** `forelasning.ics` → the kind; anything else → null (404). */
export function kindFromIcsName(name: string | undefined): EventKind | null {
  const match = /^([a-z-]+)\.ics$/.exec(name ?? '');
  return kindFromSlug(match?.[1]);
}
