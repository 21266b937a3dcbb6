// Environment of the web server, checked once at start. Shared by main.ts and the Remix app
// (app/utils/env.server.ts), so both read the same names, defaults and rules.
import { MIN_SECRET_LENGTH } from '@stodportalen/shared';
import { z } from 'zod';

const trimmed = z.string().trim();

export const envSchema = z.object({
  CMS_URL: trimmed
    .default('http://127.0.0.1:1337')
    .pipe(z.url({ protocol: /^https?$/, error: 'CMS_URL must be an http(s) URL, e.g. http://127.0.0.1:1337' }))
    .transform((url) => url.replace(/\/+$/, '')),
  CMS_READ_TOKEN: trimmed.min(1, 'CMS_READ_TOKEN is required: the read-only API token of the CMS'),
  // The CMS's submission-only API token, for partners' event tips (/kalender/tipsa). Unset: the
  // form says that tips cannot be sent right now.
  CMS_SUBMISSION_TOKEN: trimmed.min(1).optional(),
  // Secret mixed into the hash of a visitor's address (the client key the CMS rate-limits tips by;
  // the address itself never leaves the web). Unset: a random secret per process.
  CLIENT_KEY_SECRET: trimmed.min(MIN_SECRET_LENGTH, `CLIENT_KEY_SECRET must be at least ${MIN_SECRET_LENGTH} characters`).optional(),
  // How many reverse proxies stand in front of the web (Express "trust proxy"), so the client
  // address is the visitor's and not the proxy's. 0: none.
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  // Days after an event when a tipster's contact details are removed: stated on the form, done by
  // the CMS. Keep it equal to the CMS's SUBMISSION_RETENTION_DAYS (same default).
  SUBMISSION_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  // Days after a tip was rejected when its contact details go (the CMS's REJECTED_TIP_RETENTION_DAYS).
  REJECTED_TIP_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  // Days after an accessibility report when the reporter's e-mail goes (the CMS's ACCESSIBILITY_REPORT_RETENTION_DAYS).
  ACCESSIBILITY_REPORT_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  // Secret shared with the CMS for the draft preview (/forhandsvisning). Unset: the preview is off (404).
  PREVIEW_SECRET: trimmed.min(MIN_SECRET_LENGTH, `PREVIEW_SECRET must be at least ${MIN_SECRET_LENGTH} characters`).optional(),
  // The origin of the CMS admin panel, which shows the preview in a frame. Unset: nothing may frame it.
  CMS_ADMIN_ORIGIN: trimmed
    .pipe(z.url({ protocol: /^https?$/, error: 'CMS_ADMIN_ORIGIN must be an http(s) origin, e.g. https://cms.example.org' }))
    .transform((url) => new URL(url).origin)
    .optional(),
  CMS_TIMEOUT_MS: z.coerce.number().int().positive().max(60_000).default(2000),
  // How long a CMS response is served from the web's cache before it is asked for again (then
  // stale-while-revalidate). 0 turns the CMS cache and the page cache off. Unset: 60 000.
  CMS_CACHE_TTL_MS: z.coerce.number().int().min(0).max(86_400_000).optional(),
  // The in-memory read model of published content (app/read-model/): `off` reads the CMS per request
  // (through the cache) instead. It is also off when CMS_CACHE_TTL_MS is 0.
  READ_MODEL: z.enum(['on', 'off']).default('on'),
  // How often the read model compares its content with the CMS (a count and the latest publish and
  // update per type and locale) and reloads a type that differs: it heals a missed notice.
  READ_MODEL_CHECK_MS: z.coerce.number().int().min(200).max(3_600_000).default(10_000),
  // How often the read model asks the CMS's change log for what was published, unpublished or
  // deleted since it last asked (GET /api/read-model/changes): publish → visible on every instance.
  // 0: not at all (notices and the consistency check only; tests that count CMS requests).
  READ_MODEL_POLL_MS: z.coerce
    .number()
    .int()
    .max(60_000)
    .refine((ms) => ms === 0 || ms >= 100, 'READ_MODEL_POLL_MS must be 0 (off) or at least 100')
    .default(1_000),
  // How the read model's full sync and check read the CMS: `export`, its bulk routes
  // (/api/read-model/*, GraphQL when the CMS has none), or `graphql` only (for comparison).
  READ_MODEL_SYNC: z.enum(['export', 'graphql']).default('export'),
  // Shared secret of POST /api/revalidate, which the CMS calls when content changes. Unset: the
  // endpoint answers 404 and content follows the CMS within CMS_CACHE_TTL_MS.
  REVALIDATE_SECRET: trimmed.min(MIN_SECRET_LENGTH, `REVALIDATE_SECRET must be at least ${MIN_SECRET_LENGTH} characters`).optional(),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: trimmed.min(1).default('0.0.0.0'),
  // The portal's public origin (scheme, host, port; no path): the one source of every absolute link
  // (canonical, og:url, hreflang, sitemap, robots, feeds, .ics). Request headers (Host,
  // X-Forwarded-*) never choose it. Required in production (production.ts); elsewhere it
  // defaults to the listen address (publicOriginOf).
  PUBLIC_URL: trimmed
    .pipe(z.url({ protocol: /^https?$/, error: 'PUBLIC_URL must be an http(s) URL, e.g. https://stodportalen.karlskoga.se' }))
    .refine((url) => {
      const parsed = new URL(url);
      return parsed.pathname === '/' && parsed.search === '' && parsed.hash === '' && parsed.username === '' && parsed.password === '';
    }, 'PUBLIC_URL must be an origin only (scheme, host and port; no path, query or user), e.g. https://stodportalen.karlskoga.se')
    .transform((url) => new URL(url).origin)
    .optional(),
});

export type WebEnv = z.infer<typeof envSchema>;

/**
 * The origin of every absolute link: PUBLIC_URL, else (outside production) the listen address,
 * with a wildcard address (0.0.0.0, ::) read as localhost.
 */
export function publicOriginOf(env: Pick<WebEnv, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  if (env.PUBLIC_URL) return env.PUBLIC_URL;
  const host = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
  return new URL(`http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${env.PORT}`).origin;
}

/**
 * Parses the environment; throws an Error that lists every problem in plain words.
 * Empty strings count as "not set", so `CMS_URL=` falls back to the default.
 */
export function parseEnv(source: Record<string, string | undefined>): WebEnv {
  const values: Record<string, string | undefined> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = source[key];
    values[key] = value === undefined || value.trim() === '' ? undefined : value;
  }
  const result = envSchema.safeParse(values);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.');
    return issue.code === 'invalid_type' && values[name] === undefined
      ? `  ${name}: is not set${name === 'CMS_READ_TOKEN' ? ' (the read-only API token of the CMS)' : ''}`
      : `  ${name}: ${issue.message}`;
  });
  throw new Error(`Invalid environment for the web server:\n${problems.join('\n')}`);
}
