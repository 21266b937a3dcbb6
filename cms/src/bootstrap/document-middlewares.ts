import type { Core, UID } from '@strapi/strapi';
import { slugify } from '@stodportalen/shared';
import { claimSlug } from '../shared-state/claims';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
const WRITE_ACTIONS = new Set(['create', 'update']);

/**
 * True while the Document Service runs for a request on the content API (REST `/api` or GraphQL).
 * The one exception is the draft preview (api/preview), which sets `state.draftPreview` only after
 * checking its preview token (src/preview.ts).
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
 * The admin fills a new document's uid field before anything is typed, with the content type's
 * name (`campaign`, `event`, `campaign-2`, …). Such a slug is a placeholder, not an editor's choice.
 */
export function isPlaceholderSlug(slug: unknown, modelName: string): boolean {
  return typeof slug === 'string' && new RegExp(`^${modelName}(-\\d+)?$`).test(slug);
}

/**
 * uid fields are filled by the admin UI only, and there with the placeholder above. Content
 * created or saved any other way (admin, seed, REST, GraphQL, partner submissions) gets its slug
 * from the target field here, in Swedish transliteration (shared `slugify`: å, ä → a, ö → o),
 * unique per locale. A slug an editor typed is kept.
 */
export function registerSlugFill(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action) || !context.uid.startsWith('api::')) return next();
    const attributes: Record<string, unknown> = context.contentType.attributes;
    const slugAttribute = attributes.slug as { type?: string; targetField?: string } | undefined;
    const params = context.params as { data?: Record<string, unknown>; locale?: string; documentId?: string };
    const data = params.data;
    if (slugAttribute?.type !== 'uid' || !slugAttribute.targetField || !data) return next();
    const source = data[slugAttribute.targetField];
    if (typeof source !== 'string' || source.trim() === '') return next();
    const base = slugify(source) || 'sida';
    const missing = typeof data.slug !== 'string' || data.slug.trim() === '';
    const placeholder = isPlaceholderSlug(data.slug, context.contentType.modelName) && !isPlaceholderSlug(base, context.contentType.modelName);
    if (missing || placeholder) {
      data.slug = await uniqueSlug(strapi, context.uid, base, params.locale, params.documentId);
    }
    return next();
  });
}

/**
 * `base`, or `base-2`, `base-3`, … when another document in the locale has it, or another CMS
 * instance is giving it to a document at this moment (a slug claim in the shared database,
 * shared-state/claims.ts: two instances can never hand out the same slug).
 */
async function uniqueSlug(strapi: Core.Strapi, uid: UID.ContentType, base: string, locale: string | undefined, documentId?: string): Promise<string> {
  const rows: { slug: string; documentId: string }[] = await strapi.db.query(uid).findMany({
    where: { slug: { $startsWith: base }, ...(locale ? { locale } : {}) },
    select: ['slug', 'documentId'],
  });
  const taken = new Set(rows.filter((row) => !documentId || row.documentId !== documentId).map((row) => row.slug));
  const own = new Set(rows.filter((row) => documentId && row.documentId === documentId).map((row) => row.slug));
  return claimSlug(strapi, { contentType: uid, locale: locale ?? '', base, taken, own });
}
