import { listSitemapEntries, toSitemapXml } from '../models/sitemap.server';
import { publicOrigin } from '../utils/env.server';
import { withCms } from '../utils/http.server';
import { RESOURCE_CACHE_CONTROL } from '../utils/cache-policy';

/** /sitemap.xml: every public page in Swedish and English. A CMS failure is a 503 (crawlers retry). */
export async function loader() {
  const entries = await withCms(() => listSitemapEntries());
  return new Response(toSitemapXml(publicOrigin(), entries), {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': RESOURCE_CACHE_CONTROL,
    },
  });
}
