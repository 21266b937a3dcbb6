// Structured logs: one JSON object per line on stdout/stderr, each with the request id of the
// request it belongs to. No personal data: the query string is never logged (search terms can be
// personal), nor the client's address or user agent, and e-mail addresses and IP addresses in any
// message are masked. front-door.ts installs it before everything else. The access log (one line a
// request, with ACCESS_LOG=on) is made by pino and written in batches, asynchronously: under load
// lines queue while a write is under way and go out together, so logging never dominates a
// page-cache hit (batchedLineWriter; docs/decisions/029-access-log-writer.md).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
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

/** Lines waiting beyond this (nobody reads stdout) are dropped and counted: memory stays bounded. */
const PENDING_MAX_CHARS = 4 * 1024 * 1024;
/**
 * The largest write, in whole lines. Under load a turn of the event loop brings 20 or more lines
 * (about 5 KB) and one write finishes per turn. With writes of at most 4 KiB (PIPE_BUF, which a pipe
 * takes whole) a logged hit cost 57 µs of CPU in one benchmark run; with 64 KiB it cost 31–33 µs.
 */
const WRITE_MAX_BYTES = 64 * 1024;
/** How long the exit flush waits, in all, for a full non-blocking pipe before it gives up. */
const EXIT_FLUSH_PATIENCE_MS = 2_000;

/** What the batched writer needs of node:fs (a test counts the calls). */
export interface LineWriterIo {
  write: (fd: number, buffer: Buffer, offset: number, length: number, position: null, callback: (error: NodeJS.ErrnoException | null, written: number) => void) => void;
  writeSync: (fd: number, buffer: Buffer, offset: number, length: number) => number;
}

export interface LineWriter {
  write: (line: string) => void;
  /** Writes what waits, synchronously, and every later line at once (when the process exits). */
  flushSync: () => void;
}

