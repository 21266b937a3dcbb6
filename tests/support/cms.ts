import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmsTestEnv } from './cms-env.mjs';
import { freePort, stopProcess, waitForUrl } from './process.mjs';
import { createDatabase, dropDatabase, startPostgres, strapiDatabaseEnv, type PostgresServer, type RunningPostgres } from './postgres';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cmsDir = path.join(repoRoot, 'cms');

// One implementation of these for the tests and the benchmarks.
export { freePort };

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs = 60_000): Promise<void> {
  await waitForUrl(`${url}/_health`, { child, log, timeoutMs });
}

export interface RunningCms {
  url: string;
  readToken: string;
  /** Secret of the submission-only token (POST /api/event-submissions). */
  submissionToken: string;
  databaseFilename: string;
  /** Where the content is: the SQLite file, or a fresh database on the test PostgreSQL (TEST_DATABASE=postgres). */
  database: { client: 'sqlite'; filename: string } | { client: 'postgres'; server: PostgresServer; name: string };
  /** The environment this Strapi runs with (secrets, database, STRAPI_PUBLIC_DIR): for `strapi export`/`import` and the like. */
  env: Record<string, string | undefined>;
  /** Everything Strapi printed so far. */
  log: () => string;
  stop: () => Promise<void>;
  /** Stops and starts Strapi again on the same database (runs bootstrap and seed again). */
  restart: () => Promise<void>;
  /** Stops the process and keeps its database (to change it as an older version left it; then `restart`). */
  halt: () => Promise<void>;
  /** The running Strapi's process id (to kill it hard: the topology test). */
  pid: () => number | undefined;
}

/**
 * A seeded database made once per run (support/global-setup.ts) that startCms copies instead of
 * seeding again: the seed takes most of a boot (about 28 s of 36 s on a busy 2-core machine).
 */
export interface CmsTemplate {
  /** The SQLite file, with TEST_DATABASE=sqlite. */
  sqliteFile?: string;
  /** The template database on the run's PostgreSQL, with TEST_DATABASE=postgres. */
  postgresDatabase?: string;
}

/** Settings that change what the first boot writes: a CMS started with one of them seeds its own database. */
const SEED_SETTINGS = ['SEED', 'SEED_DEMO', 'NODE_ENV', 'DATABASE_CLIENT', 'DATABASE_FILENAME', 'DATABASE_NAME'];

/** What support/global-setup.ts provided to this vitest run (nothing outside vitest: Playwright's specs import this file too). */
async function provided(): Promise<{ postgres: PostgresServer | null; cmsTemplate: CmsTemplate | null }> {
  try {
    const { inject } = await import('vitest');
    return { postgres: inject('postgres') ?? null, cmsTemplate: inject('cmsTemplate') ?? null };
  } catch {
    return { postgres: null, cmsTemplate: null };
  }
}

/**
 * The database for one Strapi: a fresh SQLite file, or with TEST_DATABASE=postgres a fresh PostgreSQL
 * database; a copy of `template` when given.
 */
export async function testDatabase(
  dir: string,
  template: CmsTemplate | null = null,
  postgres: PostgresServer | null = null,
): Promise<{
  database: RunningCms['database'];
  env: Record<string, string>;
  drop: () => void;
}> {
  const filename = path.join(dir, 'data.db');
  if (process.env.TEST_DATABASE !== 'postgres') {
    if (template?.sqliteFile) {
      fs.copyFileSync(template.sqliteFile, filename);
      if (fs.existsSync(`${template.sqliteFile}-wal`)) fs.copyFileSync(`${template.sqliteFile}-wal`, `${filename}-wal`);
    }
    return { database: { client: 'sqlite', filename }, env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename }, drop: () => {} };
  }
  // The run's server from support/global-setup.ts; outside vitest's run, a server of its own.
  let own: RunningPostgres | null = null;
  const server = postgres ?? (await provided()).postgres ?? (own = await startPostgres());
  const name = createDatabase(server, 'stodportalen', own ? undefined : template?.postgresDatabase);
  return {
    database: { client: 'postgres', server, name },
    env: strapiDatabaseEnv(server, name),
    drop: () => {
      try {
        if (own) own.stop();
        else dropDatabase(server, name);
      } catch (error) {
        console.warn(`could not remove test database ${name}: ${String(error)}`);
      }
    },
  };
}

/** The database of a running CMS, for a second instance of it (not dropped when that one stops). */
function sharedDatabase(cms: RunningCms): Awaited<ReturnType<typeof testDatabase>> {
  if (cms.database.client !== 'postgres') throw new Error('several CMS instances need PostgreSQL (SQLite is one file on one machine)');
  const { server, name } = cms.database;
  return { database: cms.database, env: strapiDatabaseEnv(server, name), drop: () => {} };
}

/**
 * Boots a real Strapi from the compiled server code on its own database: a temporary SQLite file,
 * or a new database on the test PostgreSQL with TEST_DATABASE=postgres. The database is a copy of
 * the run's seeded template when there is one and nothing in `extraEnv` changes what a first boot
 * writes; otherwise (or with `fresh`) the boot seeds it.
 */
