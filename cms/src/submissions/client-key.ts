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
