// /kalender.ics: every upcoming event as an iCalendar feed to subscribe to.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { eventsIcsResponse } from '../feeds/feed-routes.server';
import { requireLocale } from '../utils/http.server';

export async function loader({ params }: LoaderFunctionArgs) {
  return eventsIcsResponse(requireLocale(params), null);
}
