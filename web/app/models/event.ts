// View models of events and the calendar's filters (plain data, safe to send to the browser).
import {
  AUDIENCE_SLUGS,
  AUDIENCES,
  EVENT_KIND_SLUGS,
  EVENT_KINDS,
  fromSlug,
  type Audience,
  type Block,
  type EventKind,
} from '@stodportalen/shared';
import type { ResponsiveImage } from './image';
import { localePath, type Locale } from '../utils/i18n';

export function kindFromSlug(slug: string | null | undefined): EventKind | null {
  return fromSlug(EVENT_KINDS, EVENT_KIND_SLUGS, slug);
}

export function audienceFromSlug(slug: string | null | undefined): Audience | null {
  return fromSlug(AUDIENCES, AUDIENCE_SLUGS, slug);
}

export interface EventPlace {
  /** Venue name and city, e.g. "Folkets hus, Karlskoga"; null when none is given. */
  name: string | null;
  address: string | null;
  city: string | null;
  /** An http(s) address when the event is (also) online. */
  onlineUrl: string | null;
}

/** The event's page in a locale. */
export function eventPath(locale: Locale, slug: string): string {
  return localePath(locale, `/kalender/${encodeURIComponent(slug)}`);
}

/** "Folkets hus, Storgatan 1, Karlskoga"; null when no venue is given. */
export function venueText(place: EventPlace): string | null {
  const venue = [place.name, place.address, place.city].filter((part): part is string => part !== null).join(', ');
  return venue === '' ? null : venue;
}

export interface EventCard {
  id: string;
  slug: string;
  title: string;
  kind: EventKind;
  startsAt: string;
  endsAt: string | null;
  place: EventPlace;
  isFree: boolean;
  price: string | null;
  /** The language the text is in; differs from the page's when no translation exists. */
  contentLocale: Locale;
}

export interface EventDetail extends EventCard {
  description: Block[];
  /** The event's image (with alternative text), or null. */
  image: ResponsiveImage | null;
  audiences: Audience[];
  organiser: string | null;
  registrationUrl: string | null;
  accessibility: string | null;
  updatedAt: string | null;
  /** When the event was (last) published; null when unknown. */
  publishedAt: string | null;
  /** The other locales the event is written in (hreflang alternates). */
  otherLocales: Locale[];
}

/** The calendar's filters after validation: anything unknown is dropped (null). */
export interface EventFilters {
  kind: EventKind | null;
  audience: Audience | null;
  /** `YYYY-MM`. */
  month: string | null;
  page: number;
}

export interface EventPage {
  events: EventCard[];
  total: number;
  page: number;
  pageCount: number;
}

export const EVENTS_PER_PAGE = 20;
