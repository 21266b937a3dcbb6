import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EventList } from '../components/event-list';
import { Pagination } from '../components/pagination';
import { getEventPage, parseEventFilters } from '../models/event.server';
import { requireLocale, withCms } from '../utils/http.server';
import { getDictionary, getLocale, localePath, useI18n } from '../utils/i18n';
import { pageMeta } from '../utils/meta';
import { Heading } from '../components/heading';

/** Past events, the latest first, 20 a page (`?sida=`). */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const now = new Date();
  const { page } = parseEventFilters(new URL(request.url).searchParams, now);
  return withCms(() => getEventPage(locale, { kind: null, audience: null, month: null, page }, now, 'past'));
}

export const meta: MetaFunction<typeof loader> = ({ location, matches }) => {
  const t = getDictionary(getLocale(location.pathname)).kalender;
  return pageMeta({ title: t.archive.metaTitle, description: t.archive.metaDescription, location, matches });
};

export default function CalendarArchive() {
  const { events, total, page, pageCount } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const a = t.kalender.archive;
  const path = localePath(locale, '/kalender/arkiv');

  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <Heading level={1}>{a.heading}</Heading>
        <p className="text-xl">{a.lead}</p>
      </div>
      {events.length > 0 ? (
        <EventList events={events} headingLevel={2} />
      ) : total > 0 ? (
        <p>
          <Link to={path} className="link">
            {t.kalender.pagination.beyond}
          </Link>
        </p>
      ) : (
        <p>{a.empty}</p>
      )}
      <Pagination path={path} search="" page={page} pageCount={pageCount} />
      <p>
        <Link to={localePath(locale, '/kalender')} className="link font-semibold">
          {a.upcomingLink}
        </Link>
      </p>
    </div>
  );
}
