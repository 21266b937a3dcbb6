// Structured logs: one JSON object per line on stdout/stderr, each with the request id of the
// request it belongs to. No personal data: the query string is never logged (search terms can be
// personal), nor the client's address or user agent, and e-mail addresses and IP addresses in any
// message are masked. front-door.ts installs it before everything else. The access log (one line a
// request, with ACCESS_LOG=on) is written by pino to an asynchronous destination: under load
// lines queue while a write is under way and go out together, so logging never dominates a
// page-cache hit (docs/decisions/020-fast-cache-hit.md).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { isIncomingRequestId, jsonLogs, redact, SHARED_HEADERS } from '@stodportalen/shared';
import pino, { type DestinationStream } from 'pino';
import { AsyncScope } from '../app/utils/async-scope.server';

type Level = 'debug' | 'info' | 'warn' | 'error';
type Request = IncomingMessage & { originalUrl?: string };
type Response = ServerResponse;
type Stream = { write: (text: string) => unknown };

/**
 * The request id of the answer being made, for its log lines. Open only while a request that is not a
 * page-cache hit is answered: a hit runs with no async hooks (app/utils/async-scope.server.ts).
 */
const requestContext = new AsyncScope<{ requestId: string }>();

/** Paths that probes hit every few seconds: not logged when they answer 2xx. */
const QUIET_PATHS = new Set(['/healthz', '/readyz']);

// Masking personal data (e-mail and IP addresses), the request id's form and the log format are
// shared with the CMS (shared/src/logging.ts).
export { jsonLogs, redact };

/** The request id of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  const store = requestContext.getStore();
  return store && typeof store === 'object' && 'requestId' in store ? String(store.requestId) : undefined;
}

/** One log line as JSON. */
export function logLine(level: Level, message: string, fields: Record<string, unknown> = {}): string {
  const requestId = currentRequestId();
  return JSON.stringify({
    time: new Date().toISOString(),
    level,
    service: 'web',
    ...(requestId ? { requestId } : {}),
    msg: redact(message),
    ...fields,
  });
}

function messageOf(args: unknown[]): string {
  return args
    .map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}${arg.stack ? `\n${arg.stack.split('\n').slice(1).join('\n')}` : ''}` : typeof arg === 'string' ? arg : inspect(arg, { depth: 4, breakLength: Infinity })))
    .join(' ');
}

/**
 * Sends console.log/info/warn/error/debug through the JSON logger, so the code that logs (Remix,
 * the CMS client) needs no change.
 */
export function installJsonConsole(streams: { stdout: Stream; stderr: Stream } = { stdout: process.stdout, stderr: process.stderr }): void {
  const methods: ['log' | 'info' | 'warn' | 'error' | 'debug', Level][] = [
    ['log', 'info'],
    ['info', 'info'],
    ['debug', 'debug'],
    ['warn', 'warn'],
    ['error', 'error'],
  ];
  for (const [method, level] of methods) {
    const stream = level === 'warn' || level === 'error' ? streams.stderr : streams.stdout;
    console[method] = (...args: unknown[]) => {
      stream.write(`${logLine(level, messageOf(args))}\n`);
    };
  }
  // Node's own warnings (its default printer is a 'warning' listener) as JSON lines too.
  process.removeAllListeners('warning');
  process.on('warning', (warning) => streams.stderr.write(`${logLine('warn', `${warning.name}: ${warning.message}`)}\n`));
}

/** The request id: the one the proxy in front sent (X-Request-Id) when it looks like one, else new. */
export function requestIdOf(req: Request): string {
  const incoming = req.headers[SHARED_HEADERS.requestId];
  return isIncomingRequestId(incoming) ? incoming : randomUUID();
}

/**
 * Whether each request gets an access-log line (with JSON logs): ACCESS_LOG=on. Off by default: the
 * proxy in front (proxy/nginx.conf) logs every request with the same request id, and a line per
 * page-cache hit would cost the web about a fifth of its throughput (docs/decisions/020-fast-cache-hit.md).
 */
export function accessLogOn(env: Record<string, string | undefined>): boolean {
  return (env.ACCESS_LOG ?? 'off').trim().toLowerCase() === 'on';
}

/** How much of the access log is gathered before one write, and how long a line may wait at most. */
const ACCESS_LOG_BATCH_BYTES = 8 * 1024;
const ACCESS_LOG_FLUSH_MS = 500;

/**
 * Stdout through pino's asynchronous destination (sonic-boom): lines are gathered up to 8 KB (or
 * half a second) and written in one call, off the request's path; what is left is written when the
 * process exits (pino flushes its destinations on exit).
 */
function batchedStdout(): DestinationStream {
  const destination = pino.destination({ dest: 1, sync: false, minLength: ACCESS_LOG_BATCH_BYTES });
  setInterval(() => destination.flush(), ACCESS_LOG_FLUSH_MS).unref();
  return destination;
}

/**
 * The access log: `log(req, res, requestId)` writes one line when the response is done: method, path
 * without the query string, status, duration, bytes, in the format of logLine. By default to stdout
 * through pino's asynchronous destination (sonic-boom; flushed when the process exits).
 */
export function accessLogger(stream?: Stream): (req: Request, res: Response, requestId: string) => void {
  const logger = pino(
    {
      base: { service: 'web' },
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label === 'fatal' ? 'error' : label }) },
    },
    (stream as DestinationStream | undefined) ?? batchedStdout(),
  );
  return (req, res, requestId) => {
    const started = performance.now();
    const path = (req.originalUrl || req.url || '/').split('?')[0] ?? '/';
    res.once('finish', () => {
      if (res.statusCode < 300 && QUIET_PATHS.has(path)) return;
      const length = Number(res.getHeader('Content-Length'));
      const fields = {
        requestId,
        method: req.method,
        path: redact(path),
        status: res.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        ...(Number.isFinite(length) ? { bytes: length } : {}),
      };
      if (res.statusCode >= 500) logger.error(fields, 'request');
      else logger.info(fields, 'request');
    });
  };
}

/** Runs `next` with the request id as the context of every log line it causes, until `res` closes. */
export function runWithRequestId(requestId: string, res: Response, next: () => void): void {
  requestContext.enter({ requestId }, (close) => {
    res.once('close', close);
    next();
  });
}

/**
 * Gives each request an id (X-Request-Id, also sent back), runs it in that context, and logs one
 * line when it is done (accessLogger). As Express middleware; front-door.ts does the same for the
 * whole server, before everything else.
 */
export function requestLogger(stream?: Stream): (req: Request, res: Response, next: () => void) => void {
  const log = accessLogger(stream);
  return (req, res, next) => {
    const requestId = requestIdOf(req);
    res.setHeader(SHARED_HEADERS.requestId, requestId);
    log(req, res, requestId);
    runWithRequestId(requestId, res, next);
  };
}
