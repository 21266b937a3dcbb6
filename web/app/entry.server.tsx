import type { AppLoadContext, EntryContext, HandleErrorFunction } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { documentCacheControl } from './utils/cache-control.server';
import { StaleContentProvider } from './utils/content-status';
import { wantsHydration } from './utils/hydration';
import { runWithRequestState } from './utils/request-state.server';
import { readModelEnabled, startReadModel as startModel } from './read-model/index.server';
import { getSearchIndex, startSearchIndex as buildSearchIndex } from './search/index.server';
import { cmsFetch, cmsSyncRequest } from './utils/cms.server';
import { getEnv } from './utils/env.server';

// The server (server/page-handler.ts) runs each request in its request scope and learns of purges
// through these exports of the build's entry module (see utils/request-state.server.ts).
export { onPurge } from './utils/request-state.server';

/**
 * The site search's index, at server start. With the read model on, the index is built from memory
 * when the read model's first load purges (the index refreshes on every purge): building it before
 * would ask the CMS for every document while the read model's sync reads them too (at 10,000 events
 * the cold start took 53–60 s that way, 45–48 s without: decision 021). A search before that builds
 * it from the CMS as before.
 */
export function startSearchIndex(): void {
  if (readModelEnabled()) getSearchIndex();
  else buildSearchIndex();
}

/**
 * The server starts the read model of published content (app/read-model/) once, at start, and asks
 * it whether it is loaded (GET /readyz).
 */
export function startReadModel(): Promise<void> {
  const bulk = (path: string) => cmsFetch({ operation: 'ReadModelExport', path, credential: 'read', method: 'GET', timeoutMs: SYNC_TIMEOUT_MS });
  return startModel(
    (query, variables, operation) => cmsSyncRequest(query, variables, operation, SYNC_TIMEOUT_MS),
    // The CMS's bulk routes (cms/src/api/read-model): the full sync and the check, with the read token.
    getEnv().READ_MODEL_SYNC === 'export' ? bulk : undefined,
    // Its change log, polled every READ_MODEL_POLL_MS (a short timeout: the next poll tries again).
    (path) => cmsFetch({ operation: 'ReadModelChanges', path, credential: 'read', method: 'GET', timeoutMs: CHANGES_TIMEOUT_MS }),
  );
}
export { readModelReady, readModelStatus } from './read-model/index.server';
const SYNC_TIMEOUT_MS = 60_000;
const CHANGES_TIMEOUT_MS = 2_000;

/** Runs a whole Remix request (loaders, actions, render) with the request state of its load context. */
export function runInRequestScope<T>(loadContext: AppLoadContext, work: () => T): T {
  return runWithRequestState(loadContext.requestState, work);
}

/**
 * The whole document as one string. No route hydrates and none streams (no defer, no Suspense), so
 * there is nothing to gain from renderToPipeableStream, and it has a bug that splits multi-byte
 * characters at its buffer boundaries (a NUL or a broken "å" in the page, which caches then keep:
 * facebook/react#24985, #31134). renderToString returns a JavaScript string, which the Response
 * encodes to UTF-8 in one piece.
 */
export function renderDocument(element: ReactElement): string {
  return `<!DOCTYPE html>${renderToString(element)}`;
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // Public pages may be kept by shared caches; forms, search, errors and stale pages may not
  // (utils/cache-control.server.ts). A route's own Cache-Control wins.
  const stale = loadContext.requestState.stale;
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

  const html = renderDocument(
    <StaleContentProvider value={stale}>
      <RemixServer context={remixContext} url={request.url} />
    </StaleContentProvider>,
  );
  responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
  return new Response(html, { headers: responseHeaders, status: responseStatusCode });
}

export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  console.error(error);
};
