import { createHash } from 'node:crypto';
import { SHARED_HEADERS } from '@stodportalen/shared';

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

/** 429 with Retry-After: the client sent more than the rate limit allows. */
export function answerRateLimited(ctx: SubmissionContext, retryAfterSeconds: number, message: string): void {
  ctx.set('Retry-After', String(retryAfterSeconds));
  answerError(ctx, 429, 'RateLimitError', message, { retryAfterSeconds });
}
