// Draft preview: one draft from the CMS's preview route (cms/src/api/preview), which answers only
// requests that carry PREVIEW_SECRET. Server only; the secret never reaches the browser.
import { secretMatches } from '@stodportalen/shared/server';
import { z } from 'zod';
import { CmsError, cmsFetch } from '../utils/cms.server';
import { getEnv } from '../utils/env.server';
import { parseBlocks } from './blocks.server';
import { PREVIEW_TYPES, type PreviewContent, type PreviewType } from './preview';

const OPERATION = 'GetPreview';

/** True only when the preview is configured and the candidate is its secret (constant time). */
export function isPreviewSecret(candidate: string | null): boolean {
  return secretMatches(candidate, getEnv().PREVIEW_SECRET);
}

export function previewType(value: string | null): PreviewType | null {
  return PREVIEW_TYPES.find((type) => type === value) ?? null;
}

const text = z.string().nullish().transform((value) => (value?.trim() ? value.trim() : null));

const payloadSchema = z.object({
  data: z.object({
    locale: z.string(),
    title: z.string(),
    lede: text,
    summary: text,
    startsAt: text,
    endsAt: text,
    startsOn: text,
    endsOn: text,
    onlineUrl: text,
    registrationUrl: text,
    organiserName: text,
    organiser: z.object({ name: text }).nullish(),
    venue: z.object({ name: text, address: text, city: text }).nullish(),
    description: z.unknown().optional(),
    body: z.unknown().optional(),
  }),
});

/** The draft, or null when the CMS has no such document. Failures throw a CmsError. */
export async function getPreview(type: PreviewType, documentId: string, locale: string): Promise<PreviewContent | null> {
  const path = `/api/previews/${type}/${encodeURIComponent(documentId)}?locale=${encodeURIComponent(locale)}`;
  const response = await cmsFetch({ operation: OPERATION, path, credential: 'preview' });
  if (response.status === 404) return null;
  const { payload } = response;
  const parsed = payloadSchema.safeParse(payload);
  if (response.status < 200 || response.status >= 300 || !parsed.success) {
    const problem = parsed.success ? '' : `, unexpected payload at ${parsed.error.issues[0]?.path.join('.') ?? '?'}`;
    throw new CmsError(OPERATION, payload, `HTTP ${response.status}${problem}`);
  }
  const data = parsed.data.data;
  const place = [data.venue?.name, data.venue?.address, data.venue?.city].filter((part): part is string => Boolean(part)).join(', ');
  return {
    type,
    locale: data.locale,
    title: data.title,
    lede: data.lede ?? data.summary,
    event:
      type === 'event' && data.startsAt
        ? {
            startsAt: data.startsAt,
            endsAt: data.endsAt,
            place: place || null,
            onlineUrl: data.onlineUrl,
            organiser: data.organiser?.name ?? data.organiserName,
            registrationUrl: data.registrationUrl,
          }
        : null,
    period: type === 'campaign' && data.startsOn ? { startsOn: data.startsOn, endsOn: data.endsOn } : null,
    body: parseBlocks(type === 'event' ? data.description : data.body, `preview ${type} ${documentId}`),
  };
}
