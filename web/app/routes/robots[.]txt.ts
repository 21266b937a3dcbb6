import type { LoaderFunctionArgs } from '@remix-run/node';
import { publicOrigin } from '../utils/env.server';

/** /robots.txt: everything may be crawled (search pages say noindex themselves); where the sitemap is. */
export function loader({ request }: LoaderFunctionArgs) {
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${publicOrigin(request)}/sitemap.xml`, ''].join('\n');
  return new Response(body, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  });
}
