import { DEFAULT_BRAND_COLOUR, darkerColour } from '@stodportalen/shared';
import { getSiteSettings } from '../models/site.server';
import { IMMUTABLE_CACHE_CONTROL, RESOURCE_CACHE_CONTROL } from '../utils/cache-policy';
import { isCmsError } from '../utils/cms-error';
import { logCmsError } from '../utils/http.server';

/**
 * /tema.css: the editors' primary colour as CSS custom properties (the tokens in tailwind.css read
 * --brand and --brand-strong). A stylesheet from this origin, because the CSP (style-src 'self')
 * allows no inline style. The layout links it as `/tema.css?v=<colour>`, so a new colour is a new
 * address and the answer may be kept for a year; without `v`, an hour. The colour is checked for
 * contrast on the way in (site.server.ts), so nothing but a `#rrggbb` reaches the CSS.
 */
export async function loader({ request }: { request: Request }) {
  let colour = DEFAULT_BRAND_COLOUR;
  try {
    colour = (await getSiteSettings('sv')).primaryColor ?? DEFAULT_BRAND_COLOUR;
  } catch (error) {
    if (!isCmsError(error)) throw error;
    logCmsError(error);
  }
  const versioned = new URL(request.url).searchParams.get('v') === colour.slice(1);
  const body = `:root{--brand:${colour};--brand-strong:${darkerColour(colour)}}\n`;
  return new Response(body, {
    headers: {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': versioned ? IMMUTABLE_CACHE_CONTROL : RESOURCE_CACHE_CONTROL,
    },
  });
}
