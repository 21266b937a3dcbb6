// The CMS gateway's HTTP layer: the CMS's URL, which token a call carries, its timeout, the request
// id passed on, and every failure as one CmsError. Stateless (no cache, no request scope), so the
// server's readiness probe (server/readiness.ts) can use it too. Pages read through cmsRequest in
// cms.server.ts, which re-exports all of this: import from there.
import { bearer, SHARED_HEADERS } from '@stodportalen/shared';
import { CmsError } from './cms-error';
import { getEnv } from './env.server';

/** Which of the web's CMS credentials a call carries. */
export type CmsCredential =
  /** The read-only API token (CMS_READ_TOKEN): GraphQL reads, the readiness probe. */
  | 'read'
  /** The submission-only API token (CMS_SUBMISSION_TOKEN): partners' tips and other forms. */
  | 'submission'
  /** The draft preview's token for one document (CmsCall.previewToken), in X-Preview-Token. */
  | 'preview';

/** Forms wait their turn behind others in the CMS: they get at least this long, not a read's timeout. */
export const MIN_SUBMISSION_TIMEOUT_MS = 10_000;

export const REQUEST_ID_HEADER = SHARED_HEADERS.requestId;

/** The CMS's address for a path such as `/graphql` or `/api/event-submissions`. */
export function cmsUrl(path: string): string {
  return `${getEnv().CMS_URL}${path}`;
}

/** The headers that carry a credential; throws a CmsError when it is not configured. */
export function credentialHeaders(credential: CmsCredential, operation: string, previewToken?: string): Record<string, string> {
  const env = getEnv();
  if (credential === 'read') return { authorization: bearer(env.CMS_READ_TOKEN) };
  if (credential === 'submission') {
    if (!env.CMS_SUBMISSION_TOKEN) throw new CmsError(operation, null, 'CMS_SUBMISSION_TOKEN is not set');
    return { authorization: bearer(env.CMS_SUBMISSION_TOKEN) };
  }
  if (!previewToken) throw new CmsError(operation, null, 'no preview token');
  return { [SHARED_HEADERS.previewToken]: previewToken };
}

/** The timeout of one call: a read's CMS_TIMEOUT_MS, or longer for a submission. */
export function timeoutFor(credential: CmsCredential): number {
  const { CMS_TIMEOUT_MS } = getEnv();
  return credential === 'submission' ? Math.max(CMS_TIMEOUT_MS, MIN_SUBMISSION_TIMEOUT_MS) : CMS_TIMEOUT_MS;
}

export interface CmsCall {
  /** Names the call in errors and logs, e.g. `SubmitEvent`. */
  operation: string;
  /** The path on the CMS, e.g. `/api/event-submissions`. */
  path: string;
  credential: CmsCredential;
  /** With the `preview` credential: the token the admin signed for the document (shared/src/preview-token.ts). */
  previewToken?: string;
  method?: 'GET' | 'POST';
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Default: timeoutFor(credential). */
  timeoutMs?: number;
  requestId?: string;
}

export interface CmsAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or null when there is none or it is not JSON. */
  payload: unknown;
}

/**
 * One REST call to the CMS. A network failure or a timeout throws a CmsError; any HTTP answer is
 * returned with its JSON body, for the caller to read the statuses it knows.
 */
export async function cmsFetch(call: CmsCall): Promise<CmsAnswer> {
  const timeoutMs = call.timeoutMs ?? timeoutFor(call.credential);
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...credentialHeaders(call.credential, call.operation, call.previewToken),
    ...(call.requestId ? { [REQUEST_ID_HEADER]: call.requestId } : {}),
    ...call.headers,
  };
  let response: Response;
  try {
    response = await fetch(cmsUrl(call.path), {
      method: call.method ?? (call.body === undefined ? 'GET' : 'POST'),
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new CmsError(call.operation, error, error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : undefined);
  }
  const payload: unknown = await response.json().catch(() => null);
  return { status: response.status, headers: response.headers, payload };
}

/**
 * A form's submission to a CMS route (`POST path` with the submission-only token and the longer
 * timeout). The caller reads the CMS's answers (accepted, invalid, too many, conflict) from the
 * status; anything it does not know it should throw as `new CmsError(operation, payload, …)`.
 */
export function postToCms(operation: string, path: string, body: unknown, options: { headers?: Record<string, string>; requestId?: string } = {}): Promise<CmsAnswer> {
  return cmsFetch({ operation, path, credential: 'submission', method: 'POST', body, ...options });
}

const READINESS_QUERY = { query: 'query Readiness { __typename }' };

/** Does the CMS answer a cheap GraphQL query with the web's read token (GET /readyz)? */
export async function checkCmsReadiness(): Promise<{ ready: boolean; detail: string }> {
  try {
    const { status, payload } = await cmsFetch({ operation: 'Readiness', path: '/graphql', credential: 'read', body: READINESS_QUERY });
    const ok =
      status >= 200 &&
      status < 300 &&
      typeof payload === 'object' &&
      payload !== null &&
      'data' in payload &&
      typeof payload.data === 'object' &&
      payload.data !== null &&
      '__typename' in payload.data;
    return { ready: ok, detail: ok ? 'ready' : `CMS answered HTTP ${status}` };
  } catch (error) {
    const cause = error instanceof CmsError ? error.cause : error;
    const timedOut = cause instanceof Error && cause.name === 'TimeoutError';
    return { ready: false, detail: timedOut ? `CMS did not answer within ${getEnv().CMS_TIMEOUT_MS} ms` : 'CMS unreachable' };
  }
}
