// /kalender/rss.xml: upcoming events as RSS 2.0.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { eventsFeedResponse } from '../feeds/feed-routes.server';
import { requireLocale } from '../utils/http.server';

export async function loader({ params }: LoaderFunctionArgs) {
  return eventsFeedResponse(requireLocale(params), 'rss');
}
