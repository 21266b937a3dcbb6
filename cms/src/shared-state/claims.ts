import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { inTransaction, SHARED_STATE_TABLES } from './tables';

/**
 * Claims decided by a unique key in the shared database: the first instance to insert the row owns
 * the thing (a form submission, a slug, a cron job's run); every other instance reads who does.
 * `INSERT … ON CONFLICT DO NOTHING` then a read of the row is one atomic decision on PostgreSQL
 * and on SQLite alike, whatever the number of CMS instances.
 */

/** A claim older than this whose owner has not finished is taken to be lost (its instance stopped). */
export const STALE_CLAIM_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** This process, in job runs (for an operator reading the table: which instance ran what). */
const INSTANCE = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`.slice(0, 64);

export type OnceOutcome<O> =
  /** This call stored it (or found nothing to store): `outcome` is what `work` gave. */
  | { kind: 'ran'; outcome: O }
  /** Another call stored the same submission: its reference. */
  | { kind: 'duplicate'; reference: string }
  /** The same key was claimed with other content. */
  | { kind: 'conflict' };

type SubmissionClaimRow = { token: string; fingerprint: string; reference: string | null; claimed_at: string | number };

/**
 * Runs `work` for a form submission at most once across every CMS instance: the submission's key
 * (`scope`, `key`) is claimed first. A second call with the same key and fingerprint (the same form
 * retried, on this instance or another) waits until the first has stored it and answers with the
 * first one's reference; one with another fingerprint gets `conflict`. When `work` stores nothing
 * (reference null: refused, invalid) or throws, the claim is given up so a retry can go on.
 */
export async function storeOnce<O>(
  strapi: Core.Strapi,
  claim: { scope: string; key: string; fingerprint: string },
  work: () => Promise<{ outcome: O; reference: string | null }>,
  { waitMs = 30_000 }: { waitMs?: number } = {},
): Promise<OnceOutcome<O>> {
  const knex = strapi.db.connection;
  const table = SHARED_STATE_TABLES.submissionClaims;
  const token = randomUUID();
  const where = { scope: claim.scope, submission_key: claim.key };
  const deadline = Date.now() + waitMs;

  const run = async (): Promise<OnceOutcome<O>> => {
    try {
      const { outcome, reference } = await work();
      if (reference === null) await knex(table).where({ ...where, token }).delete();
      else await knex(table).where({ ...where, token }).update({ reference });
      return { kind: 'ran', outcome };
    } catch (error) {
      await knex(table).where({ ...where, token }).delete();
      throw error;
    }
  };

  while (Date.now() < deadline) {
    const now = Date.now();
    await knex(table)
      .insert({ ...where, fingerprint: claim.fingerprint, token, reference: null, claimed_at: now })
      .onConflict(['scope', 'submission_key'])
      .ignore();
    const row: SubmissionClaimRow | undefined = await knex(table).where(where).first('token', 'fingerprint', 'reference', 'claimed_at');
    if (row?.token === token) return run();
    if (row) {
      if (row.fingerprint !== claim.fingerprint) return { kind: 'conflict' };
      if (row.reference) return { kind: 'duplicate', reference: row.reference };
      // Claimed long ago and never finished: its instance stopped. Take it over, if nobody else did.
      if (Number(row.claimed_at) < now - STALE_CLAIM_MS) {
        const taken = await knex(table).where({ ...where, token: row.token }).whereNull('reference').update({ token, claimed_at: now });
        if (taken === 1) return run();
      }
    }
    // Stored in a moment by the other call (a write takes milliseconds), or given up: look again.
    await sleep(25);
  }
  throw new Error(`[shared-state] the submission ${claim.scope}/${claim.key.slice(0, 8)}… is still being stored by another call after ${waitMs} ms`);
}

/**
 * Runs `work` while holding (`scope`, `key`) in the shared database, or not at all while another
 * call, on any instance, holds it (`heldFor`: what that one said it does): for a decision that must
 * not run twice at once, such as a communicator's double click that reaches two instances. The
 * hold ends with `work`; one left by a stopped instance is taken over after STALE_CLAIM_MS.
 */
export async function runExclusive<T>(
  strapi: Core.Strapi,
  { scope, key, purpose }: { scope: string; key: string; purpose: string },
  work: () => Promise<T>,
): Promise<{ ran: true; result: T } | { ran: false; heldFor: string | null }> {
  const knex = strapi.db.connection;
  const table = SHARED_STATE_TABLES.submissionClaims;
  const token = randomUUID();
  const where = { scope, submission_key: key };
  const now = Date.now();
  await knex(table).insert({ ...where, fingerprint: purpose, token, reference: null, claimed_at: now }).onConflict(['scope', 'submission_key']).ignore();
  const row: SubmissionClaimRow | undefined = await knex(table).where(where).first('token', 'fingerprint', 'reference', 'claimed_at');
  if (row?.token !== token) {
    const stale = row !== undefined && Number(row.claimed_at) < now - STALE_CLAIM_MS;
    const taken = stale ? await knex(table).where({ ...where, token: row.token }).update({ token, fingerprint: purpose, claimed_at: now }) : 0;
    if (taken !== 1) return { ran: false, heldFor: row?.fingerprint ?? null };
  }
  try {
    return { ran: true, result: await work() };
  } finally {
    await knex(table).where({ ...where, token }).delete();
  }
}

/**
 * The first of `candidates` (in order) that no other document holds, claimed for this one:
 * UNIQUE(content_type, locale, slug) decides between instances filling the same slug at once.
 * A claim older than STALE_CLAIM_MS whose slug is in no document (`taken` lists those that are)
 * is free again (a deleted document, a renamed slug).
 */
export async function claimSlug(
  strapi: Core.Strapi,
  { contentType, locale, base, taken, own }: { contentType: string; locale: string; base: string; taken: Set<string>; own: Set<string> },
): Promise<string> {
  const table = SHARED_STATE_TABLES.slugClaims;
  const token = randomUUID();
  const key = { content_type: contentType, locale };
  const candidate = (n: number) => (n === 1 ? base : `${base}-${n}`);

  return inTransaction(strapi, async (trx) => {
    for (let round = 0; round < 20; round += 1) {
      const now = Date.now();
      const claims: { slug: string; token: string; claimed_at: string | number }[] = await trx(table)
        .where(key)
        .whereRaw('(slug = ? OR slug LIKE ?)', [base, `${base}-%`])
        .select('slug', 'token', 'claimed_at');
      const held = new Map(claims.map((row) => [row.slug, row]));
      const isStale = (slug: string) => Number(held.get(slug)?.claimed_at ?? now) < now - STALE_CLAIM_MS;
      let n = 1;
      while (taken.has(candidate(n)) || (held.has(candidate(n)) && !own.has(candidate(n)) && !isStale(candidate(n)))) n += 1;
      const slug = candidate(n);
      const previous = held.get(slug);
      // The document's own slug (an update): it is this document's, whoever claimed it before.
      if (own.has(slug)) {
        await trx(table).insert({ ...key, slug, token, claimed_at: now }).onConflict(['content_type', 'locale', 'slug']).merge(['token', 'claimed_at']);
        return slug;
      }
      if (previous) {
        // A stale claim: taken over only if nobody else took it over first.
        const updated = await trx(table).where({ ...key, slug, token: previous.token }).update({ token, claimed_at: now });
        if (updated === 1) return slug;
        continue;
      }
      await trx(table).insert({ ...key, slug, token, claimed_at: now }).onConflict(['content_type', 'locale', 'slug']).ignore();
      const row: { token: string } | undefined = await trx(table).where({ ...key, slug }).first('token');
      if (row?.token === token) return slug;
      // Another instance claimed it between the read and the insert: read again.
    }
    return `${base}-${randomUUID().slice(0, 8)}`;
  });
}

/**
 * True for exactly one caller per job and tick (the run's scheduled time, the same on every
 * instance): the cron task runs there, and is skipped everywhere else.
 */
export async function claimJobRun(strapi: Core.Strapi, job: string, scheduledAt: Date): Promise<boolean> {
  const table = SHARED_STATE_TABLES.jobRuns;
  const tick = new Date(Math.floor(scheduledAt.getTime() / 1000) * 1000).toISOString();
  const knex = strapi.db.connection;
  await knex(table).insert({ job, tick, instance: INSTANCE, started_at: Date.now() }).onConflict(['job', 'tick']).ignore();
  const row: { instance: string } | undefined = await knex(table).where({ job, tick }).first('instance');
  return row?.instance === INSTANCE;
}

/** Removes what no instance needs any more: settled submission claims and job runs older than `olderThanMs`. */
export async function removeOldClaims(strapi: Core.Strapi, olderThanMs: number, now = Date.now()): Promise<number> {
  const knex = strapi.db.connection;
  const cutoff = now - olderThanMs;
  const claims = await knex(SHARED_STATE_TABLES.submissionClaims).where('claimed_at', '<', cutoff).delete();
  const runs = await knex(SHARED_STATE_TABLES.jobRuns).where('started_at', '<', cutoff).delete();
  return claims + runs;
}
