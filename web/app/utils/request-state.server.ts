// What one page request learned about the CMS while it was rendered, and the bus that purges the
// caches. This module lives in the Remix build only: the server creates each request's state and
// passes it through the load context (load-context.ts), and reaches the scope and the bus through
// the build's entry module (entry.server.tsx exports runInRequestScope and onPurge), so there is
// one instance without a global registry.
import { AsyncScope } from './async-scope.server';

export interface RequestState {
  /**
   * Time (ms, Date.now()) by which every CMS request of this page must have answered: one
   * CMS_TIMEOUT_MS for the whole page, not one per query.
   */
  cmsDeadline: number | undefined;
  /** Some content is a last good copy because the CMS failed or was too slow. */
  stale: boolean;
  /**
   * Some content came from the cache after its TTL (refreshed in the background); the page may be
   * shown but should not be stored in the page cache.
   */
  expired: boolean;
  /** The request's id (X-Request-Id), passed on to the CMS so both logs name the same request. */
  requestId: string | undefined;
}

/** Open only while a request renders, so a page-cache hit pays for no async hooks (async-scope.server.ts). */
const scope = new AsyncScope<RequestState>();

export function newRequestState(requestId?: string): RequestState {
  return { cmsDeadline: undefined, stale: false, expired: false, requestId };
}

/**
 * Runs `work` (a whole Remix request: loaders and render) with `state` as its request state, until
 * the promise it returns settles.
 */
export function runWithRequestState<T>(state: RequestState, work: () => T): T {
  return scope.run(state, work);
}

/** The state of the page request being handled, if any (none in unit tests and background work). */
export function currentRequestState(): RequestState | undefined {
  return scope.getStore();
}

const purgeListeners = new Set<(reason: string) => void>();

/** Registers a cache to purge on revalidation; returns the unsubscribe function. */
export function onPurge(listener: (reason: string) => void): () => void {
  purgeListeners.add(listener);
  return () => purgeListeners.delete(listener);
}

/** Purges every registered cache (the CMS data cache and, through the server, the page cache). */
export function purgeAll(reason: string): void {
  for (const listener of purgeListeners) listener(reason);
}
