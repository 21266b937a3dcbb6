// Draft preview: one draft from the CMS's preview route (cms/src/api/preview), which answers only
// requests that carry a preview token for that very document. The admin signs the token
// (shared/src/preview-token.ts); the web checks it first, so an expired or forged link gets a page
// that says so without asking the CMS. Server only.
import { verifyPreviewToken, type PreviewClaims, type PreviewTokenCheck } from '@stodportalen/shared/server';
import { z } from 'zod';
import { CmsError, cmsFetch } from '../utils/cms.server';
import { getEnv } from '../utils/env.server';
import { parseBlocks } from './blocks.server';
import { toResponsiveImage } from './image';
import type { PreviewContent } from './preview';

const OPERATION = 'GetPreview';

/** The token's claims, or why it is refused. Preview is off (every token invalid) without PREVIEW_SECRET. */
export function checkPreviewToken(token: string | null): Promise<PreviewTokenCheck> {
  return verifyPreviewToken(token, getEnv().PREVIEW_SECRET);
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
    image: z.unknown().optional(),
    // A linked draft event may have no start yet (drafts need not have their required fields).
    events: z.array(z.object({ title: z.string(), startsAt: text, endsAt: text, published: z.boolean() })).nullish(),
    description: z.unknown().optional(),
    body: z.unknown().optional(),
  }),
});

/** The draft the token opens, or null when the CMS has no such document. Failures throw a CmsError. */
export async function getPreview(claims: PreviewClaims, token: string): Promise<PreviewContent | null> {
  const { type, documentId, locale } = claims;
  const path = `/api/previews/${type}/${encodeURIComponent(documentId)}?locale=${encodeURIComponent(locale)}`;
  const response = await cmsFetch({ operation: OPERATION, path, credential: 'preview', previewToken: token });
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
    image: toResponsiveImage(data.image),
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
    events: [...(data.events ?? [])].sort((a, b) => (a.startsAt ?? '\uffff').localeCompare(b.startsAt ?? '\uffff')),
    body: parseBlocks(type === 'event' ? data.description : data.body, `preview ${type} ${documentId}`),
  };
}
