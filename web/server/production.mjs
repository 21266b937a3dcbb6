// Production rules of the web server, on top of server/env.mjs: refuse weak secrets, and send
// HSTS. server.mjs calls `assertProductionSecrets(process.env)` at start; server/front-door.mjs
// sends HSTS on every response.
import { productionSecretProblems } from '@stodportalen/shared';

/** @type {readonly import('@stodportalen/shared').SecretRule[]} */
export const WEB_SECRETS = [
  { name: 'CMS_READ_TOKEN', required: true },
  // Optional (the feature is off without it), never weak when set.
  { name: 'CMS_SUBMISSION_TOKEN' },
  { name: 'PREVIEW_SECRET' },
  { name: 'REVALIDATE_SECRET' },
  { name: 'CLIENT_KEY_SECRET' },
];

/**
 * Problems with the web's secrets in production (NODE_ENV=production), one line each; none outside it.
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function productionProblems(env) {
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

/**
 * Throws an Error listing every problem (server.mjs prints it and exits).
 * @param {Record<string, string | undefined>} env
 */
export function assertProductionSecrets(env) {
  const problems = productionProblems(env);
  if (problems.length === 0) return;
  throw new Error(
    `Invalid environment for the web server in production:\n${problems.map((p) => `  ${p}`).join('\n')}\n` +
      'Production needs PUBLIC_URL and random secrets of at least 16 characters, none reused (see .env.example).',
  );
}

/** Two years; browsers ignore the header on plain http. */
export const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * Strict-Transport-Security in production (HSTS=off turns it off, e.g. for a test host on http).
 * @param {Record<string, string | undefined>} env
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void}
 */
export function strictTransportSecurity(env) {
  const on = env.NODE_ENV === 'production' && env.HSTS !== 'off';
  return (_req, res, next) => {
    if (on) res.setHeader('Strict-Transport-Security', HSTS);
    next();
  };
}
