// The caching proxy (proxy/nginx.conf) keeps nothing by a rule of its own: it follows the pages'
// Cache-Control. These checks keep its stated header and its lifetimes in step with cache-policy.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CMS_CACHE, PAGE_CACHE_DEFAULT_MAX_AGE_MS, PAGE_LIFETIME, PUBLIC_PAGE_CACHE_CONTROL, WEB_CACHE_LIFETIME } from './cache-policy';

const nginx = readFileSync(new URL('../../../proxy/nginx.conf', import.meta.url), 'utf8');
const active = nginx
  .split('\n')
  .map((line) => line.replace(/#.*$/, '').trim())
  .filter(Boolean)
  .join('\n');

/** nginx time: 30s, 10m, 2h, 2d (seconds). */
function seconds(value: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(value);
  if (!match) throw new Error(`not an nginx time: ${value}`);
  return Number(match[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
}

describe('the cache policy', () => {
  it('lets shared caches keep a page at most 3 s, and the web’s own caches (purged on change) a minute', () => {
    expect(PUBLIC_PAGE_CACHE_CONTROL).toBe('public, max-age=0, s-maxage=1, stale-while-revalidate=1, stale-if-error=86400');
    // Publish → visible ≤ 5 s through the proxy: its copy is at most this old, plus the web's poll (1 s).
    expect(PAGE_LIFETIME.sMaxAge + PAGE_LIFETIME.staleWhileRevalidate).toBeLessThanOrEqual(3);
    expect(CMS_CACHE.defaultTtlMs).toBe(WEB_CACHE_LIFETIME.fresh * 1000);
    expect(CMS_CACHE.staleWhileRevalidateMs).toBe(WEB_CACHE_LIFETIME.staleWhileRevalidate * 1000);
    expect(PAGE_CACHE_DEFAULT_MAX_AGE_MS).toBe(CMS_CACHE.defaultTtlMs);
  });
});

describe('the proxy config (proxy/nginx.conf)', () => {
  it('states the Cache-Control the web sends its public pages', () => {
    expect(nginx).toContain(`#   Cache-Control: ${PUBLIC_PAGE_CACHE_CONTROL}\n`);
  });

  it('sets no lifetime of its own: no proxy_cache_valid, no expires, no Cache-Control of its own', () => {
    expect(active).not.toMatch(/\bproxy_cache_valid\b/);
    expect(active).not.toMatch(/\bexpires\b/);
    expect(active).not.toMatch(/add_header\s+Cache-Control/i);
    expect(active).not.toMatch(/proxy_ignore_headers[^;]*Cache-Control/i);
  });

  it('serves a stale copy while updating only within the page’s stale-while-revalidate (no `updating`: it has no time limit)', () => {
    const useStale = /proxy_cache_use_stale([^;]*);/.exec(active)?.[1] ?? '';
    expect(useStale).toMatch(/\berror\b/);
    expect(useStale).not.toMatch(/\bupdating\b/);
    expect(active).toMatch(/proxy_cache_background_update on;/);
    expect(active).toMatch(/proxy_cache_revalidate on;/);
  });

  it('keeps a cached page on disk at least as long as stale-if-error may serve it', () => {
    const inactive = /proxy_cache_path[^;]*\binactive=(\w+)/.exec(active)?.[1];
    expect(inactive).toBeDefined();
    expect(seconds(inactive ?? '0')).toBeGreaterThanOrEqual(PAGE_LIFETIME.staleIfError);
  });
});
