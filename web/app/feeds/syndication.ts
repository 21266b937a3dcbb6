// RSS 2.0 and Atom 1.0 documents for the calendar and the campaigns. Every URL is absolute.
// An event's own time and place go in the RSS event module's elements (`ev:startdate`,
// `ev:enddate`, `ev:location`, http://purl.org/rss/1.0/modules/event/), in both formats, beside the
// entry's publication and change times: a reader sorts by when it was published, a calendar-minded
// one can still see when it happens.
import { stockholmIsoString } from '@stodportalen/shared';
import { element, renderXmlDocument } from './xml';

const EVENT_MODULE = 'http://purl.org/rss/1.0/modules/event/';

/** When and where an event happens (ISO 8601 instants). */
export interface FeedEvent {
  startsAt: string;
  endsAt: string | null;
  location: string | null;
}

export interface FeedEntry {
  /** Absolute URL of the page; also the entry's permanent id. */
  url: string;
  title: string;
  /** Plain text. */
  summary: string;
  /** When the entry was last changed (ISO 8601). */
  updated: string;
  /** When it was published (ISO 8601); the change time when unknown. */
  published?: string | null;
  /** For an event: when and where it happens. */
  event?: FeedEvent | null;
  /** The entry's language when it differs from the feed's (an untranslated text); Atom only. */
  language?: string;
}

export interface Feed {
  title: string;
  description: string;
  /** `sv` or `en`. */
  language: string;
  /** Absolute URL of the page the feed mirrors. */
  pageUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** Who publishes it (Atom needs an author). */
  author: string;
  entries: FeedEntry[];
  /** Used for `updated` when there are no entries. */
  now: Date;
}

function validDate(value: string, fallback: Date): Date {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? fallback : date;
}

/** The event module's elements of an entry (nothing for an entry that is no event). */
function eventElements(event: FeedEvent | null | undefined, fallback: Date) {
  if (!event) return [];
  const start = validDate(event.startsAt, fallback);
  const end = event.endsAt ? validDate(event.endsAt, fallback) : null;
  return [
    element('ev:startdate', {}, stockholmIsoString(start)),
    ...(end && end.getTime() > start.getTime() ? [element('ev:enddate', {}, stockholmIsoString(end))] : []),
    ...(event.location ? [element('ev:location', {}, event.location)] : []),
  ];
}

function hasEvents(feed: Feed): boolean {
  return feed.entries.some((entry) => entry.event);
}

/** The latest change among the entries, or `now` for an empty feed. */
function lastUpdated(feed: Feed): Date {
  const times = feed.entries.map((entry) => validDate(entry.updated, feed.now).getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : feed.now;
}

/** RSS 2.0 with an atom:link to itself (as the RSS Advisory Board recommends). */
export function renderRss(feed: Feed): string {
  return renderXmlDocument(
    element(
      'rss',
      { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom', 'xmlns:ev': hasEvents(feed) ? EVENT_MODULE : null },
      element(
        'channel',
        {},
        element('title', {}, feed.title),
        element('link', {}, feed.pageUrl),
        element('description', {}, feed.description),
        element('language', {}, feed.language),
        // RFC 822 dates: toUTCString() gives "Tue, 15 Dec 2026 17:00:00 GMT".
        element('lastBuildDate', {}, lastUpdated(feed).toUTCString()),
        element('atom:link', { href: feed.feedUrl, rel: 'self', type: 'application/rss+xml' }),
        feed.entries.map((entry) =>
          element(
            'item',
            {},
            element('title', {}, entry.title),
            element('link', {}, entry.url),
            element('guid', { isPermaLink: 'true' }, entry.url),
            element('description', {}, entry.summary),
            element('pubDate', {}, validDate(entry.published ?? entry.updated, feed.now).toUTCString()),
            // RSS has no change date of its own; Atom's element says it (the namespace is declared).
            element('atom:updated', {}, validDate(entry.updated, feed.now).toISOString()),
            eventElements(entry.event, feed.now)
          )
        )
      )
    )
  );
}

/** Atom 1.0 (RFC 4287). */
export function renderAtom(feed: Feed): string {
  return renderXmlDocument(
    element(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xmlns:ev': hasEvents(feed) ? EVENT_MODULE : null, 'xml:lang': feed.language },
      element('id', {}, feed.feedUrl),
      element('title', {}, feed.title),
      element('subtitle', {}, feed.description),
      element('updated', {}, lastUpdated(feed).toISOString()),
      element('link', { rel: 'self', type: 'application/atom+xml', href: feed.feedUrl }),
      element('link', { rel: 'alternate', type: 'text/html', href: feed.pageUrl }),
      element('author', {}, element('name', {}, feed.author)),
      feed.entries.map((entry) =>
        element(
          'entry',
          { 'xml:lang': entry.language && entry.language !== feed.language ? entry.language : null },
          element('id', {}, entry.url),
          element('title', { type: 'text' }, entry.title),
          element('link', { rel: 'alternate', type: 'text/html', href: entry.url }),
          element('published', {}, validDate(entry.published ?? entry.updated, feed.now).toISOString()),
          element('updated', {}, validDate(entry.updated, feed.now).toISOString()),
          element('summary', { type: 'text' }, entry.summary),
          eventElements(entry.event, feed.now)
        )
      )
    )
  );
}
