// Structured logs: one JSON object per line on stdout/stderr, each with the request id of the
// request it belongs to. No personal data: the query string is never logged (search terms can be
// personal), nor the client's address or user agent, and e-mail addresses and IP addresses in any
// message are masked. front-door.ts installs it before everything else.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { isIncomingRequestId, jsonLogs, redact, SHARED_HEADERS } from '@stodportalen/shared';

type Level = 'debug' | 'info' | 'warn' | 'error';
type Request = IncomingMessage & { originalUrl?: string };
type Response = ServerResponse;
type Stream = { write: (text: string) => unknown };

const requestContext = new AsyncLocalStorage<{ requestId: string }>();

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
 * Gives each request an id (X-Request-Id, also sent back), runs it in that context, and logs one
 * line when it is done: method, path without the query string, status, duration, bytes. Works on
 * plain Node requests, so it can stand before everything else (front-door.ts).
 */
export function requestLogger(stream: Stream = process.stdout): (req: Request, res: Response, next: () => void) => void {
  return (req, res, next) => {
    const requestId = requestIdOf(req);
    res.setHeader(SHARED_HEADERS.requestId, requestId);
    const started = process.hrtime.bigint();
    const path = (req.originalUrl || req.url || '/').split('?')[0] ?? '/';
    res.on('finish', () => {
      if (QUIET_PATHS.has(path) && res.statusCode < 300) return;
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const length = Number(res.getHeader('Content-Length'));
      const level = res.statusCode >= 500 ? 'error' : 'info';
      requestContext.run({ requestId }, () => {
        stream.write(
          `${logLine(level, 'request', {
            method: req.method,
            path: redact(path),
            status: res.statusCode,
            durationMs: Math.round(durationMs * 10) / 10,
            ...(Number.isFinite(length) ? { bytes: length } : {}),
          })}\n`,
        );
      });
    });
    requestContext.run({ requestId }, () => next());
  };
}

