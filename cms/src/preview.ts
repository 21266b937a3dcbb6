import { MIN_SECRET_LENGTH } from '@stodportalen/shared';
import { secretMatches } from '@stodportalen/shared/server';
import { settings } from './env';

/**
 * Draft preview: what the web's /forhandsvisning can show, and the fields it gets. Only public
 * fields are listed; private ones (submitter, moderation) are never sent, not even in a preview.
 */
export const PREVIEW_TYPES = {
  event: {
    uid: 'api::event.event',
    fields: ['title', 'slug', 'kind', 'startsAt', 'endsAt', 'onlineUrl', 'description', 'organiserName', 'registrationUrl', 'price', 'accessibility'],
    populate: { venue: true, organiser: { fields: ['name'] } },
  },
  campaign: {
    uid: 'api::campaign.campaign',
    fields: ['title', 'slug', 'startsOn', 'endsOn', 'lede', 'body'],
    populate: {},
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

/** Constant-time comparison (of hashes, so the lengths match). */
export function matchesPreviewSecret(candidate: string | undefined): boolean {
  return secretMatches(candidate, previewSecret());
}
