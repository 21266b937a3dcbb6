import type { Core } from '@strapi/strapi';

/**
 * State that every CMS instance must see alike, in the one database they share (PostgreSQL with
 * several instances, SQLite with one; docs/decisions/024-shared-cms-state-in-postgresql.md). Plain
 * tables, not content types: nobody edits them, no API exposes them, and Strapi's schema sync
 * leaves tables it did not create alone. Each uniqueness is a database constraint, so two
 * instances racing for the same thing are decided by the database, not by either process.
 */
export const SHARED_STATE_TABLES = {
  /** Per scope and client key: the times of the accepted submissions in the current window. */
  rateLimits: 'shared_rate_limits',
  /** One row per form submission (idempotency key): who stores it, and the reference once stored. */
  submissionClaims: 'shared_submission_claims',
  /** One row per generated slug and locale of a content type: who took it. */
  slugClaims: 'shared_slug_claims',
  /** One row per run of a cron job (its scheduled time): the instance that runs it. */
  jobRuns: 'shared_job_runs',
} as const;

export type Knex = Core.Strapi['db']['connection'];

/** True when the instances may be several (PostgreSQL): row locks are taken there. */
export function isPostgres(strapi: Core.Strapi): boolean {
  return strapi.db.dialect.client === 'postgres';
}

/**
 * Runs `work` in a transaction: the caller's one when it is inside a Document Service call (on
 * SQLite, whose single connection is held by that transaction, another one would wait forever).
 */
export async function inTransaction<T>(strapi: Core.Strapi, work: (trx: Knex) => Promise<T>): Promise<T> {
  return await strapi.db.transaction(({ trx }) => work(trx ?? strapi.db.connection));
}

type TableBuilder = Parameters<Parameters<Knex['schema']['createTable']>[1]>[0];

const DEFINITIONS: Record<(typeof SHARED_STATE_TABLES)[keyof typeof SHARED_STATE_TABLES], (table: TableBuilder) => void> = {
  [SHARED_STATE_TABLES.rateLimits]: (table) => {
    table.string('scope', 32).notNullable();
    table.string('client_key', 128).notNullable();
    // A JSON array of epoch milliseconds, oldest first: at most the limit (30) entries.
    table.text('hits').notNullable();
    table.bigInteger('updated_at').notNullable().index();
    table.primary(['scope', 'client_key']);
  },
  [SHARED_STATE_TABLES.submissionClaims]: (table) => {
    table.string('scope', 32).notNullable();
    table.string('submission_key', 128).notNullable();
    table.string('fingerprint', 128).notNullable();
    table.string('token', 64).notNullable();
    table.string('reference', 64).nullable();
    table.bigInteger('claimed_at').notNullable().index();
    table.primary(['scope', 'submission_key']);
  },
  [SHARED_STATE_TABLES.slugClaims]: (table) => {
    table.string('content_type', 191).notNullable();
    table.string('locale', 16).notNullable();
    table.string('slug', 255).notNullable();
    table.string('token', 64).notNullable();
    table.bigInteger('claimed_at').notNullable();
    table.primary(['content_type', 'locale', 'slug']);
  },
  [SHARED_STATE_TABLES.jobRuns]: (table) => {
    table.string('job', 64).notNullable();
    table.string('tick', 32).notNullable();
    table.string('instance', 64).notNullable();
    table.bigInteger('started_at').notNullable().index();
    table.primary(['job', 'tick']);
  },
};

/**
 * Creates the tables that are missing (at bootstrap, before the first request or cron run). Two
 * instances starting at once may both try: the loser's error is ignored once the table exists.
 */
export async function ensureSharedStateTables(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  for (const [name, define] of Object.entries(DEFINITIONS)) {
    if (await knex.schema.hasTable(name)) continue;
    try {
      await knex.schema.createTable(name, define);
    } catch (error) {
      if (!(await knex.schema.hasTable(name))) throw error;
    }
  }
}
