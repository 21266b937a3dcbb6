import { publicOrigin } from '../utils/env.server';
import { RESOURCE_CACHE_CONTROL } from '../utils/cache-policy';

/** /robots.txt: everything may be crawled (search pages say noindex themselves); where the sitemap is. */
export function loader() {
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${publicOrigin()}/sitemap.xml`, ''].join('\n');
  return new Response(body, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': RESOURCE_CACHE_CONTROL,
    },
  });
}
