// /kalender/<slug>.ics: one event's calendar file. server/main.ts sends that path here, because Remix
// cannot match `<slug>.ics` next to the event page `/kalender/<slug>`.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { eventIcsResponse } from '../feeds/feed-routes.server';
import { requireLocale } from '../utils/http.server';

export async function loader({ params }: LoaderFunctionArgs) {
  return eventIcsResponse(requireLocale(params), params.slug ?? '');
}
