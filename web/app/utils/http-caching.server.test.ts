// The pure parts of HTTP caching: which pages shared caches may keep, ETags, encodings.
import { describe, expect, it } from 'vitest';
import { negotiateEncoding } from '../../server/compress';
import { etagMatches, weakEtag } from '../../server/etag';
import { contentSecurityPolicy } from '../../server/security-headers';
import { sharedMaxAge } from '../../server/page-handler';
import { documentCacheControl, NO_STORE, PUBLIC_PAGE_CACHE_CONTROL } from './cache-control.server';

const page = { status: 200, routeIds: ['root', 'routes/($lang).stod._index'], hasAction: false, hydrates: false, stale: false };

describe('documentCacheControl', () => {
  it('lets shared caches keep a public page, and nothing else', () => {
    expect(documentCacheControl(page)).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    expect(documentCacheControl({ ...page, status: 404 })).toBe(NO_STORE);
    expect(documentCacheControl({ ...page, status: 503 })).toBe(NO_STORE);
    expect(documentCacheControl({ ...page, stale: true })).toBe(NO_STORE);
    expect(documentCacheControl({ ...page, hasAction: true })).toBe(NO_STORE);
    expect(documentCacheControl({ ...page, hydrates: true })).toBe(NO_STORE);
    expect(documentCacheControl({ ...page, routeIds: ['root', 'routes/($lang).sok'] })).toBe(NO_STORE);
    expect(documentCacheControl({ ...page, routeIds: ['root', 'routes/($lang).forhandsvisning'] })).toBe(NO_STORE);
  });
});

describe('sharedMaxAge', () => {
  it('reads s-maxage, else max-age, of public responses only', () => {
    expect(sharedMaxAge(PUBLIC_PAGE_CACHE_CONTROL)).toBe(1);
    expect(sharedMaxAge('public, max-age=300')).toBe(300);
    expect(sharedMaxAge('max-age=300')).toBe(0);
    expect(sharedMaxAge('public, max-age=300, private')).toBe(0);
    expect(sharedMaxAge('no-store')).toBe(0);
    expect(sharedMaxAge(null)).toBe(0);
  });
});

describe('ETags', () => {
  it('are equal for equal bodies only', () => {
    const a = Buffer.from('<script src="/quick-exit.js"></script><p>Hej</p>');
    const b = Buffer.from('<script src="/quick-exit.js"></script><p>Hej</p>');
    const c = Buffer.from('<script src="/quick-exit.js"></script><p>Hej då</p>');
    expect(weakEtag(a)).toBe(weakEtag(b));
    expect(weakEtag(c)).not.toBe(weakEtag(b));
    expect(weakEtag(a)).toMatch(/^W\/"[^"]+"$/);
  });

  it('match If-None-Match weakly, in a list, or *', () => {
    expect(etagMatches('W/"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('*', 'W/"abc"')).toBe(true);
    expect(etagMatches('W/"abd"', 'W/"abc"')).toBe(false);
    expect(etagMatches(undefined, 'W/"abc"')).toBe(false);
  });
});

describe('negotiateEncoding', () => {
  // Brotli first, then gzip; q=0 refuses one.
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['*', 'br'],
    ['identity', 'identity'],
    [undefined, 'identity'],
  ])('answers Accept-Encoding %j with %s', (accept, encoding) => {
    expect(negotiateEncoding(accept)).toBe(encoding);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts from this origin only: no nonce a cached page could hand on, no inline script', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/nonce|unsafe-inline|unsafe-eval/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy('https://cms.example.org')).toContain('frame-ancestors https://cms.example.org');
  });
});
