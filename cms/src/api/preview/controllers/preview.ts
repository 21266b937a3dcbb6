import type { Core } from '@strapi/strapi';
import { SHARED_HEADERS } from '@stodportalen/shared';
import { PREVIEW_TYPES, isPreviewType, matchesPreviewSecret } from '../../../preview';

type Context = {
  params: { type?: string; documentId?: string };
  query: { locale?: unknown };
  request: { get(name: string): string };
  state: Record<string, unknown>;
  status: number;
  body: unknown;
};

function notFound(ctx: Context): void {
  ctx.status = 404;
  ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } };
}

/**
 * GET /api/previews/:type/:documentId?locale=sv — the draft version of a document, public fields
 * only. The one content-API read that may see drafts: after the secret is checked,
 * `ctx.state.draftPreview` tells the published-only rule (bootstrap/document-middlewares.ts) to
 * let this request through. A wrong or missing secret looks like a missing page (404).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: Context) {
    const { type = '', documentId = '' } = ctx.params;
    const locale = typeof ctx.query.locale === 'string' && /^[a-z]{2}(-[A-Z]{2})?$/.test(ctx.query.locale) ? ctx.query.locale : 'sv';
    if (!matchesPreviewSecret(ctx.request.get(SHARED_HEADERS.previewSecret)) || !isPreviewType(type) || !/^[a-z0-9]{1,64}$/.test(documentId)) {
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
    ctx.status = 200;
    ctx.body = { data };
  },
});
