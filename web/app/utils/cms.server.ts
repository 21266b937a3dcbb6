// The only way the web talks to the CMS: GraphQL over HTTP with the read-only token, on the server,
// through an in-process cache (swr-cache.server.ts) so that pages stay fast and keep answering when
// the CMS is slow or down. See docs/decisions/007-caching-and-revalidation.md.
import { getOperationAST, type DocumentNode } from 'graphql';
import { ClientError, GraphQLClient } from 'graphql-request';
import { currentRequestState, onPurge, type RequestState } from '../../server/request-state.mjs';
import { CmsError } from './cms-error';
import { getEnv } from './env.server';
import { cacheKey, SwrCache, type LoadPurpose } from './swr-cache.server';

/** A GraphQL document that carries its result and variables types (what codegen generates). */
export type TypedDocument<TResult, TVariables> = DocumentNode & {
  __apiType?: (variables: TVariables) => TResult;
};

export const DEFAULT_CACHE_TTL_MS = 60_000;
/** As long as the pages' `stale-while-revalidate`: within it, an old copy is served at once. */
const STALE_WHILE_REVALIDATE_MS = 600_000;
/** After a failure, each key asks the CMS again at most this often (the last good copy meanwhile). */
const RETRY_AFTER_MS = 2_000;
const MAX_ENTRIES = 5_000;
/** About 24 MB of JSON: content is small; this keeps the web well under 200 MB even when full. */
const MAX_SIZE = 24_000_000;

let client: GraphQLClient | undefined;
let cache: SwrCache<object> | null | undefined;

function getClient(): GraphQLClient {
  if (!client) {
    const env = getEnv();
    client = new GraphQLClient(`${env.CMS_URL}/graphql`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${env.CMS_READ_TOKEN}` },
      errorPolicy: 'none',
    });
  }
  return client;
}

/** The CMS cache, or null when CMS_CACHE_TTL_MS is 0. Purged by POST /api/revalidate. */
function getCache(): SwrCache<object> | null {
  if (cache === undefined) {
    const ttlMs = getEnv().CMS_CACHE_TTL_MS ?? DEFAULT_CACHE_TTL_MS;
    const created =
      ttlMs > 0
        ? new SwrCache<object>({
            ttlMs,
            staleWhileRevalidateMs: STALE_WHILE_REVALIDATE_MS,
            retryAfterMs: RETRY_AFTER_MS,
            maxEntries: MAX_ENTRIES,
            maxSize: MAX_SIZE,
            sizeOf: (value) => JSON.stringify(value).length,
            onRefreshError: (_key, error) => console.error(`[cms] ${describe(error)} (background refresh; the cached copy stays)`),
          })
        : null;
    if (created) onPurge(() => created.invalidateAll());
    cache = created;
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
  state.cmsDeadline ??= now + timeoutMs;
  return Math.min(timeoutMs, state.cmsDeadline - now);
}

async function fetchFromCms<TResult, TVariables extends object>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  operation: string,
  timeoutMs: number,
): Promise<TResult> {
  if (timeoutMs <= 0) {
    throw new CmsError(operation, null, `the page's time for the CMS (${getEnv().CMS_TIMEOUT_MS} ms) is used up`);
  }
  let result: TResult;
  try {
    result = await getClient().request<TResult>({ document, variables, signal: AbortSignal.timeout(timeoutMs) });
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
export async function cmsRequest<TResult extends object, TVariables extends object>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const operation = operationName(document);
  const state = currentRequestState();
  const load = (purpose: LoadPurpose) =>
    fetchFromCms(document, variables, operation, purpose === 'request' ? requestTimeout(state) : getEnv().CMS_TIMEOUT_MS);
  const store = getCache();
  if (!store) return load('request');

  const hit = await store.get(cacheKey(operation, variables, Date.now()), load);
  if (hit.error !== undefined) console.error(`[cms] ${describe(hit.error)} (served the last good copy)`);
  if (state) {
    if (hit.stale) state.stale = true;
    if (hit.expired) state.expired = true;
  }
  return hit.value;
}
