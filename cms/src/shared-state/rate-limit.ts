import type { Core } from '@strapi/strapi';
import { slidingWindowRelease, takeSlots, type RateLimitRequest } from '../submissions/rate-limit';
import { inTransaction, isPostgres, SHARED_STATE_TABLES, type Knex } from './tables';

const TABLE = SHARED_STATE_TABLES.rateLimits;

export type RateLimitSlot = { ok: true; release: () => Promise<void> } | { ok: false; retryAfterMs: number };

function parseHits(value: string | undefined): number[] {
  try {
    const parsed: unknown = JSON.parse(value ?? '[]');
    return Array.isArray(parsed) ? parsed.map(Number).filter(Number.isFinite) : [];
  } catch {
    return [];
  }
}

/**
 * The client's row, locked until the transaction ends (PostgreSQL: a second instance taking a slot
 * for the same key waits here, then reads what the first wrote; SQLite has one writer anyway).
 */
async function lockedHits(strapi: Core.Strapi, trx: Knex, { scope, key }: RateLimitRequest, now: number): Promise<number[]> {
  await trx(TABLE).insert({ scope, client_key: key, hits: '[]', updated_at: now }).onConflict(['scope', 'client_key']).ignore();
  const query = trx(TABLE).where({ scope, client_key: key }).first('hits');
  const row: { hits: string } | undefined = await (isPostgres(strapi) ? query.forUpdate() : query);
  return parseHits(row?.hits);
}

/**
 * Takes one slot of every limit in `requests` at once, or none (submissions/rate-limit.ts has the
 * rule). Correct with any number of CMS instances on one database: each key's row is read and
 * written under a row lock in one transaction.
 */
export async function takeRateLimitSlots(strapi: Core.Strapi, requests: RateLimitRequest[], now = Date.now()): Promise<RateLimitSlot> {
  const taken = await inTransaction(strapi, async (trx) => {
    const current = new Map<RateLimitRequest, number[]>();
    // Always in the same order (client before partner): two transactions never wait on each other crosswise.
    for (const request of requests) current.set(request, await lockedHits(strapi, trx, request, now));
    const decision = takeSlots(requests, (request) => current.get(request) ?? [], now);
    if (decision.ok) {
      for (const { request, hits } of decision.updates) {
        await trx(TABLE).where({ scope: request.scope, client_key: request.key }).update({ hits: JSON.stringify(hits), updated_at: now });
      }
    }
    return decision;
  });
  if (!taken.ok) return taken;
  return {
    ok: true,
    release: () =>
      inTransaction(strapi, async (trx) => {
        for (const request of requests) {
          const hits = slidingWindowRelease(await lockedHits(strapi, trx, request, now), now);
          await trx(TABLE).where({ scope: request.scope, client_key: request.key }).update({ hits: JSON.stringify(hits) });
        }
      }),
  };
}

/**
 * Forgets every client whose last submission is older than the longest window (the privacy notice
 * promises the keys are kept for the window only): run by a cron task on every instance.
 */
export async function removeExpiredRateLimits(strapi: Core.Strapi, longestWindowMs: number, now = Date.now()): Promise<number> {
  return strapi.db.connection(TABLE).where('updated_at', '<', now - longestWindowMs).delete();
}
