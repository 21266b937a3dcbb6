import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { EventResults } from '../components/event-list';
import { getEventPage, parseEventFilters } from '../models/event.server';
import { requireLocale, withCms } from '../utils/http.server';
import { localePath, useI18n } from '../utils/i18n';
import { textMeta } from '../utils/meta';
import { PageIntro, PageLink } from '../components/page-layout';

/** Past events, the latest first, 20 a page (`?sida=`). */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const now = new Date();
  const { page } = parseEventFilters(new URL(request.url).searchParams, now);
  return withCms(() => getEventPage(locale, { kind: null, audience: null, month: null, page }, now, 'past'));
}

export const meta = textMeta((t) => t.calendar.archive);

export default function CalendarArchive() {
  const result = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const a = t.calendar.archive;

  return (
    <div className="space-y-8">
      <PageIntro heading={a.heading} lead={a.lead} />
      <EventResults result={result} path={localePath(locale, '/kalender/arkiv')} search="" empty={a.empty} headingLevel={2} />
      <PageLink to="/kalender">{a.upcomingLink}</PageLink>
    </div>
  );
}
