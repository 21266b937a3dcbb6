// What every response gets before anything else answers it (Express, or the page cache, which
// answers before Express): a request id and its log line (logger.ts), and in production HSTS
// (production.ts). main.ts wraps its request handler with `frontDoor(handler)`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SHARED_HEADERS } from '@stodportalen/shared';
import { installJsonConsole, jsonLogs, requestIdOf, requestLogger } from './logger';
import { strictTransportSecurity } from './production';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function frontDoor(handler: Handler, env: Record<string, string | undefined> = process.env): Handler {
  const json = jsonLogs(env);
  if (json) installJsonConsole();
  const log = json ? requestLogger() : (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    res.setHeader(SHARED_HEADERS.requestId, requestIdOf(req));
    next();
  };
  const hsts = strictTransportSecurity(env);
  return (req, res) => hsts(req, res, () => log(req, res, () => handler(req, res)));
}
