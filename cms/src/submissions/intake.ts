import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { isHoneypotFilled } from '@stodportalen/shared';
import { takeRateLimitSlots } from '../shared-state/rate-limit';
import type { RateLimitRequest } from './rate-limit';
import { SUBMISSION_RATE_LIMIT, type RateLimit } from './settings';

/** What a public form's parse gives: the shared zod schemas' result shape. */
type ParseResult<T, E> = { success: true; data: T } | { success: false; errors: E };

export type IntakeRejection<E> = { kind: 'dropped' } | { kind: 'invalid'; errors: E };
export type RateLimited = { kind: 'rate-limited'; retryAfterSeconds: number };
/** What a form's service answers before it looks at the database, other than going on. */
export type IntakeOutcome<E> = IntakeRejection<E> | RateLimited;

/**
 * What every public form's service (event tips, accessibility reports) does alike: drop what a bot
 * filled in the honeypot, parse with the shared schema, scope the form's idempotency key to the
 * client, and take a slot of the per-client rate limit and, where the form has one, of the
 * per-sender limit. Each form counts in limiters of its own (`form`); the counts are in the
 * database every CMS instance shares (shared-state/rate-limit.ts).
 */
export function createSubmissionIntake(
  strapi: Core.Strapi,
  form: string,
  limits: { perClient: RateLimit; perSender?: RateLimit } = { perClient: SUBMISSION_RATE_LIMIT },
) {
  const refused = (retryAfterMs: number): { ok: false; outcome: RateLimited } => ({ ok: false, outcome: { kind: 'rate-limited', retryAfterSeconds: Math.ceil(retryAfterMs / 1000) } });
  return {
    /**
     * The parsed submission with its key, or why it is not one. The key is the form's, scoped to
     * the client: two people who somehow got the same form (a cached page, a copied key) can never
     * be taken for one double submit.
     */
    accept<T extends { idempotencyKey: string }, E>(
      input: unknown,
      clientKey: string,
      parse: (input: unknown) => ParseResult<T, E>,
    ): { kind: 'parsed'; data: T; submissionKey: string } | IntakeRejection<E> {
      if (isHoneypotFilled(input)) return { kind: 'dropped' };
      const parsed = parse(input);
      if (!parsed.success) return { kind: 'invalid', errors: parsed.errors };
      const submissionKey = createHash('sha256').update(`${clientKey}:${parsed.data.idempotencyKey}`).digest('hex');
      return { kind: 'parsed', data: parsed.data, submissionKey };
    },

    /** The parsed submission and its key handed to `store` (with the client's), or why it is not one (see `accept`). */
    async handle<T extends { idempotencyKey: string }, E, O>(
      input: unknown,
      clientKey: string,
      parse: (input: unknown) => ParseResult<T, E>,
      store: (data: T, submissionKey: string, clientKey: string) => Promise<O>,
    ): Promise<O | IntakeRejection<E>> {
      const accepted = this.accept(input, clientKey, parse);
      return accepted.kind === 'parsed' ? store(accepted.data, accepted.submissionKey, clientKey) : accepted;
    },

    /**
     * A slot of the client's rate limit and of the sender's (`senderKey`, a hash: who sent it, not
     * from where), to release when nothing was stored; or the answer to give. A refusal takes no slot.
     */
    async takeSlot(clientKey: string, senderKey?: string): Promise<{ ok: true; release: () => Promise<void> } | { ok: false; outcome: RateLimited }> {
      const requests: RateLimitRequest[] = [{ scope: `${form}:client`, key: clientKey, rule: limits.perClient }];
      if (limits.perSender && senderKey !== undefined) requests.push({ scope: `${form}:sender`, key: senderKey, rule: limits.perSender });
      const slot = await takeRateLimitSlots(strapi, requests);
      return slot.ok ? slot : refused(slot.retryAfterMs);
    },
  };
}
