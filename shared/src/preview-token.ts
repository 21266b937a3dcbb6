/**
 * The draft preview's token (`@stodportalen/shared/server`): the CMS admin signs one per preview it
 * opens, the web checks it before it asks for the draft, and the CMS checks it again before it
 * answers. A JWT (HS256, signed with PREVIEW_SECRET, by `jose`) bound to one document in one locale
 * and valid for PREVIEW_TOKEN_MINUTES, so the link in the admin's frame is no lasting key and
 * opens nothing else. docs/decisions/023-admin-in-swedish.md.
 */
import { errors, jwtVerify, SignJWT } from 'jose';

/** How long a preview link works. Opening the preview again in the admin makes a new one. */
export const PREVIEW_TOKEN_MINUTES = 15;

const ISSUER = 'stodportalen-cms';
const AUDIENCE = 'stodportalen-preview';
const ALGORITHM = 'HS256';

/** What a token opens: one document (`documentId`) of one previewable type, in one locale. */
export interface PreviewClaims {
  type: 'event' | 'campaign' | 'page';
  documentId: string;
  locale: string;
}

/** Why a token was refused: `expired` (it was valid once) or `invalid` (forged, damaged, or missing). */
export type PreviewTokenCheck = { ok: true; claims: PreviewClaims } | { ok: false; reason: 'expired' | 'invalid' };

const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;
const LOCALE = /^[a-z]{2}(-[A-Z]{2})?$/;

function isPreviewType(value: unknown): value is PreviewClaims['type'] {
  return value === 'event' || value === 'campaign' || value === 'page';
}

const key = (secret: string) => new TextEncoder().encode(secret);

/** A token for `claims`, valid from `now` (seconds since the epoch) for `minutes`. */
export async function signPreviewToken(
  claims: PreviewClaims,
  secret: string,
  { now = Math.floor(Date.now() / 1000), minutes = PREVIEW_TOKEN_MINUTES }: { now?: number; minutes?: number } = {},
): Promise<string> {
  return new SignJWT({ type: claims.type, locale: claims.locale })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(claims.documentId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + minutes * 60)
    .sign(key(secret));
}

/** Checks the signature, the issuer, the audience, the expiry and the claims' shape. Never throws. */
export async function verifyPreviewToken(
  token: string | null | undefined,
  secret: string | null | undefined,
  { now }: { now?: number } = {},
): Promise<PreviewTokenCheck> {
  if (!token || !secret || token.length > 2048) return { ok: false, reason: 'invalid' };
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      algorithms: [ALGORITHM],
      issuer: ISSUER,
      audience: AUDIENCE,
      requiredClaims: ['exp', 'sub'],
      ...(now === undefined ? {} : { currentDate: new Date(now * 1000) }),
    });
    const { sub, type, locale } = payload;
    if (!isPreviewType(type) || typeof sub !== 'string' || !DOCUMENT_ID.test(sub) || typeof locale !== 'string' || !LOCALE.test(locale)) {
      return { ok: false, reason: 'invalid' };
    }
    return { ok: true, claims: { type, documentId: sub, locale } };
  } catch (error) {
    return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
  }
}
