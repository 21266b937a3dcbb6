// RSS 2.0 and Atom 1.0 documents for the calendar and the campaigns. Every URL is absolute.
import { element, renderXmlDocument } from './xml';

export interface FeedEntry {
  /** Absolute URL of the page; also the entry's permanent id. */
  url: string;
  title: string;
  /** Plain text. */
  summary: string;
  /** When the entry was last changed (ISO 8601). */
  updated: string;
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
      { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom' },
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
            element('pubDate', {}, validDate(entry.updated, feed.now).toUTCString())
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
      { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.language },
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
          element('updated', {}, validDate(entry.updated, feed.now).toISOString()),
          element('summary', { type: 'text' }, entry.summary)
        )
      )
    )
  );
}
