// A list of events: title (a link to the event page), kind, time, place, price.
import { Link } from './site-link';
import type { EventCard, EventPage, EventPlace } from '../models/event';
import { formatEventTime, isoDateTime } from '../utils/date-time';
import { localePath, useI18n, type Dictionary, type Locale } from '../utils/i18n';
import { FallbackBadge, contentLangProps } from './fallback-notice';
import { Heading } from './heading';
import { Pagination } from './pagination';

/** `<time>` with the Swedish/English wording and a machine-readable start. */
export function EventTime({ startsAt, endsAt }: { startsAt: string; endsAt: string | null }) {
  const { locale, t } = useI18n();
  return <time dateTime={isoDateTime(startsAt)}>{formatEventTime(startsAt, endsAt, locale, t.calendar.time)}</time>;
}

/** Venue and city, or "Digitalt" for an event only online; null when nothing is known. */
export function placeSummary(place: EventPlace, t: Dictionary): string | null {
  const venue = [place.name, place.city].filter((part): part is string => part !== null).join(', ');
  if (venue) return venue;
  return place.onlineUrl ? t.calendar.calendar.online : null;
}

export function EventList({
  events,
  headingLevel: level = 3,
  compact = false,
}: {
  events: readonly EventCard[];
  /** The level of each event's title. */
  headingLevel?: number;
  /** Only time and place (the home page). */
  compact?: boolean;
}) {
  const { locale, t } = useI18n();
  return (
    <ul className={compact ? 'space-y-6' : 'grid grid-cols-1 gap-x-10 gap-y-6 xl:grid-cols-2'}>
      {events.map((event) => (
        <li key={event.id} className="border-s-4 border-brand ps-4">
          <Heading level={level}>
            <Link
              to={eventHref(locale, event.slug)}
              className="link"
              {...contentLangProps(event.contentLocale, locale)}
            >
              {event.title}
            </Link>
          </Heading>
          {event.contentLocale !== locale ? <FallbackBadge className="mt-1" /> : null}
          <EventFacts event={event} locale={locale} t={t} compact={compact} />
        </li>
      ))}
    </ul>
  );
}

function EventFacts({
  event,
  locale,
  t,
  compact,
}: {
  event: EventCard;
  locale: Locale;
  t: Dictionary;
  compact: boolean;
}) {
  const c = t.calendar.calendar;
  const place = placeSummary(event.place, t);
  const price = event.isFree ? c.free : event.price;
  return (
    <dl className="mt-2 space-y-1">
      {!compact ? (
        <div>
          <dt className="inline font-semibold text-slate-900">{c.kindLabelShort}: </dt>
          <dd className="inline">{t.calendar.kinds[event.kind]}</dd>
        </div>
      ) : null}
      <div>
        <dt className="inline font-semibold text-slate-900">{c.timeLabel}: </dt>
        <dd className="inline">
          <EventTime startsAt={event.startsAt} endsAt={event.endsAt} />
        </dd>
      </div>
      {place ? (
        <div>
          <dt className="inline font-semibold text-slate-900">{c.placeLabel}: </dt>
          <dd className="inline" {...(place === c.online ? {} : contentLangProps(event.contentLocale, locale))}>
            {place}
          </dd>
        </div>
      ) : null}
      {price && !compact ? (
        <div>
          <dt className="inline font-semibold text-slate-900">{c.priceLabel}: </dt>
          <dd className="inline" {...(event.isFree ? {} : contentLangProps(event.contentLocale, locale))}>
            {price}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/**
 * One page of a calendar listing with its page links: the events, or on a page past the last one a
 * link back to the first, or `empty` when there are none at all.
 */
export function EventResults({
  result: { events, total, page, pageCount },
  path,
  search,
  empty,
  headingLevel,
}: {
  result: EventPage;
  /** The listing's path (with locale) and its filters as a query string ('' for none). */
  path: string;
  search: string;
  empty: string;
  headingLevel?: number;
}) {
  const { t } = useI18n();
  return (
    <>
      {events.length > 0 ? (
        <EventList events={events} headingLevel={headingLevel} />
      ) : total > 0 ? (
        <p>
          <Link to={search ? `${path}?${search}` : path} className="link">
            {t.calendar.pagination.beyond}
          </Link>
        </p>
      ) : (
        <p>{empty}</p>
      )}
      <Pagination path={path} search={search} page={page} pageCount={pageCount} />
    </>
  );
}

export function eventHref(locale: Locale, slug: string): string {
  return localePath(locale, `/kalender/${encodeURIComponent(slug)}`);
}
