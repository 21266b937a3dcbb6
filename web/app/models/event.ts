// View models of events and the calendar's filters (plain data, safe to send to the browser).
import type { Block } from '@stodportalen/shared';
import type { Locale } from '../utils/i18n';

export const EVENT_KINDS = ['lecture', 'training', 'campaign_activity', 'meeting'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The kinds as they appear in URLs (`?typ=forelasning`, `/kalender/typ/forelasning.ics`). */
export const KIND_SLUGS: Record<EventKind, string> = {
  lecture: 'forelasning',
  training: 'utbildning',
  campaign_activity: 'kampanjaktivitet',
  meeting: 'mote',
};

/** The audiences component's fields, in the order they are shown. */
export const AUDIENCES = ['youngPeople', 'adults', 'closeOnes', 'professionals', 'peopleWhoBuySex'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The audiences as they appear in URLs (`?malgrupp=unga`). */
export const AUDIENCE_SLUGS: Record<Audience, string> = {
  youngPeople: 'unga',
  adults: 'vuxna',
  closeOnes: 'narstaende',
  professionals: 'yrkesverksamma',
  peopleWhoBuySex: 'koper-sex',
};

export function kindFromSlug(slug: string | null | undefined): EventKind | null {
  return EVENT_KINDS.find((kind) => KIND_SLUGS[kind] === slug) ?? null;
}

export function audienceFromSlug(slug: string | null | undefined): Audience | null {
  return AUDIENCES.find((audience) => AUDIENCE_SLUGS[audience] === slug) ?? null;
}

export interface EventPlace {
  /** Venue name and city, e.g. "Folkets hus, Karlskoga"; null when none is given. */
  name: string | null;
  address: string | null;
  city: string | null;
  /** An http(s) address when the event is (also) online. */
  onlineUrl: string | null;
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
  audiences: Audience[];
  organiser: string | null;
  registrationUrl: string | null;
  accessibility: string | null;
  updatedAt: string | null;
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
