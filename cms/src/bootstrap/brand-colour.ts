import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { brandColourProblem } from '@stodportalen/shared';

const WRITES = new Set(['create', 'update']);

/**
 * The site settings' primary colour must keep text readable (4.5:1, shared/src/brand-colour.ts).
 * Checked on every save, so the editor sees the message in Swedish at once; an empty field means
 * the portal's own colour.
 */
export function registerBrandColourRule(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== 'api::site.site' || !WRITES.has(context.action)) return next();
    const data = (context.params as { data?: { primaryColor?: unknown } }).data;
    const colour = data?.primaryColor;
    if (typeof colour === 'string' && colour.trim() !== '') {
      const problem = brandColourProblem(colour);
      if (problem) throw new errors.ValidationError(problem, { field: 'primaryColor' });
    }
    return next();
  });
}
