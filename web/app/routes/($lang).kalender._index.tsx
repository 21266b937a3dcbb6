import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { Link } from '../components/site-link';
import { EventResults } from '../components/event-list';
import { SelectOptions } from '../components/form-fields';
import { SyndicationLinks } from '../components/feed-links';
import { AUDIENCE_SLUGS, AUDIENCES, EVENT_KIND_SLUGS, EVENT_KINDS } from '@stodportalen/shared';
import type { EventFilters } from '../models/event';
import { getEventPage, parseEventFilters } from '../models/event.server';
import { formatMonth, upcomingMonths } from '../utils/date-time';
import { requireLocale, withCms } from '../utils/http.server';
import { localePath, useI18n, type Dictionary, type Locale } from '../utils/i18n';
import { textMeta } from '../utils/meta';
import { PageIntro, PageLink, TitledSection } from '../components/page-layout';
import type { LayoutHandle } from '../utils/layout-handle';
import { LinkButton } from '../components/design-system';

/** The chosen filters as a query string (unknown parameters from the URL are dropped). */
function filterSearch(filters: EventFilters): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set('typ', EVENT_KIND_SLUGS[filters.kind]);
  if (filters.audience) params.set('malgrupp', AUDIENCE_SLUGS[filters.audience]);
  if (filters.month) params.set('manad', filters.month);
  return params.toString();
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const now = new Date();
  const filters = parseEventFilters(new URL(request.url).searchParams, now);
  const result = await withCms(() => getEventPage(locale, filters, now, 'upcoming'));
  return { result, filters, months: upcomingMonths(now), search: filterSearch(filters) };
}


/** A listing: more per screen at 1280 px (two columns beside the help aside). */
export const handle: LayoutHandle = { wide: true };

export const meta = textMeta((t) => t.calendar.calendar, { base: '/kalender', title: (t) => t.calendar.feeds.calendarTitle });

function countText(total: number, t: Dictionary): string {
  const count = t.calendar.calendar.count;
  return total === 1 ? count.one : count.other.replace('{count}', String(total));
}

export default function Calendar() {
  const { result, filters, months, search } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const c = t.calendar.calendar;
  const path = localePath(locale, '/kalender');
  const filtered = filters.kind !== null || filters.audience !== null || filters.month !== null;
  // The filters' URL parameters are Swedish in every locale.
  const selects = [
    { name: 'typ', label: c.kindLabel, all: c.allKinds, value: filters.kind ? EVENT_KIND_SLUGS[filters.kind] : '', options: EVENT_KINDS.map((kind) => ({ value: EVENT_KIND_SLUGS[kind], label: t.calendar.kinds[kind] })) },
    { name: 'malgrupp', label: c.audienceLabel, all: c.allAudiences, value: filters.audience ? AUDIENCE_SLUGS[filters.audience] : '', options: AUDIENCES.map((audience) => ({ value: AUDIENCE_SLUGS[audience], label: t.calendar.audiences[audience] })) },
    { name: 'manad', label: c.monthLabel, all: c.allMonths, value: filters.month ?? '', options: months.map((month) => ({ value: month, label: formatMonth(month, locale) })) },
  ];

  return (
    <div className="space-y-10">
      <PageIntro heading={c.heading} lead={c.lead}>
        <p>{c.submitText}</p>
        <p>
          <LinkButton to={localePath(locale, '/kalender/tipsa')}>{c.submitLink}</LinkButton>
        </p>
      </PageIntro>

      <form method="get" action={path} className="rounded-xl bg-slate-50 p-5">
        <fieldset className="space-y-4">
          <legend className="mb-2 text-2xl font-bold text-slate-900">{c.filterHeading}</legend>
          <div className="grid gap-4 sm:grid-cols-3">
            {selects.map((select) => (
              <Select key={select.name} {...select} />
            ))}
          </div>
          <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
            <button
              type="submit"
              className="min-h-11 rounded-lg bg-teal-800 px-5 font-semibold text-white hover:bg-teal-900"
            >
              {c.submit}
            </button>
            {filtered ? (
              <Link to={path} className="link">
                {c.reset}
              </Link>
            ) : null}
          </div>
        </fieldset>
      </form>

      <TitledSection id="evenemang-rubrik" heading={c.resultsHeading}>
        <p>{countText(result.total, t)}</p>
        <EventResults result={result} path={path} search={search} empty={filtered ? c.empty : c.emptyAll} />
      </TitledSection>

      <PageLink to="/kalender/arkiv">{c.archiveLink}</PageLink>

      <CalendarFeeds locale={locale} t={t} />
    </div>
  );
}

/** A filter: "all" (no value) or one of the options. The id is `filter-<name>`. */
function Select({
  name,
  label,
  value,
  all,
  options,
}: {
  name: string;
  label: string;
  value: string;
  all: string;
  options: { value: string; label: string }[];
}) {
  const id = `filter-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold text-slate-900">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        className="min-h-11 w-full rounded-lg border-2 border-slate-600 bg-white px-3 py-1 text-lg"
      >
        <SelectOptions none={all} options={options} />
      </select>
    </div>
  );
}

function CalendarFeeds({ locale, t }: { locale: Locale; t: Dictionary }) {
  const f = t.calendar.feeds;
  return (
    <TitledSection id="folj-rubrik" heading={f.heading} small className="space-y-3">
      <p>{f.text}</p>
      <ul className="list-disc space-y-2 ps-7">
        <li>
          <a href={localePath(locale, '/kalender.ics')} type="text/calendar" className="link">
            {f.icsAll}
          </a>
        </li>
        {EVENT_KINDS.map((kind) => (
          <li key={kind}>
            <a href={localePath(locale, `/kalender/typ/${EVENT_KIND_SLUGS[kind]}.ics`)} type="text/calendar" className="link">
              {f.icsKind.replace('{kind}', t.calendar.kindsPlural[kind])}
            </a>
          </li>
        ))}
        <SyndicationLinks locale={locale} base="/kalender" rss={f.rss} atom={f.atom} />
      </ul>
    </TitledSection>
  );
}
