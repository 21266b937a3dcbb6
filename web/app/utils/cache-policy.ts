// Every lifetime the web gives content, in one place: the CMS data cache (cms.server.ts), the page
// cache (server/page-handler.ts), the Cache-Control of pages (cache-control.server.ts), of resource
// routes and of static files (server/static-files.ts), and the readiness probe (server/readiness.ts).
// The caching proxy (proxy/nginx.conf) keeps nothing by a rule of its own: it follows the pages'
// Cache-Control, and its `inactive=` covers stale-if-error (tests/integration/proxy-config.test.ts).
// See docs/decisions/008-caching-and-revalidation.md.

const SECOND = 1;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Public pages (in seconds): what a shared cache may do with them. */
export const PAGE_LIFETIME = {
  /** Browsers ask every time, cheaply, with If-None-Match (the web answers 304). */
  maxAge: 0,
  /** A shared cache (proxy, CDN, the web's page cache) keeps a page a minute… */
  sMaxAge: MINUTE,
  /** …and serves an old copy for ten more while it asks again… */
  staleWhileRevalidate: 10 * MINUTE,
  /** …or a day while the portal fails. */
  staleIfError: DAY,
} as const;

export const PUBLIC_PAGE_CACHE_CONTROL = `public, max-age=${PAGE_LIFETIME.maxAge}, s-maxage=${PAGE_LIFETIME.sMaxAge}, stale-while-revalidate=${PAGE_LIFETIME.staleWhileRevalidate}, stale-if-error=${PAGE_LIFETIME.staleIfError}`;
export const NO_STORE = 'no-store';

/** Resource routes that change with content but not by the minute (robots.txt, sitemap.xml). */
export const RESOURCE_CACHE_CONTROL = `public, max-age=${HOUR}`;
/** Fingerprinted build files (/assets/*): their name changes with their content. */
export const IMMUTABLE_CACHE_CONTROL = `public, max-age=${365 * DAY}, immutable`;
/** The build's other files (quick-exit.js, favicon.svg): an hour. */
export const STATIC_CACHE_CONTROL = `public, max-age=${HOUR}`;

/**
 * The CMS data cache (in ms): an answer is fresh for CMS_CACHE_TTL_MS (default below), then served
 * at once while it is asked for again, as long as the pages' stale-while-revalidate.
 */
export const CMS_CACHE = {
  defaultTtlMs: PAGE_LIFETIME.sMaxAge * 1000,
  staleWhileRevalidateMs: PAGE_LIFETIME.staleWhileRevalidate * 1000,
  /** After a failure, each key asks the CMS again at most this often (the last good copy meanwhile). */
  retryAfterMs: 2_000,
} as const;

/** The page cache keeps a page for its s-maxage, at most CMS_CACHE_TTL_MS (this default when unset). */
export const PAGE_CACHE_DEFAULT_MAX_AGE_MS = CMS_CACHE.defaultTtlMs;

/** GET /readyz reuses its answer this long, so probes in a tight loop cannot load the CMS. */
export const READINESS_REUSE_MS = 1_000;
