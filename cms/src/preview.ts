import { MIN_SECRET_LENGTH } from '@stodportalen/shared';
import { signPreviewToken, verifyPreviewToken, type PreviewClaims } from '@stodportalen/shared/server';
import { settings } from './env';
import { webUrl } from './submissions/settings';

/** The fields of an image the preview sends: what the portal needs for `srcset` and `alt`. */
const IMAGE = { fields: ['url', 'alternativeText', 'width', 'height', 'formats'] } as const;

/**
 * Draft preview: what the web's /forhandsvisning can show, and the fields it gets. Only public
 * fields are listed; private ones (submitter, moderation) are never sent, not even in a preview.
 */
export const PREVIEW_TYPES = {
  event: {
    uid: 'api::event.event',
    fields: ['title', 'slug', 'kind', 'startsAt', 'endsAt', 'onlineUrl', 'description', 'organiserName', 'registrationUrl', 'price', 'accessibility'],
    populate: { venue: true, organiser: { fields: ['name'] }, image: IMAGE },
  },
  campaign: {
    uid: 'api::campaign.campaign',
    fields: ['title', 'slug', 'startsOn', 'endsOn', 'lede', 'body'],
    // The campaign's events as they are linked in the draft; the controller says which of them are
    // published (only those show on the campaign's page once it is published).
    populate: { image: IMAGE, events: { fields: ['title', 'slug', 'startsAt', 'endsAt'] } },
  },
  page: {
    uid: 'api::page.page',
    fields: ['title', 'slug', 'summary', 'body'],
    populate: {},
  },
} as const;

export type PreviewType = keyof typeof PREVIEW_TYPES;

export function previewTypeOf(uid: string): PreviewType | null {
  if (uid === PREVIEW_TYPES.event.uid) return 'event';
  if (uid === PREVIEW_TYPES.campaign.uid) return 'campaign';
  if (uid === PREVIEW_TYPES.page.uid) return 'page';
  return null;
}

export function isPreviewType(value: string): value is PreviewType {
  return value === 'event' || value === 'campaign' || value === 'page';
}

/** PREVIEW_SECRET, shared with the web; preview is off without it. */
export function previewSecret(): string | null {
  const secret = settings().previewSecret;
  return secret.length >= MIN_SECRET_LENGTH ? secret : null;
}

/**
 * The web address the admin frames for a document: the portal's /forhandsvisning (WEB_URL, never
 * the admin's own origin) with a short-lived token for this document and locale only
 * (shared/src/preview-token.ts). Null when preview is off or the type has no preview.
 */
export async function previewUrl(uid: string, documentId: string | undefined, locale: string | undefined): Promise<string | null> {
  const secret = previewSecret();
  const type = previewTypeOf(uid);
  if (!secret || !type || !documentId) return null;
  const contentLocale = locale ?? 'sv';
  const token = await signPreviewToken({ type, documentId, locale: contentLocale }, secret);
  return `${webUrl()}${contentLocale === 'en' ? '/en' : ''}/forhandsvisning?${new URLSearchParams({ token }).toString()}`;
}

/** Whether `token` is a valid, unexpired preview token for exactly this document and locale. */
export async function previewAllowed(token: string | undefined, wanted: PreviewClaims): Promise<boolean> {
  const check = await verifyPreviewToken(token, previewSecret());
  return check.ok && check.claims.type === wanted.type && check.claims.documentId === wanted.documentId && check.claims.locale === wanted.locale;
}
