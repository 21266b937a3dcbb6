// The gateway between the web and the CMS, the only module that talks to it: GraphQL reads with the
// read-only token through an in-process cache (swr-cache.server.ts), so that pages stay fast and
// keep answering when the CMS is slow or down, within one time budget per page; and, from
// cms-http.server.ts (re-exported here), REST calls (postToCms for forms, the draft preview, the
// readiness probe) with the URL, credentials, timeouts, request ids and CmsError in one place.
// Once the read model of published content is loaded (app/read-model/), cmsRequest answers from it.
// Lifetimes: cache-policy.ts. See docs/decisions/008-caching-and-revalidation.md.
import { getOperationAST, type DocumentNode } from 'graphql';
import { ClientError, GraphQLClient } from 'graphql-request';
import { CMS_CACHE } from './cache-policy';
import * as http from './cms-http.server';
import { cmsUrl, credentialHeaders, REQUEST_ID_HEADER, type CmsAnswer, type CmsCall } from './cms-http.server';
import { CmsError } from './cms-error';
import { getEnv } from './env.server';
import { answerFromReadModel } from '../read-model/index.server';
import { currentRequestState, onPurge, type RequestState } from './request-state.server';
import { cacheKey, SwrCache, WaitTimeoutError, type LoadPurpose } from './swr-cache.server';

export { checkCmsReadiness, type CmsAnswer, type CmsCall, type CmsCredential } from './cms-http.server';
export { CmsError, isCmsError } from './cms-error';

/** A GraphQL document that carries its result and variables types (what codegen generates). */
export type TypedDocument<TResult, TVariables> = DocumentNode & {
  __apiType?: (variables: TVariables) => TResult;
};

/**
 * Bounds in characters of JSON (in memory a parsed answer takes about three times that): the
 * content of the whole portal fits, and the web stays under 200 MB of memory when the cache is full.
 */
const CONTENT_CACHE = { maxEntries: 5_000, maxSize: 8_000_000 };

let client: GraphQLClient | undefined;
let cache: SwrCache<object> | null | undefined;

function getClient(): GraphQLClient {
  if (!client) {
    client = new GraphQLClient(cmsUrl('/graphql'), {
      method: 'POST',
      headers: credentialHeaders('read', 'GraphQL'),
      errorPolicy: 'none',
    });
  }
  return client;
}

function createCache(ttlMs: number, bounds: { maxEntries: number; maxSize: number }): SwrCache<object> {
  const created = new SwrCache<object>({
    ttlMs,
    staleWhileRevalidateMs: CMS_CACHE.staleWhileRevalidateMs,
    retryAfterMs: CMS_CACHE.retryAfterMs,
    ...bounds,
    sizeOf: (value) => JSON.stringify(value).length,
    onRefreshError: (_key, error) => console.error(`[cms] ${describe(error)} (background refresh; the cached copy stays)`),
  });
  onPurge(() => created.invalidateAll());
  return created;
}

/** The CMS cache for an operation, or null when CMS_CACHE_TTL_MS is 0. Purged by POST /api/revalidate. */
function getCache(): SwrCache<object> | null {
  if (cache === undefined) {
    const ttlMs = getEnv().CMS_CACHE_TTL_MS ?? CMS_CACHE.defaultTtlMs;
    cache = ttlMs > 0 ? createCache(ttlMs, CONTENT_CACHE) : null;
  }
  return cache;
}

function operationName(document: DocumentNode): string {
  return getOperationAST(document)?.name?.value ?? 'anonymous operation';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof ClientError) {
    const messages = (error.response.errors ?? []).map((e) => e.message).join('; ');
    return messages ? `HTTP ${error.response.status}, GraphQL errors: ${messages}` : `HTTP ${error.response.status}`;
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.name}: ${error.message}${cause}`;
  }
  return String(error);
}

/**
 * The time a visitor's request may still wait for the CMS: CMS_TIMEOUT_MS for the whole page (from
 * its first CMS request), so a page with several queries still answers within about the timeout.
 */
function requestTimeout(state: RequestState | undefined): number {
  const timeoutMs = getEnv().CMS_TIMEOUT_MS;
  if (!state) return timeoutMs;
  const now = Date.now();
  const deadline = (state.cmsDeadline ??= now + timeoutMs);
  return Math.min(timeoutMs, deadline - now);
}

async function fetchFromCms<TResult, TVariables extends object>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  operation: string,
  timeoutMs: number,
  requestId: string | undefined,
): Promise<TResult> {
  if (timeoutMs <= 0) {
    throw new CmsError(operation, null, `the page's time for the CMS (${getEnv().CMS_TIMEOUT_MS} ms) is used up`);
  }
  let result: TResult;
  try {
    result = await getClient().request<TResult>({
      document,
      variables,
      signal: AbortSignal.timeout(timeoutMs),
      ...(requestId ? { requestHeaders: { [REQUEST_ID_HEADER]: requestId } } : {}),
    });
  } catch (error) {
    throw new CmsError(operation, error, describeFailure(error, timeoutMs));
  }
  if (result === null || typeof result !== 'object') {
    throw new CmsError(operation, result, 'the response has no data');
  }
  return result;
}

