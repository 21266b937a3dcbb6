import { PassThrough } from 'node:stream';
import type { AppLoadContext, EntryContext, HandleErrorFunction } from '@remix-run/node';
import { createReadableStreamFromReadable } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import { NonceProvider } from './utils/nonce';
import { currentRequestState } from '../server/request-state.mjs';
import { documentCacheControl } from './utils/cache-control.server';
import { StaleContentProvider } from './utils/content-status';
import { wantsHydration } from './utils/hydration';

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  // Bots get the whole document at once; people get it streamed as soon as the shell is ready.
  const readyEvent = isbot(request.headers.get('user-agent') ?? '') ? 'onAllReady' : 'onShellReady';
  // Public pages may be kept by shared caches; forms, search, errors and stale pages may not
  // (utils/cache-control.server.ts). A route's own Cache-Control wins.
  const stale = currentRequestState()?.stale ?? false;
  if (!responseHeaders.has('Cache-Control')) {
    const routeIds = remixContext.staticHandlerContext.matches.map((match) => match.route.id);
    responseHeaders.set(
      'Cache-Control',
      documentCacheControl({
        status: responseStatusCode,
        routeIds,
        hasAction: routeIds.some((id) => remixContext.manifest.routes[id]?.hasAction === true),
        hydrates: routeIds.some((id) => wantsHydration(remixContext.routeModules[id]?.handle)),
        stale,
      }),
    );
  }

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <StaleContentProvider value={stale}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </StaleContentProvider>
      </NonceProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = new PassThrough();
          const stream = createReadableStreamFromReadable(body);
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
          resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors after the shell are logged here; errors before it are logged by handleError.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  console.error(error);
};
