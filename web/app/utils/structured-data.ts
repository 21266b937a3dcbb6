// Structured data (schema.org as JSON-LD) for search engines. Typed with schema-dts, so a type or
// property schema.org does not have fails to compile; tests/browser/machines.spec.ts checks what the
// pages really send against the same vocabulary. Rendered by `pageMeta` as
// `<script type="application/ld+json">`: a data block, which the browser never runs (the CSP's
// `script-src 'self'` needs no nonce for it), and Remix escapes `<` in it.
import { blocksToPlainText, stockholmIsoString } from '@stodportalen/shared';
import type { Article, BreadcrumbList, Event, GovernmentOrganization, Place, Thing, VirtualLocation, WithContext } from 'schema-dts';
import { venueText, type EventDetail } from '../models/event';
import { getDictionary, localePath, type Dictionary, type Locale } from './i18n';
import { absoluteUrl, type ShareImage } from './share-image';

export type StructuredData = WithContext<Thing>;

const CONTEXT = 'https://schema.org';

/** Who publishes the portal: the municipality (the same name signs the feeds). */
function publisher(t: Dictionary) {
  return { '@type': 'GovernmentOrganization', name: t.calendar.feeds.author } as const satisfies GovernmentOrganization;
}

/** The home page: the municipality that runs the portal, and nothing it does not say itself. */
export function governmentOrganization({ origin, locale }: { origin: string; locale: Locale }): WithContext<GovernmentOrganization> {
  const t = getDictionary(locale);
  return {
    '@context': CONTEXT,
    ...publisher(t),
    url: absoluteUrl(origin, localePath(locale, '/')),
    description: t.defaultDescription,
    areaServed: { '@type': 'City', name: 'Karlskoga' },
  };
}

/** The sections a detail page sits in, for its breadcrumb trail. */
export type Section = 'young' | 'support' | 'calendar' | 'campaigns' | 'staff' | 'plan';

const SECTION_PATHS: Record<Section, string> = {
  young: '/unga',
  support: '/stod',
  calendar: '/kalender',
  campaigns: '/kampanjer',
  staff: '/for-personal',
  plan: '/handlingsplan',
};

function sectionName(t: Dictionary, section: Section): string {
  return section === 'campaigns' ? t.calendar.campaigns.heading : t.nav[section];
}

/** Home › section › this page, as the menu names them. */
export function breadcrumbList({ origin, locale, section, title, path }: { origin: string; locale: Locale; section: Section; title: string; path: string }): WithContext<BreadcrumbList> {
  const t = getDictionary(locale);
  const crumbs = [
    { name: t.nav.home, path: localePath(locale, '/') },
    { name: sectionName(t, section), path: localePath(locale, SECTION_PATHS[section]) },
    { name: title, path },
  ];
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: absoluteUrl(origin, crumb.path) })),
  };
}

/** A text page (a page of the plan, a guide, a campaign). */
export function article({
  origin,
  locale,
  headline,
  description,
  path,
  contentLocale,
  modified,
  image,
}: {
  origin: string;
  locale: Locale;
  headline: string;
  description: string | null;
  path: string;
  contentLocale: Locale;
  modified: string | null;
  image: ShareImage;
}): WithContext<Article> {
  const t = getDictionary(locale);
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: headline.slice(0, 110),
    ...(description ? { description } : {}),
    url: absoluteUrl(origin, path),
    mainEntityOfPage: absoluteUrl(origin, path),
    inLanguage: contentLocale,
    ...(modified ? { dateModified: modified } : {}),
    image: image.url,
    author: publisher(t),
    publisher: publisher(t),
  };
}

/**
 * An event: its times in Stockholm's zone with the offset in force, its venue and/or online
 * address, its organiser when the CMS names one. The content model has no cancelled or postponed
 * state, so a published event is `EventScheduled`.
 */
export function eventStructuredData({ origin, event, path, image }: { origin: string; event: EventDetail; path: string; image: ShareImage }): WithContext<Event> {
  const venue = venueText(event.place);
  const place = venue
    ? ({
        '@type': 'Place',
        name: event.place.name ?? venue,
        address: {
          '@type': 'PostalAddress',
          ...(event.place.address ? { streetAddress: event.place.address } : {}),
          ...(event.place.city ? { addressLocality: event.place.city } : {}),
          ...(!event.place.address && !event.place.city ? { name: venue } : {}),
        },
      } as const satisfies Place)
    : null;
  const online = event.place.onlineUrl ? ({ '@type': 'VirtualLocation', url: event.place.onlineUrl } as const satisfies VirtualLocation) : null;
  const locations = [place, online].filter((location) => location !== null);
  const mode = place && online ? 'MixedEventAttendanceMode' : online ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode';
  const description = blocksToPlainText(event.description).trim();
  const end = event.endsAt && new Date(event.endsAt).getTime() > new Date(event.startsAt).getTime() ? event.endsAt : null;
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: event.title,
    url: absoluteUrl(origin, path),
    startDate: stockholmIsoString(new Date(event.startsAt)),
    ...(end ? { endDate: stockholmIsoString(new Date(end)) } : {}),
    eventStatus: `${CONTEXT}/EventScheduled`,
    eventAttendanceMode: `${CONTEXT}/${mode}`,
    ...(locations.length === 1 ? { location: locations[0] } : locations.length > 1 ? { location: locations } : {}),
    ...(description ? { description } : {}),
    image: image.url,
    inLanguage: event.contentLocale,
    ...(event.organiser ? { organizer: { '@type': 'Organization', name: event.organiser } } : {}),
    ...(event.isFree ? { isAccessibleForFree: true } : {}),
    ...(event.registrationUrl ? { offers: { '@type': 'Offer', url: event.registrationUrl } } : {}),
  };
}
