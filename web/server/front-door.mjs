// What every response gets before anything else answers it (Express, or the page cache, which
// answers before Express): a request id and its log line (server/logger.mjs), and in production HSTS
// (server/production.mjs). server.mjs wraps its request handler with `frontDoor(handler)`.
import { installJsonConsole, jsonLogs, requestIdOf, requestLogger } from './logger.mjs';
import { strictTransportSecurity } from './production.mjs';

/**
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} handler
 * @param {Record<string, string | undefined>} [env]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function frontDoor(handler, env = process.env) {
  const json = jsonLogs(env);
  if (json) installJsonConsole();
  const log = json ? requestLogger() : (/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:http').ServerResponse} */ res, /** @type {() => void} */ next) => {
    res.setHeader('X-Request-Id', requestIdOf(req));
    next();
  };
  const hsts = strictTransportSecurity(env);
  return (req, res) => hsts(req, res, () => log(req, res, () => handler(req, res)));
}
