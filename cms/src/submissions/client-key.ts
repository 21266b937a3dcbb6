import { createHash } from 'node:crypto';
import { SHARED_HEADERS } from '@stodportalen/shared';
import type { RateLimited } from './intake';

export type SubmissionContext = {
  request: { body?: unknown; ip: string; get(name: string): string };
  status: number;
  body: unknown;
  set(name: string, value: string): void;
};

/** The web sends a hashed client identifier (never an address); without one, the caller's address is hashed here. */
export function clientKey(ctx: SubmissionContext): string {
  const header = ctx.request.get(SHARED_HEADERS.clientKey).trim().toLowerCase();
  if (/^[a-f0-9]{32,128}$/.test(header)) return header;
  return createHash('sha256').update(`direct:${ctx.request.ip}`).digest('hex');
}

/** A public form's error answer, in Strapi's error shape (the web reads `details.errors`). */
export function answerError(ctx: SubmissionContext, status: number, name: string, message: string, details: Record<string, unknown>): void {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details } };
}

/**
 * The answer to a form refused for its content (400, the error codes per field) or for the client's
 * rate limit (429 with Retry-After), alike for every public form; `what` names the form's thing.
 */
export function answerRejection(ctx: SubmissionContext, outcome: { kind: 'invalid'; errors: unknown } | RateLimited, what: 'submission' | 'report'): void {
  if (outcome.kind === 'invalid') {
    answerError(ctx, 400, 'ValidationError', `The ${what} is not valid.`, { errors: outcome.errors });
    return;
  }
  ctx.set('Retry-After', String(outcome.retryAfterSeconds));
  answerError(ctx, 429, 'RateLimitError', `Too many ${what}s from this client; try again later.`, { retryAfterSeconds: outcome.retryAfterSeconds });
}
