// Production rules of the web server, on top of env.ts: refuse weak secrets, and send HSTS.
// main.ts calls `assertProductionSecrets(process.env)` at start; front-door.ts sends HSTS on every
// response.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MIN_SECRET_LENGTH, productionSecretProblems, type SecretRule } from '@stodportalen/shared';

type Env = Record<string, string | undefined>;

export const WEB_SECRETS: readonly SecretRule[] = [
  { name: 'CMS_READ_TOKEN', required: true },
  // Optional (the feature is off without it), never weak when set.
  { name: 'CMS_SUBMISSION_TOKEN' },
  { name: 'PREVIEW_SECRET' },
  { name: 'REVALIDATE_SECRET' },
  { name: 'CLIENT_KEY_SECRET' },
];

/** Problems with the web's secrets in production (NODE_ENV=production), one line each; none outside it. */
export function productionProblems(env: Env): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems = productionSecretProblems(env, WEB_SECRETS);
  // Absolute links (canonical, sitemap, feeds, .ics) must never take their origin from a request.
  if ((env.PUBLIC_URL ?? '').trim() === '') {
    problems.push('PUBLIC_URL is not set: the portal\'s public origin (e.g. https://stodportalen.karlskoga.se), used for every absolute link');
  }
  if ((env.CMS_ADMIN_ORIGIN ?? '').trim() !== '' && (env.PREVIEW_SECRET ?? '').trim() === '') {
    problems.push('PREVIEW_SECRET is not set, but CMS_ADMIN_ORIGIN is: the draft preview could not work');
  }
  return problems;
}

/** Throws an Error listing every problem (main.ts prints it and exits). */
export function assertProductionSecrets(env: Env): void {
  const problems = productionProblems(env);
  if (problems.length === 0) return;
  throw new Error(
    `Invalid environment for the web server in production:\n${problems.map((p) => `  ${p}`).join('\n')}\n` +
      `Production needs PUBLIC_URL and random secrets of at least ${MIN_SECRET_LENGTH} characters, none reused (see .env.example).`,
  );
}

/** Two years; browsers ignore the header on plain http. */
export const HSTS = 'max-age=63072000; includeSubDomains';

/** Whether responses get Strict-Transport-Security: in production, unless HSTS=off (e.g. a test host on http). */
export function hstsOn(env: Env): boolean {
  return env.NODE_ENV === 'production' && env.HSTS !== 'off';
}

/** Strict-Transport-Security in production (HSTS=off turns it off), as middleware. */
export function strictTransportSecurity(env: Env): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const on = hstsOn(env);
  return (_req, res, next) => {
    if (on) res.setHeader('Strict-Transport-Security', HSTS);
    next();
  };
}
