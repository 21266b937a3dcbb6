// The answers a form's action gives besides its redirect to the receipt: each keeps everything the
// person typed (`values`), so the form is shown again filled in, with what went wrong.
import { json, type TypedResponse } from '@remix-run/node';
import { isCmsError } from './cms-error';
import { logCmsError } from './http.server';

type FormState = { values: object; errors: object; problem: 'unavailable' | 'rateLimited' | null };

/** The answers for one submit of a form with state `S`. */
export function formAnswers<S extends FormState>(values: S['values']) {
  const answer = (errors: S['errors'], problem: S['problem'], init: ResponseInit) =>
    json({ values, errors, problem } as S, init) as TypedResponse<S>;
  return {
    /** Field errors (400; 409 for a form sent before with other text). */
    invalid: (errors: S['errors'], status = 400) => answer(errors, null, { status }),
    /** Submissions are switched off here (503). */
    closed: () => answer({}, 'unavailable', { status: 503 }),
    /** The CMS says: too many; when it says when the next is welcome, the browser hears it too. */
    rateLimited: (retryAfter: string | null | undefined) =>
      answer({}, 'rateLimited', { status: 429, headers: retryAfter ? { 'Retry-After': retryAfter } : {} }),
    /** The CMS did not answer: try again in half a minute (503). */
    unavailable: () => answer({}, 'unavailable', { status: 503, headers: { 'Retry-After': '30' } }),
  };
}

/** Sends the form on; when the CMS fails, logs it and answers `unavailable()` instead. */
export async function sendOrUnavailable<T>(send: () => Promise<T>, unavailable: () => T): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!isCmsError(error)) throw error;
    logCmsError(error);
    return unavailable();
  }
}

/** Copies an answer's Retry-After (from the action, or from an error) onto the page's headers. */
export function withRetryAfter(headers: Headers, ...sources: (Headers | undefined)[]): Headers {
  const retryAfter = sources.map((source) => source?.get('Retry-After')).find((value) => value);
  if (retryAfter) headers.set('Retry-After', retryAfter);
  return headers;
}
