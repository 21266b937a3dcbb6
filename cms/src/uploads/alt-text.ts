import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PUBLIC_CONTENT_TYPES } from '../public-content-types';

/**
 * Images need alternative text before visitors see them. Strapi's media library uploads a file
 * first and lets the editor describe it afterwards, so the rule is checked where an image reaches
 * the public: when content is published. An image field (e.g. a campaign's image) or an image in
 * rich text (blocks) without alternative text stops the publication with a message in Swedish
 * that names the image.
 */

export interface ImageUse {
  /** Where the image is used, e.g. `image` or `sections.2.body`. */
  field: string;
  name: string;
  alternativeText: string | null | undefined;
}

/** The message the editor sees. Plain Swedish first, English after. */
export function missingAltTextMessage(images: readonly ImageUse[]): string {
  const names = images.map((image) => `"${image.name}"`).join(', ');
  return (
    `Bilden saknar alternativtext: ${names}. Skriv en kort beskrivning av vad bilden visar i fältet ` +
    `"Alternativ text" i mediebiblioteket (eller ta bort bilden) och publicera sedan igen. ` +
    `(Images need alternative text before they are published.)`
  );
}

export function hasAltText(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

type Attribute = { type: string; component?: string; multiple?: boolean; repeatable?: boolean };
type Schema = { attributes: Record<string, Attribute> };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isImageFile(value: unknown): value is { name?: unknown; mime?: unknown; alternativeText?: unknown } {
  return isRecord(value) && typeof value.mime === 'string' && value.mime.startsWith('image/');
}

/** Image nodes anywhere in a Strapi blocks value. */
function imagesInBlocks(blocks: unknown, field: string, found: ImageUse[]): void {
  if (Array.isArray(blocks)) {
    for (const block of blocks) imagesInBlocks(block, field, found);
    return;
  }
  if (!isRecord(blocks)) return;
  if (blocks.type === 'image' && isRecord(blocks.image)) {
    const image = blocks.image;
    found.push({ field, name: typeof image.name === 'string' ? image.name : typeof image.url === 'string' ? image.url : 'bild', alternativeText: typeof image.alternativeText === 'string' ? image.alternativeText : null });
  }
  if (Array.isArray(blocks.children)) imagesInBlocks(blocks.children, field, found);
}

/**
 * Every image a row uses, through media fields, blocks and components (as populated by
 * `populateFor`).
 */
export function imagesIn(row: unknown, schema: Schema, schemaOf: (uid: string) => Schema | undefined, prefix = ''): ImageUse[] {
  const found: ImageUse[] = [];
  if (!isRecord(row)) return found;
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    const value = row[name];
    const field = `${prefix}${name}`;
    if (attribute.type === 'media') {
      for (const file of Array.isArray(value) ? value : [value]) {
        if (isImageFile(file)) found.push({ field, name: typeof file.name === 'string' ? file.name : 'bild', alternativeText: typeof file.alternativeText === 'string' ? file.alternativeText : null });
      }
    } else if (attribute.type === 'blocks') {
      imagesInBlocks(value, field, found);
    } else if (attribute.type === 'component' && attribute.component) {
      const componentSchema = schemaOf(attribute.component);
      if (!componentSchema) continue;
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, index) => found.push(...imagesIn(item, componentSchema, schemaOf, `${field}.${Array.isArray(value) ? `${index}.` : ''}`)));
    }
  }
  return found;
}

/** A populate that reaches every media field inside components (blocks are plain JSON). */
export function populateFor(schema: Schema, schemaOf: (uid: string) => Schema | undefined, depth = 0): Record<string, unknown> | null {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    if (attribute.type === 'media') populate[name] = { select: ['id', 'name', 'mime', 'alternativeText'] };
    if (attribute.type === 'component' && attribute.component && depth < 4) {
      const componentSchema = schemaOf(attribute.component);
      if (!componentSchema) continue;
      const inner = populateFor(componentSchema, schemaOf, depth + 1);
      const hasContent = Object.values(componentSchema.attributes).some((a) => a.type === 'blocks' || a.type === 'media' || a.type === 'component');
      if (inner || hasContent) populate[name] = inner ? { populate: inner } : true;
    }
  }
  return Object.keys(populate).length > 0 ? populate : null;
}

const CHECKED_TYPES = new Set<string>(PUBLIC_CONTENT_TYPES);

export function registerAltTextRule(strapi: Core.Strapi): void {
  const schemaOf = (uid: string): Schema | undefined => (strapi.components[uid as UID.Component] ?? strapi.contentTypes[uid as UID.ContentType]) as Schema | undefined;

  strapi.documents.use(async (context, next) => {
    if (context.action !== 'publish' || !CHECKED_TYPES.has(context.uid)) return next();
    const params = context.params as { documentId?: string; locale?: string | string[] };
    if (!params.documentId) return next();
    const schema = schemaOf(context.uid);
    if (!schema) return next();
    const locales = params.locale === undefined || params.locale === '*' ? null : Array.isArray(params.locale) ? params.locale : [params.locale];
    const drafts: unknown[] = await strapi.db.query(context.uid).findMany({
      where: { documentId: params.documentId, publishedAt: null, ...(locales ? { locale: { $in: locales } } : {}) },
      populate: populateFor(schema, schemaOf) ?? undefined,
    });
    const missing = drafts.flatMap((row) => imagesIn(row, schema, schemaOf)).filter((image) => !hasAltText(image.alternativeText));
    if (missing.length > 0) {
      const unique = [...new Map(missing.map((image) => [`${image.field}|${image.name}`, image])).values()];
      throw new errors.ValidationError(missingAltTextMessage(unique), { images: unique.map(({ field, name }) => ({ field, name })) });
    }
    return next();
  });
}