export async function startCms(
  options: {
    extraEnv?: Record<string, string>;
    healthTimeoutMs?: number;
    /** Seed an empty database instead of copying the run's seeded template (for tests of the first boot). */
    fresh?: boolean;
    /** The PostgreSQL to use with TEST_DATABASE=postgres, where vitest cannot provide it (global setup). */
    postgres?: PostgresServer;
    /** The port to listen on (default: a free one). */
    port?: number;
    /**
     * Another instance on the same database (several CMS instances on one PostgreSQL): its database
     * and tokens are used, and dropped by it, not by this one.
     */
    sameDatabaseAs?: RunningCms;
  } = {},
): Promise<RunningCms> {
  const port = options.port ?? (await freePort());
  const peer = options.sameDatabaseAs;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-cms-'));
  const databaseFilename = path.join(dir, 'data.db');
  const readToken = peer?.readToken ?? randomBytes(32).toString('hex');
  const submissionToken = peer?.submissionToken ?? randomBytes(32).toString('hex');
  const url = `http://127.0.0.1:${port}`;
  const seedsItself = options.fresh === true || Object.keys(options.extraEnv ?? {}).some((name) => SEED_SETTINGS.includes(name));
  const db = peer ? sharedDatabase(peer) : await testDatabase(dir, seedsItself ? null : (await provided()).cmsTemplate, options.postgres);
  // Uploaded files (local provider) go to this CMS's own directory, removed with it.
  const publicDir = path.join(dir, 'public');
  fs.mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  const env = cmsTestEnv({ port, databaseFilename, readToken, submissionToken, extra: { ...db.env, STRAPI_PUBLIC_DIR: publicDir, ...options.extraEnv } });
  let output = '';
  let child: ChildProcess;

  const boot = async () => {
    child = spawn(process.execPath, ['scripts/serve.js'], {
      cwd: cmsDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForHealth(url, child, () => output, options.healthTimeoutMs);
  };
  const stop = () => stopProcess(child);
  try {
    await boot();
  } catch (error) {
    await stop();
    db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    readToken,
    submissionToken,
    databaseFilename,
    database: db.database,
    env,
    log: () => output,
    stop: async () => {
      await stop();
      db.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    restart: async () => {
      await stop();
      await boot();
    },
    halt: stop,
    pid: () => child.pid,
  };
}

/** Seeds one database for the run's templates (support/global-setup.ts); `remove` deletes it. */
export async function buildCmsTemplate(postgres: PostgresServer | null): Promise<{ template: CmsTemplate; remove: () => void }> {
  const cms = await startCms({ fresh: true, healthTimeoutMs: 300_000, ...(postgres ? { postgres } : {}) });
  await cms.halt();
  const dir = path.dirname(cms.databaseFilename);
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  if (cms.database.client === 'sqlite') return { template: { sqliteFile: cms.database.filename }, remove: removeDir };
  const { server, name } = cms.database;
  return {
    template: { postgresDatabase: name },
    remove: () => {
      dropDatabase(server, name);
      removeDir();
    },
  };
}

export interface GraphqlResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphql<T = Record<string, unknown>>(
  cms: { url: string },
  query: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<GraphqlResult<T>> {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const body = (await response.json()) as Omit<GraphqlResult<T>, 'status'>;
  return { status: response.status, ...body };
}

type Session = { token: string; request: (method: string, path: string, body?: unknown) => Promise<Response> };

export function sessionWith(cms: { url: string }, token: string): Session {
  return {
    token,
    request: (method, requestPath, body) =>
      fetch(`${cms.url}${requestPath}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}

/**
 * A communicator's session on the admin API: a user with only the Kommunikatör role, invited by
 * `admin` (a super admin's session) and registered as invited users are.
 */
export function communicatorSession(cms: { url: string }, admin: Session, email = 'kim@example.invalid'): Promise<Session> {
  return roleSession(cms, admin, 'Kommunikatör', email);
}

/** A session of a user with only the admin role named `roleName` (e.g. Strapi's own "Author"), invited by `admin`. */
export async function roleSession(cms: { url: string }, admin: Session, roleName: string, email: string): Promise<Session> {
  const roles = (await (await admin.request('GET', '/admin/roles')).json()) as { data: { id: number; name: string }[] };
  const role = roles.data.find((r) => r.name === roleName);
  if (!role) throw new Error(`no ${roleName} role`);
  const invited = await admin.request('POST', '/admin/users', { firstname: 'Kim', lastname: 'Kommunikatör', email, roles: [role.id] });
  if (invited.status !== 201) throw new Error(`inviting a communicator answered ${invited.status}: ${await invited.text()}`);
  const { registrationToken } = ((await invited.json()) as { data: { registrationToken: string } }).data;
  const registered = await fetch(`${cms.url}/admin/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ registrationToken, userInfo: { firstname: 'Kim', lastname: 'Kommunikatör', password: 'Kommunikator-123' } }),
  });
  if (registered.status !== 200) throw new Error(`registering a communicator answered ${registered.status}: ${await registered.text()}`);
  return sessionWith(cms, ((await registered.json()) as { data: { token: string } }).data.token);
}

/** An editor's session on the admin API: the first admin is registered on the fresh database. */
export async function adminSession(cms: { url: string }): Promise<Session> {
  const credentials = { email: 'redaktor@example.invalid', password: 'Testlosenord-123', firstname: 'Test', lastname: 'Redaktör' };
  let response = await fetch(`${cms.url}/admin/register-admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (response.status !== 200 && response.status !== 201) {
    response = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: credentials.email, password: credentials.password }),
    });
  }
  if (!response.ok) throw new Error(`admin login failed: ${response.status} ${await response.text()}`);
  const { data } = (await response.json()) as { data: { token: string } };
  return sessionWith(cms, data.token);
}