/**
 * Runs a query against the CMS, through the cache. Every failure (network, timeout, HTTP status,
 * GraphQL errors, a response without data) becomes a CmsError, so loaders handle one kind of
 * error; when the CMS fails but an earlier answer is cached, that answer is returned instead and
 * the page is marked as possibly out of date (the layout shows a notice).
 */
export function cmsRequest<TResult extends object, TVariables extends object>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  return readModelOr(document, variables, (operation) => requestThroughCache(document, variables, operation));
}

/**
 * Published content comes from the read model once it is loaded (app/read-model/), with no CMS
 * request; anything else (or everything, before it is loaded) from `fetch`.
 */
async function readModelOr<TResult extends object, TVariables extends object>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  fetch: (operation: string) => Promise<TResult>,
): Promise<TResult> {
  const operation = operationName(document);
  const local = answerFromReadModel<TResult>(document, variables, operation);
  return local !== undefined ? local : fetch(operation);
}

async function requestThroughCache<TResult extends object, TVariables extends object>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  operation: string,
): Promise<TResult> {
  const state = currentRequestState();
  const load = (purpose: LoadPurpose) =>
    purpose === 'request'
      ? fetchFromCms(document, variables, operation, requestTimeout(state), state?.requestId)
      : fetchFromCms(document, variables, operation, getEnv().CMS_TIMEOUT_MS, undefined);
  const store = getCache();
  if (!store) return load('request');

  // The page's time for the CMS starts with its first query, whether it is loaded or not, and
  // also bounds the wait for a load that another request started.
  const maxWaitMs = requestTimeout(state);
  let hit;
  try {
    hit = await store.get(cacheKey(operation, variables, Date.now()), load, { maxWaitMs });
  } catch (error) {
    if (error instanceof WaitTimeoutError) {
      const detail = error.waitedMs > 0 ? error.message : `the page's time for the CMS (${getEnv().CMS_TIMEOUT_MS} ms) is used up`;
      throw new CmsError(operation, error, detail);
    }
    throw error;
  }
  if (hit.error !== undefined) {
    const detail = hit.error instanceof CmsError ? hit.error.message : `CMS request ${operation} failed: ${describe(hit.error)}`;
    console.error(`[cms] ${detail} (served the last good copy)`);
  }
  if (state) {
    if (hit.stale) state.stale = true;
    if (hit.expired) state.expired = true;
  }
  return hit.value;
}

/**
 * A read for background work that copies content elsewhere (the search index): from the read model
 * once it is loaded, else straight to the CMS with the full CMS_TIMEOUT_MS, not through the cache
 * (it would push the pages' last good copies out). Throws CmsError.
 */
export function cmsRequestUncached<TResult extends object, TVariables extends object>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  return readModelOr(document, variables, (operation) => fetchFromCms(document, variables, operation, getEnv().CMS_TIMEOUT_MS, undefined));
}

/**
 * A query of the read model's sync (app/read-model/): straight to the CMS, never cached, with the
 * sync's own time budget (`timeoutMs`). Throws CmsError.
 */
export function cmsSyncRequest<TResult extends object>(query: string, variables: Record<string, unknown>, operation: string, timeoutMs: number): Promise<TResult> {
  return fetchFromCms(query as unknown as TypedDocument<TResult, Record<string, unknown>>, variables, operation, timeoutMs, undefined);
}

/** One REST call to the CMS (cms-http.server.ts), carrying the page request's id. */
export function cmsFetch(call: CmsCall): Promise<CmsAnswer> {
  return http.cmsFetch({ requestId: currentRequestState()?.requestId, ...call });
}

/**
 * A form's submission: `POST path` with the submission-only token and its longer timeout, carrying
 * the request's id. Network failures and timeouts throw a CmsError; the caller reads the CMS's
 * answers from the status and throws a CmsError for any it does not know.
 */
export function postToCms(operation: string, path: string, body: unknown, options: { headers?: Record<string, string> } = {}): Promise<CmsAnswer> {
  return http.postToCms(operation, path, body, { requestId: currentRequestState()?.requestId, ...options });
}