/** The end of the next write of `buffer` from `start`: whole lines up to WRITE_MAX_BYTES (a longer line alone). */
function chunkEnd(buffer: Buffer, start: number): number {
  if (buffer.length - start <= WRITE_MAX_BYTES) return buffer.length;
  const lastNewline = buffer.lastIndexOf(0x0a, start + WRITE_MAX_BYTES - 1);
  if (lastNewline >= start) return lastNewline + 1;
  const nextNewline = buffer.indexOf(0x0a, start + WRITE_MAX_BYTES);
  return nextNewline === -1 ? buffer.length : nextNewline + 1;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Stdout with the access log on: lines wait in an array and go out together, asynchronously
 * (fs.write, in libuv's thread pool: a slow reader of stdout never holds up a request), in writes of
 * whole lines of at most 64 KiB. The first line of a quiet moment is written on the next turn of the
 * event loop; under load, the lines that came while a write was under way go out next. Every stdout
 * line of the process goes through one writer (installJsonConsole too), so lines keep their order.
 * When the process exits, what waits is written synchronously. A write still under way in the thread
 * pool finishes on its own; if the pipe is full at that moment, the flushed lines can land between
 * its parts, or it is lost with the process (at most 64 KiB).
 *
 * Not pino's asynchronous destination (sonic-boom): it appends each line to a string of up to 16 KB
 * and measures that string's UTF-8 length for every line, which makes V8 copy the whole string each
 * time; with it (and a listener per response) a page-cache hit cost three times as much with the
 * access log on as without (docs/decisions/029-access-log-writer.md).
 */
export function batchedLineWriter(fd: number, { io = fs as unknown as LineWriterIo, maxPendingChars = PENDING_MAX_CHARS } = {}): LineWriter {
  let lines: string[] = [];
  let pendingChars = 0;
  let dropped = 0;
  /** The batch being written, how much of it is written, and where the write under way ends. */
  let batch: Buffer | undefined;
  let written = 0;
  let inFlightEnd = 0;
  let writing = false;
  /** A write is due (next turn of the event loop, or after a full pipe's back-off). */
  let scheduled = false;
  let closed = false;
  let exited = false;

  const take = (): Buffer | undefined => {
    if (dropped > 0) {
      // Made here, outside any request's log context: the count belongs to no request.
      lines.push(`${JSON.stringify({ time: new Date().toISOString(), level: 'warn', service: 'web', msg: `log: ${dropped} lines dropped (stdout was not read)` })}\n`);
      dropped = 0;
    }
    if (lines.length === 0) return undefined;
    const taken = Buffer.from(lines.join(''));
    lines = [];
    pendingChars = 0;
    return taken;
  };

  const writeNext = (): void => {
    scheduled = false;
    if (writing || closed || exited) return;
    if (!batch || written >= batch.length) {
      batch = take();
      written = 0;
      if (!batch) return;
    }
    const buffer = batch;
    inFlightEnd = chunkEnd(buffer, written);
    writing = true;
    io.write(fd, buffer, written, inFlightEnd - written, null, (error, count) => {
      writing = false;
      if (error) {
        // EAGAIN: a non-blocking pipe is full; try again shortly. Anything else (stdout closed): stop.
        if (error.code === 'EAGAIN') {
          scheduled = true;
          setTimeout(writeNext, 10).unref();
        } else {
          closed = true;
          batch = undefined;
          lines = [];
        }
        return;
      }
      written += count;
      writeNext();
    });
  };

  /** Writes `buffer` at once, in whole-line chunks of at most 64 KiB, waiting out a full non-blocking pipe. */
  const writeAllSync = (buffer: Buffer): void => {
    let waitedMs = 0;
    for (let offset = 0; offset < buffer.length && !closed; ) {
      try {
        offset += io.writeSync(fd, buffer, offset, chunkEnd(buffer, offset) - offset);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN' && waitedMs < EXIT_FLUSH_PATIENCE_MS) {
          Atomics.wait(pause, 0, 0, 1);
          waitedMs += 1;
        } else closed = true; // stdout is gone, or nobody reads it: nothing more can be written
      }
    }
  };

  return {
    write(line) {
      if (closed) return;
      if (exited) return writeAllSync(Buffer.from(line));
      if (pendingChars > maxPendingChars) {
        dropped += 1;
        return;
      }
      lines.push(line);
      pendingChars += line.length;
      if (!writing && !scheduled) {
        scheduled = true;
        setImmediate(writeNext);
      }
    },
    flushSync() {
      if (closed || exited) return;
      exited = true;
      // The write under way (whole lines) is left to the thread pool; what follows it is written here.
      const rest = [batch?.subarray(writing ? inFlightEnd : written), take()];
      batch = undefined;
      for (const part of rest) if (part && part.length > 0) writeAllSync(part);
    },
  };
}

/** The process's stdout through a batched writer, written out when the process exits. */
export function batchedStdout(): LineWriter {
  const writer = batchedLineWriter(1);
  process.once('exit', () => writer.flushSync());
  return writer;
}

/** What an access-log line needs of a request, taken before it is answered. */
export interface AccessLogEntry {
  requestId: string;
  method: string | undefined;
  /** Without the query string. */
  path: string;
  started: number;
}

export interface AccessLog {
  /** Before the request is handled (the path as it came, before any rewrite). */
  begin: (req: Request, requestId: string) => AccessLogEntry;
  /**
   * After the handler returned: an answer that is already done (a page-cache hit) gets its line at
   * once, without a listener on the response; any other gets it when it is done ('finish').
   */
  after: (entry: AccessLogEntry, res: Response) => void;
}

/**
 * The access log: one line a request, with method, path without the query string, status, duration
 * and bytes, in the format of logLine. By default to stdout in batches (batchedStdout).
 */
export function accessLogger(stream?: Stream): AccessLog {
  const logger = pino(
    {
      base: { service: 'web' },
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label === 'fatal' ? 'error' : label }) },
    },
    (stream ?? batchedStdout()) as DestinationStream,
  );
  const write = (entry: AccessLogEntry, res: Response): void => {
    if (res.statusCode < 300 && QUIET_PATHS.has(entry.path)) return;
    const length = Number(res.getHeader('Content-Length'));
    const fields = {
      requestId: entry.requestId,
      method: entry.method,
      path: redact(entry.path),
      status: res.statusCode,
      durationMs: Math.round((performance.now() - entry.started) * 10) / 10,
      ...(Number.isFinite(length) ? { bytes: length } : {}),
    };
    if (res.statusCode >= 500) logger.error(fields, 'request');
    else logger.info(fields, 'request');
  };
  return {
    begin: (req, requestId) => ({ requestId, method: req.method, path: (req.originalUrl || req.url || '/').split('?')[0] ?? '/', started: performance.now() }),
    after: (entry, res) => {
      if (res.writableEnded) write(entry, res);
      else res.once('finish', () => write(entry, res));
    },
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
    const entry = log.begin(req, requestId);
    runWithRequestId(requestId, res, next);
    log.after(entry, res);
  };
}
