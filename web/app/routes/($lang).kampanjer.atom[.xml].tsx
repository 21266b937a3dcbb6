// /kampanjer/atom.xml: campaigns as Atom 1.0.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { campaignsFeedResponse } from '../feeds/feed-routes.server';
import { requireLocale } from '../utils/http.server';

export async function loader({ params }: LoaderFunctionArgs) {
  return campaignsFeedResponse(requireLocale(params), 'atom');
}
