import type { Core } from '@strapi/strapi';
import { SHARED_HEADERS } from '@stodportalen/shared';
import { PREVIEW_TYPES, isPreviewType, previewAllowed } from '../../../preview';

type Context = {
  params: { type?: string; documentId?: string };
  query: { locale?: unknown };
  request: { get(name: string): string };
  state: Record<string, unknown>;
  status: number;
  body: unknown;
};

type LinkedEvent = { documentId?: unknown };

function notFound(ctx: Context): void {
  ctx.status = 404;
  ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } };
}

/**
 * GET /api/previews/:type/:documentId?locale=sv — the draft version of a document, public fields
 * only. The one content-API read that may see drafts: after the preview token (X-Preview-Token,
 * signed by the admin for exactly this document and locale; src/preview.ts) is checked,
 * `ctx.state.draftPreview` tells the published-only rule (bootstrap/document-middlewares.ts) to
 * let this request through. A wrong, expired or other document's token looks like a missing page (404).
 *
 * A campaign's events are those linked in its draft; each says whether it is published, since only
 * published events show on the campaign's page (publishing a campaign does not publish its events).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: Context) {
    const { type = '', documentId = '' } = ctx.params;
    const locale = typeof ctx.query.locale === 'string' && /^[a-z]{2}(-[A-Z]{2})?$/.test(ctx.query.locale) ? ctx.query.locale : 'sv';
    if (!isPreviewType(type) || !/^[a-z0-9]{1,64}$/.test(documentId)) {
      notFound(ctx);
      return;
    }
    if (!(await previewAllowed(ctx.request.get(SHARED_HEADERS.previewToken), { type, documentId, locale }))) {
      notFound(ctx);
      return;
    }
    const spec = PREVIEW_TYPES[type];
    ctx.state.draftPreview = true;
    const document: Record<string, unknown> | null = await strapi.documents(spec.uid).findOne({
      documentId,
      locale,
      status: 'draft',
      fields: [...spec.fields],
      populate: spec.populate,
      // spec.uid is a union of three types; the generated types take only fields all of them have.
    } as never);
    if (!document) {
      notFound(ctx);
      return;
    }
    const data: Record<string, unknown> = { documentId, locale, type };
    for (const field of [...spec.fields, ...Object.keys(spec.populate)]) data[field] = document[field] ?? null;
    if (type === 'campaign' && Array.isArray(document.events)) data.events = await markPublished(strapi, document.events, locale);
    ctx.status = 200;
    ctx.body = { data };
  },
});

/** The linked events, each with `published`: whether a published version exists in this locale. */
async function markPublished(strapi: Core.Strapi, events: LinkedEvent[], locale: string): Promise<unknown[]> {
  const ids = events.map((event) => event.documentId).filter((id): id is string => typeof id === 'string');
  if (ids.length === 0) return [];
  const published = await strapi.documents('api::event.event').findMany({
    filters: { documentId: { $in: ids } },
    locale,
    status: 'published',
    fields: ['documentId'],
    limit: ids.length,
  });
  const publishedIds = new Set(published.map((event) => event.documentId));
  return events.map((event) => ({ ...event, published: typeof event.documentId === 'string' && publishedIds.has(event.documentId) }));
}
