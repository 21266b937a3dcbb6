// What every response gets before anything else answers it (Express, or the page cache, which
// answers before Express): a request id and its access-log line (logger.ts), and in production HSTS
// (production.ts). main.ts wraps its request handler with `frontDoor(handler)`.
//
// The request id and HSTS are not set on the response here but kept with it as "front headers": a
// page-cache hit sends them with its precomputed headers in one writeHead (page-handler.ts), which
// is much cheaper than setting each header; every other answer calls applyFrontHeaders first (main.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SHARED_HEADERS } from '@stodportalen/shared';
import { accessLogger, accessLogOn, installJsonConsole, jsonLogs, requestIdOf, runWithRequestId } from './logger';
import { HSTS, hstsOn } from './production';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const FRONT_HEADERS = Symbol('stodportalen.frontHeaders');
type FrontResponse = ServerResponse & { [FRONT_HEADERS]?: string[] };
const NONE: readonly string[] = [];

/** The front headers of a response, as a flat list of names and values (for writeHead). */
export function frontHeadersOf(res: ServerResponse): readonly string[] {
  return (res as FrontResponse)[FRONT_HEADERS] ?? NONE;
}

/** Sets the front headers on a response that is not answered with frontHeadersOf in its writeHead. */
export function applyFrontHeaders(res: ServerResponse): void {
  const headers = frontHeadersOf(res);
  for (let i = 0; i < headers.length; i += 2) res.setHeader(headers[i] as string, headers[i + 1] as string);
}

export function frontDoor(handler: Handler, env: Record<string, string | undefined> = process.env): Handler {
  const json = jsonLogs(env);
  if (json) installJsonConsole();
  const log = json && accessLogOn(env) ? accessLogger() : undefined;
  const hsts = hstsOn(env);
  return (req, res) => {
    const requestId = requestIdOf(req);
    (res as FrontResponse)[FRONT_HEADERS] = hsts
      ? [SHARED_HEADERS.requestId, requestId, 'Strict-Transport-Security', HSTS]
      : [SHARED_HEADERS.requestId, requestId];
    log?.(req, res, requestId);
    if (json) runWithRequestId(requestId, () => handler(req, res));
    else handler(req, res);
  };
}
