// Express request → Fetch Request for Remix, and a streamed Remix Response → Express: the same as
// @remix-run/express does inside createRequestHandler (which does not export these), so that the
// page handler (page-handler.mjs) can look at the response before sending it.
import { createReadableStreamFromReadable, writeReadableStreamToWritable } from '@remix-run/node';

/** @param {import('node:http').IncomingHttpHeaders} requestHeaders */
function toHeaders(requestHeaders) {
  const headers = new Headers();
  for (const [key, values] of Object.entries(requestHeaders)) {
    if (values === undefined) continue;
    if (Array.isArray(values)) for (const value of values) headers.append(key, value);
    else headers.set(key, values);
  }
  return headers;
}

/**
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 */
export function toRemixRequest(req, res) {
  // req.hostname respects "trust proxy"; the port comes from X-Forwarded-Host or Host.
  const [, forwardedPort] = req.get('X-Forwarded-Host')?.split(':') ?? [];
  const [, hostPort] = req.get('host')?.split(':') ?? [];
  const port = [forwardedPort, hostPort].map((value) => Number.parseInt(value ?? '', 10)).find(Number.isSafeInteger);
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ''}${req.originalUrl}`);

  /** @type {AbortController | null} */
  let controller = new AbortController();
  /** @type {RequestInit & { duplex?: 'half' }} */
  const init = { method: req.method, headers: toHeaders(req.headers), signal: controller.signal };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    init.body = createReadableStreamFromReadable(req);
    init.duplex = 'half';
  }
  // Abort loaders and actions when the client goes away before the response is done.
  res.on('finish', () => (controller = null));
  res.on('close', () => controller?.abort());
  return new Request(url.href, init);
}

/**
 * @param {import('express').Response} res
 * @param {Response} response
 */
export async function sendStreamed(res, response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (/text\/event-stream/i.test(response.headers.get('Content-Type') ?? '')) res.flushHeaders();
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}
