// iCalendar (RFC 5545) files for one event and for the subscribable calendar feeds, written by
// ical-generator. Times are in UTC (`DTSTART:20261215T170000Z`), which every calendar shows in its
// owner's time zone; no VTIMEZONE is needed for UTC.
import ical, { ICalCalendarMethod } from 'ical-generator';

export interface IcsEvent {
  /** The CMS documentId: with the host it makes a UID that stays when the title or slug changes. */
  id: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  /** Plain text. */
  description: string;
  /** Plain text, e.g. "Folkets hus, Storgatan 1, Karlskoga" or "Digitalt". */
  location: string | null;
  /** Absolute URL of the event page. */
  url: string;
  /** When the event was last changed: DTSTAMP and LAST-MODIFIED. */
  updatedAt: string | null;
  /** When it was published: CREATED (in the calendar's sense: when this information was made public). */
  publishedAt?: string | null;
}

export interface IcsCalendar {
  /**
   * Name and description of a calendar to subscribe to (X-WR-CALNAME, refresh hints). Null for a
   * single event's file, which calendar apps should add to a calendar of the visitor's own.
   */
  feed: { name: string; description: string } | null;
  /** Absolute URL of the calendar page. */
  url: string;
  /** Host name for UIDs (`<documentId>@<host>`). */
  host: string;
  /** Two-letter language of the texts (PRODID). */
  language: string;
  events: IcsEvent[];
  /** DTSTAMP for events without a change date. */
  now: Date;
}

function validDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A UID that stays the same for the event whatever its title, slug or time. */
export function eventUid(id: string, host: string): string {
  return `${id}@${host}`;
}

export function renderIcs(calendar: IcsCalendar): string {
  const cal = ical({
    url: calendar.url,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'Karlskoga kommun', product: 'Stödportalen', language: calendar.language.toUpperCase() },
    ...(calendar.feed
      ? // Calendar apps that subscribe may refresh once an hour.
        { name: calendar.feed.name, description: calendar.feed.description, ttl: 60 * 60 }
      : {}),
  });
  for (const event of calendar.events) {
    const start = validDate(event.startsAt);
    if (!start) continue;
    const end = validDate(event.endsAt);
    const changed = validDate(event.updatedAt);
    cal.createEvent({
      id: eventUid(event.id, calendar.host),
      stamp: changed ?? calendar.now,
      lastModified: changed,
      created: validDate(event.publishedAt),
      start,
      // An end before the start (an editor's slip) would make the file invalid: leave it out.
      end: end && end.getTime() > start.getTime() ? end : null,
      summary: event.title,
      description: event.description,
      location: event.location,
      url: event.url,
    });
  }
  return cal.toString();
}
