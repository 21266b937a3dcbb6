import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { PREVIEW_TOKEN_MINUTES, signPreviewToken, verifyPreviewToken } from './preview-token';

const secret = 'k3Jd9_Fq2LmZx81vTt0pQw-preview';
const claims = { type: 'campaign', documentId: 'abc123def456', locale: 'sv' } as const;
const now = 1_800_000_000;

describe('preview tokens', () => {
  it('open the one document they were made for, until they expire', async () => {
    const token = await signPreviewToken(claims, secret, { now });
    expect(await verifyPreviewToken(token, secret, { now: now + 60 })).toEqual({ ok: true, claims });
    expect(await verifyPreviewToken(token, secret, { now: now + PREVIEW_TOKEN_MINUTES * 60 + 1 })).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuse another secret, a changed token, a missing one and a foreign JWT', async () => {
    const token = await signPreviewToken(claims, secret, { now });
    expect(await verifyPreviewToken(token, `${secret}-other`, { now })).toEqual({ ok: false, reason: 'invalid' });
    const [header, payload, signature] = token.split('.');
    const otherPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: 'other1' })).toString('base64url');
    expect(await verifyPreviewToken(`${header}.${otherPayload}.${signature}`, secret, { now })).toEqual({ ok: false, reason: 'invalid' });
    for (const missing of [undefined, null, '', 'not-a-jwt']) expect((await verifyPreviewToken(missing, secret, { now })).ok).toBe(false);
    expect((await verifyPreviewToken(token, '', { now })).ok).toBe(false);
    // Signed with the secret but not a preview token (no audience, no claims of ours).
    const foreign = await new SignJWT({ type: 'event' }).setProtectedHeader({ alg: 'HS256' }).setSubject('abc').setExpirationTime(now + 60).sign(new TextEncoder().encode(secret));
    expect(await verifyPreviewToken(foreign, secret, { now })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuse claims of the wrong shape and unsigned tokens', async () => {
    const bad = await signPreviewToken({ ...claims, type: 'plan' as never }, secret, { now });
    expect(await verifyPreviewToken(bad, secret, { now })).toEqual({ ok: false, reason: 'invalid' });
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(JSON.stringify({ sub: claims.documentId, type: 'event', locale: 'sv', aud: 'stodportalen-preview', iss: 'stodportalen-cms', exp: now + 60 })).toString('base64url')}.`;
    expect(await verifyPreviewToken(unsigned, secret, { now })).toEqual({ ok: false, reason: 'invalid' });
  });
});
