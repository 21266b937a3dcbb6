// /kampanjer/rss.xml: campaigns as RSS 2.0.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { campaignsFeedResponse } from '../feeds/feed-routes.server';
import { requireLocale } from '../utils/http.server';

export async function loader({ params }: LoaderFunctionArgs) {
  return campaignsFeedResponse(requireLocale(params), 'rss');
}
