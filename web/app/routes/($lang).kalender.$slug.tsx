import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { ContentBlocks } from '../components/blocks-renderer';
import { EventTime } from '../components/event-list';
import { FallbackNotice, contentLangProps, useContentLang } from '../components/fallback-notice';
import { ResponsiveImg } from '../components/responsive-image';
import type { EventDetail } from '../models/event';
import { getEvent, isPast } from '../models/event.server';
import { formatEventTime } from '../utils/date-time';
import { invariantResponse, requireLocale, withCms } from '../utils/http.server';
import { getDictionary, getLocale, localePath, type Dictionary, type Locale } from '../utils/i18n';
import { metaContext, pageMeta } from '../utils/meta';
import { breadcrumbList, eventStructuredData } from '../utils/structured-data';
import { eventPath } from '../models/event';
import { Heading } from '../components/heading';
import { Fact, PageLink, TitledSection } from '../components/page-layout';

export async function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const found = await withCms(() => getEvent(locale, params.slug ?? ''));
  invariantResponse(found, 404);
  return { ...found, past: isPast(found.event, new Date()) };
}

export const meta: MetaFunction<typeof loader> = ({ data, location, matches }) => {
  const locale = getLocale(location.pathname);
  const t = getDictionary(locale).calendar;
  if (!data) return pageMeta({ title: t.calendar.metaTitle, location, matches });
  const { event } = data;
  const description = t.event.metaDescription
    .replace('{kind}', t.kinds[event.kind])
    .replace('{time}', formatEventTime(event.startsAt, event.endsAt, locale, t.time));
  const { origin, shareImageOf } = metaContext(location, matches);
  const image = shareImageOf(event.image);
  const path = eventPath(locale, event.slug);
  const canonicalPath = eventPath(event.contentLocale, event.slug);
  return pageMeta({
    title: event.title,
    description,
    location,
    matches,
    type: 'article',
    image: event.image,
    contentLocale: event.contentLocale,
    translations: [event.contentLocale, ...event.otherLocales],
    structuredData: [
      eventStructuredData({ origin, event, path: canonicalPath, image }),
      breadcrumbList({ origin, locale, section: 'calendar', title: event.title, path }),
    ],
  });
};

export default function EventPage() {
  const { event, fallback, past } = useLoaderData<typeof loader>();
  const { locale, t, lang } = useContentLang(event.contentLocale);
  const e = t.calendar.event;

  return (
    <article className="space-y-8">
      {fallback ? <FallbackNotice /> : null}
      <header className="space-y-3">
        <p className="font-semibold text-teal-900">{t.calendar.kinds[event.kind]}</p>
        <Heading level={1} {...lang}>
          {event.title}
        </Heading>
        {past ? (
          <p className="rounded-lg border-s-8 border-slate-500 bg-slate-100 px-4 py-3 font-semibold text-slate-900">
            {e.past}
          </p>
        ) : null}
      </header>

      <TitledSection id="fakta-rubrik" heading={e.factsHeading} headingClassName="sr-only" className="space-y-4 rounded-xl bg-slate-50 p-5">
        <EventFacts event={event} locale={locale} t={t} />
        <p>
          <a
            href={localePath(locale, `/kalender/${encodeURIComponent(event.slug)}.ics`)}
            type="text/calendar"
            className="link font-semibold"
            aria-describedby="ics-hint"
          >
            {e.addToCalendar}
          </a>{' '}
          <span id="ics-hint" className="text-slate-700">
            {e.addToCalendarHint}
          </span>
        </p>
      </TitledSection>

      {/* After the facts (when, where), which come first: usually below the fold, so it loads lazily. */}
      {event.image ? <ResponsiveImg image={event.image} className="rounded-lg" /> : null}

      {event.description.length > 0 ? (
        <TitledSection id="om-rubrik" heading={e.descriptionHeading} className="space-y-2">
          <ContentBlocks blocks={event.description} headingBase={3} lang={lang} />
        </TitledSection>
      ) : null}

      {event.accessibility ? (
        <TitledSection id="tillganglighet-rubrik" heading={e.accessibilityHeading} className="space-y-2">
          <p className="whitespace-pre-line" {...lang}>
            {event.accessibility}
          </p>
        </TitledSection>
      ) : null}

      <PageLink to={past ? '/kalender/arkiv' : '/kalender'}>{past ? t.calendar.archive.heading : e.backLink}</PageLink>
    </article>
  );
}

function EventFacts({ event, locale, t }: { event: EventDetail; locale: Locale; t: Dictionary }) {
  const e = t.calendar.event;
  const lang = contentLangProps(event.contentLocale, locale);
  const venue = [event.place.name, event.place.address, event.place.city].filter(
    (part): part is string => part !== null
  );
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(0,12rem)_1fr]">
      <Fact label={e.timeLabel}>
        <EventTime startsAt={event.startsAt} endsAt={event.endsAt} />
      </Fact>
      {venue.length > 0 || event.place.onlineUrl ? (
        <Fact label={e.placeLabel}>
          {venue.length > 0 ? (
            <span className="block" {...lang}>
              {venue.join(', ')}
            </span>
          ) : null}
          {event.place.onlineUrl ? (
            <span className="block">
              {e.online}:{' '}
              <a href={event.place.onlineUrl} rel="noreferrer" className="link break-words">
                {e.onlineLink}
              </a>
            </span>
          ) : null}
        </Fact>
      ) : null}
      {event.isFree || event.price ? (
        <Fact label={e.priceLabel}>{event.isFree ? e.free : <span {...lang}>{event.price}</span>}</Fact>
      ) : null}
      {event.organiser ? (
        <Fact label={e.organiserLabel}>
          <span {...lang}>{event.organiser}</span>
        </Fact>
      ) : null}
      {event.audiences.length > 0 ? (
        <Fact label={e.audiencesLabel}>
          {event.audiences.map((audience) => t.calendar.audiences[audience]).join(', ')}
        </Fact>
      ) : null}
      {event.registrationUrl ? (
        <Fact label={e.registrationLabel}>
          <a href={event.registrationUrl} rel="noreferrer" className="link break-words">
            {e.registrationLink}
          </a>
        </Fact>
      ) : null}
    </dl>
  );
}
