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

/**
 * Public pages (in seconds): what a shared cache may do with them. The caching proxy keeps a page
 * only a moment (micro-caching), so a published change reaches every visitor within
 * sMaxAge + staleWhileRevalidate after the web has it (about 2–3 s, as nginx counts whole seconds; the web learns within
 * READ_MODEL_POLL_MS): docs/decisions/025-invalidation-and-proxy-freshness.md. The proxy still
 * absorbs the load: about one request per page and second reaches a web instance, and it is a cheap
 * 304 (If-None-Match) when the page did not change.
 */
export const PAGE_LIFETIME = {
  /** Browsers ask every time, cheaply, with If-None-Match (the web answers 304). */
  maxAge: 0,
  /** A shared cache (proxy, CDN) keeps a page a second… */
  sMaxAge: 1,
  /** …and serves that copy a second more while it asks again in the background… */
  staleWhileRevalidate: 1,
  /** …or a day while the portal fails. */
  staleIfError: DAY,
} as const;

/**
 * The web's own page cache and CMS data cache keep a page longer: each instance purges them itself
 * the moment its read model applies a change, so their lifetime bounds only time-dependent content
 * (an event moving from upcoming to past).
 */
export const WEB_CACHE_LIFETIME = { fresh: MINUTE, staleWhileRevalidate: 10 * MINUTE } as const;

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
  defaultTtlMs: WEB_CACHE_LIFETIME.fresh * 1000,
  staleWhileRevalidateMs: WEB_CACHE_LIFETIME.staleWhileRevalidate * 1000,
  /** After a failure, each key asks the CMS again at most this often (the last good copy meanwhile). */
  retryAfterMs: 2_000,
} as const;

/** The page cache keeps a page a shared cache may keep for CMS_CACHE_TTL_MS (this default when unset), until a purge. */
export const PAGE_CACHE_DEFAULT_MAX_AGE_MS = CMS_CACHE.defaultTtlMs;

/** GET /readyz reuses its answer this long, so probes in a tight loop cannot load the CMS. */
export const READINESS_REUSE_MS = 1_000;
