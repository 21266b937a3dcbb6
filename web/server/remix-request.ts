// Express request → Fetch Request for Remix, and a streamed Remix Response → Express: what the
// Remix Express adapter does inside its createRequestHandler (which does not export these), so that
// the page handler (page-handler.ts) can look at the response before sending it, but with the
// public origin in the URL and the body already read (request-guard.ts).
import type { IncomingHttpHeaders } from 'node:http';
import { writeReadableStreamToWritable } from '@remix-run/node';
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express';
import { BODY } from './request-guard';

/** Headers of the connection or of a body that is passed on already read. */
const NOT_PASSED_ON = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'expect']);

function toHeaders(requestHeaders: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [key, values] of Object.entries(requestHeaders)) {
    if (values === undefined || NOT_PASSED_ON.has(key)) continue;
    if (Array.isArray(values)) for (const value of values) headers.append(key, value);
    else headers.set(key, values);
  }
  return headers;
}

/**
 * The Fetch Request Remix gets. Its URL is the public origin with the request's path: no request
 * header (Host, X-Forwarded-Host, X-Forwarded-Proto) chooses the origin a page is made for. The
 * body was read, within its route's limit, by request-guard.ts.
 */
export function toRemixRequest(req: ExpressRequest & { [BODY]?: Buffer }, res: ExpressResponse, publicOrigin: string): Request {
  const url = new URL(`${publicOrigin}${req.originalUrl.startsWith('/') ? req.originalUrl : '/'}`);

  let controller: AbortController | null = new AbortController();
  const init: RequestInit = { method: req.method, headers: toHeaders(req.headers), signal: controller.signal };
  if (req.method !== 'GET' && req.method !== 'HEAD') init.body = Uint8Array.from(req[BODY] ?? []);
  // Abort loaders and actions when the client goes away before the response is done.
  res.on('finish', () => (controller = null));
  res.on('close', () => controller?.abort());
  return new Request(url.href, init);
}

export async function sendStreamed(res: ExpressResponse, response: Response): Promise<void> {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (/text\/event-stream/i.test(response.headers.get('Content-Type') ?? '')) res.flushHeaders();
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}
