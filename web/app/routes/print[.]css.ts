import { publicOrigin } from '../utils/env.server';
import { RESOURCE_CACHE_CONTROL } from '../utils/cache-policy';
import { printStylesheet } from '../utils/print-links';

/**
 * /print.css: on paper, links within the site followed by their full address. Only this part of
 * the print styles needs the portal's public origin, which the built stylesheet cannot know (and
 * CSS cannot prepend it to `attr(href)` from a custom property the CSP would let us set inline).
 */
export function loader() {
  return new Response(printStylesheet(publicOrigin()), {
    headers: {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': RESOURCE_CACHE_CONTROL,
    },
  });
}
