// What every response gets before anything else answers it (Express, or the page cache, which
// answers before Express): a request id and its access-log line (logger.ts), and in production HSTS
// (production.ts). main.ts wraps its request handler with `frontDoor(handler)`, and runs every answer
// that is not a page-cache hit with `inRequestContext` (the request id of its log lines).
//
// The request id and HSTS are not set on the response here but kept with it as "front headers": a
// page-cache hit sends them with its precomputed headers in one writeHead (page-handler.ts), which
// is much cheaper than setting each header; every other answer calls applyFrontHeaders first (main.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SHARED_HEADERS } from '@stodportalen/shared';
import { accessLogger, accessLogOn, batchedStdout, installJsonConsole, jsonLogs, requestIdOf, runWithRequestId } from './logger';
import { HSTS, hstsOn } from './production';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const FRONT_HEADERS = Symbol('stodportalen.frontHeaders');
/** The request id, when log lines are JSON and so carry it. */
const LOG_REQUEST_ID = Symbol('stodportalen.logRequestId');
type FrontResponse = ServerResponse & { [FRONT_HEADERS]?: string[]; [LOG_REQUEST_ID]?: string };
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
  // With the access log on, every stdout line goes through one batched writer (logger.ts).
  const stdout = json && accessLogOn(env) ? batchedStdout() : undefined;
  if (json) installJsonConsole({ stdout: stdout ?? process.stdout, stderr: process.stderr });
  const log = stdout ? accessLogger(stdout) : undefined;
  const hsts = hstsOn(env);
  return (req, res) => {
    const requestId = requestIdOf(req);
    (res as FrontResponse)[FRONT_HEADERS] = hsts
      ? [SHARED_HEADERS.requestId, requestId, 'Strict-Transport-Security', HSTS]
      : [SHARED_HEADERS.requestId, requestId];
    if (json) (res as FrontResponse)[LOG_REQUEST_ID] = requestId;
    if (!log) return handler(req, res);
    const entry = log.begin(req, requestId);
    handler(req, res);
    log.after(entry, res);
  };
}

/**
 * Runs `work` (an answer that is not a page-cache hit: Express, a refusal) with the request id as the
 * context of every log line it causes, until the response closes. A hit writes no log line of its
 * own (its access-log line carries the id), so it runs outside: in Node 20 the context costs async
 * hooks on every nextTick and write while any is open (docs/decisions/020-fast-cache-hit.md).
 */
export function inRequestContext(res: ServerResponse, work: () => void): void {
  const requestId = (res as FrontResponse)[LOG_REQUEST_ID];
  if (requestId === undefined) work();
  else runWithRequestId(requestId, res, work);
}
