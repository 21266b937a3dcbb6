// Environment of the web server, checked once at start. Shared by server.mjs and the Remix app
// (app/utils/env.server.ts), so both read the same names, defaults and rules.
import { z } from 'zod';

const trimmed = z.string().trim();

export const envSchema = z.object({
  CMS_URL: trimmed
    .default('http://127.0.0.1:1337')
    .pipe(z.url({ protocol: /^https?$/, error: 'CMS_URL must be an http(s) URL, e.g. http://127.0.0.1:1337' }))
    .transform((url) => url.replace(/\/+$/, '')),
  CMS_READ_TOKEN: trimmed.min(1, 'CMS_READ_TOKEN is required: the read-only API token of the CMS'),
  CMS_TIMEOUT_MS: z.coerce.number().int().positive().max(60_000).default(2000),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: trimmed.min(1).default('0.0.0.0'),
  // The portal's public address, for absolute links (hreflang, sitemap, feeds, Open Graph).
  // Unset: taken from each request.
  PUBLIC_URL: trimmed
    .pipe(z.url({ protocol: /^https?$/, error: 'PUBLIC_URL must be an http(s) URL' }))
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
});

/** @typedef {z.infer<typeof envSchema>} WebEnv */

/**
 * Parses the environment; throws an Error that lists every problem in plain words.
 * Empty strings count as "not set", so `CMS_URL=` falls back to the default.
 * @param {Record<string, string | undefined>} source
 * @returns {WebEnv}
 */
export function parseEnv(source) {
  /** @type {Record<string, string | undefined>} */
  const values = {};
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
