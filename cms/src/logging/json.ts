import { randomUUID } from 'node:crypto';
import { isIncomingRequestId, jsonLogs as sharedJsonLogs, redact } from '@stodportalen/shared';
import { winston } from '@strapi/logger';

/**
 * The CMS's log as JSON lines (LOG_FORMAT=json, the default in production), like the web's: `time`,
 * `level`, `service`, `requestId` (for lines logged while a request runs), `msg`. E-mail and IP
 * addresses in messages are masked. The request line (`GET /api/… (12 ms) 200`, src/middlewares/request-log.ts) names no
 * client address and no query string.
 */
export function jsonLogs(env: NodeJS.ProcessEnv = process.env): boolean {
  return sharedJsonLogs(env);
}

export { redact };

/** A request id from the web or a proxy is kept when it looks like one. */
export function requestIdFrom(header: unknown): string {
  return isIncomingRequestId(header) ? header : randomUUID();
}

type RequestContext = { get: () => { state?: { requestId?: unknown } } | undefined };

/** The id of the request being handled (src/middlewares/request-id.ts puts it in ctx.state). */
function currentRequestId(): string | undefined {
  const holder = globalThis as { strapi?: { requestContext?: RequestContext } };
  const id = holder.strapi?.requestContext?.get()?.state?.requestId;
  return typeof id === 'string' ? id : undefined;
}

const portalFormat = winston.format((info) => {
  const { level, message, timestamp, ...rest } = info as { level: string; message: unknown; timestamp?: string; [key: string]: unknown };
  const requestId = currentRequestId();
  const text = message instanceof Error ? `${message.name}: ${message.message}` : String(message);
  const entry: Record<string, unknown> = { time: timestamp ?? new Date().toISOString(), level, service: 'cms', ...(requestId ? { requestId } : {}), msg: redact(text) };
  for (const [key, value] of Object.entries(rest)) entry[key] = typeof value === 'string' ? redact(value) : value;
  return Object.assign(info, { [Symbol.for('message')]: JSON.stringify(entry) });
});

/**
 * Node's own warnings (deprecations of a dependency, …) as JSON lines too, instead of Node's text on
 * stderr: its default printer is a 'warning' listener, replaced here.
 */
export function warningsAsJson(stream: { write: (text: string) => unknown } = process.stderr): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    const requestId = currentRequestId();
    stream.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'warn', service: 'cms', ...(requestId ? { requestId } : {}), msg: redact(`${warning.name}: ${warning.message}`) })}\n`);
  });
}

/** config/logger.ts: JSON lines, or Strapi's own format. */
export function loggerConfig(env: NodeJS.ProcessEnv = process.env): Record<string, unknown> {
  if (!jsonLogs(env)) return {};
  warningsAsJson();
  return {
    format: winston.format.combine(winston.format.timestamp(), portalFormat()),
    transports: [new winston.transports.Console()],
  };
}
