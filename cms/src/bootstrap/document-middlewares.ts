import type { Core, UID } from '@strapi/strapi';
import { slugify } from '@stodportalen/shared';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
const WRITE_ACTIONS = new Set(['create', 'update']);

/**
 * True while the Document Service runs for a request on the content API (REST `/api` or GraphQL).
 * The one exception is the draft preview (api/preview), which sets `state.draftPreview` only after
 * checking PREVIEW_SECRET.
 */
function isContentApiRequest(strapi: Core.Strapi): boolean {
  const ctx = strapi.requestContext.get();
  return ctx?.state?.route?.info?.type === 'content-api' && ctx.state.draftPreview !== true;
}

/**
 * Strapi 5 lets anyone with the `find` permission ask for drafts (`?status=draft`,
 * GraphQL `status: DRAFT`). Unpublished content must never leave the CMS through the content API,
 * so every read there is forced to the published version, whoever asks.
 */
export function registerPublishedOnlyReads(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (READ_ACTIONS.has(context.action) && isContentApiRequest(strapi)) {
      (context.params as { status?: string }).status = 'published';
    }
    return next();
  });
}

/**
 * uid fields are filled by the admin UI only. Content created any other way (seed, API,
 * partner submissions) gets its slug from the target field here, unique per locale.
 */
export function registerSlugFill(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action) || !context.uid.startsWith('api::')) return next();
    const attributes: Record<string, unknown> = context.contentType.attributes;
    const slugAttribute = attributes.slug as { type?: string; targetField?: string } | undefined;
    const params = context.params as { data?: Record<string, unknown>; locale?: string };
    const data = params.data;
    if (slugAttribute?.type !== 'uid' || !slugAttribute.targetField || !data) return next();
    const source = data[slugAttribute.targetField];
    if ((typeof data.slug !== 'string' || data.slug.trim() === '') && typeof source === 'string' && source.trim() !== '') {
      data.slug = await uniqueSlug(strapi, context.uid, slugify(source) || 'sida', params.locale);
    }
    return next();
  });
}

/** `base`, or `base-2`, `base-3`, … when another document in the locale has it. */
async function uniqueSlug(strapi: Core.Strapi, uid: UID.ContentType, base: string, locale: string | undefined): Promise<string> {
  const rows: { slug: string }[] = await strapi.db.query(uid).findMany({
    where: { slug: { $startsWith: base }, ...(locale ? { locale } : {}) },
    select: ['slug'],
  });
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
