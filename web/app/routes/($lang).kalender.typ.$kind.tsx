// /kalender/typ/<kind>.ics (e.g. forelasning.ics): the upcoming events of one kind as an
// iCalendar feed. The `.ics` is part of the parameter; anything else is a 404.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { eventsIcsResponse, kindFromIcsName } from '../feeds/feed-routes.server';
import { notFound, requireLocale } from '../utils/http.server';

export async function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const kind = kindFromIcsName(params.kind);
  if (!kind) throw notFound();
  return eventsIcsResponse(locale, kind);
}
