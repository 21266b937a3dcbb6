// A throwaway PostgreSQL 15 for the integration tests (TEST_DATABASE=postgres): initdb into a
// temporary directory, a server on a free loopback port (trust authentication on 127.0.0.1 only,
// its Unix socket inside the temporary directory), a fresh database for each Strapi, and everything
// removed afterwards. Run as root, the server runs as the `postgres` user (PostgreSQL refuses root).
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const POSTGRES_BIN_DIR = process.env.POSTGRES_BIN_DIR ?? '/usr/lib/postgresql/15/bin';

export interface PostgresServer {
  host: string;
  port: number;
  /** The superuser (trust authentication on 127.0.0.1, no password). */
  user: string;
  binDir: string;
  /** The temporary directory (data, socket, log). */
  dir: string;
}

export interface RunningPostgres extends PostgresServer {
  stop: () => void;
}

const isRoot = () => process.getuid?.() === 0;

function osUser(): { uid: number; gid: number } | null {
  if (!isRoot()) return null;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** Runs a PostgreSQL program, as the `postgres` user when we are root. */
function runAsServerUser(program: string, args: string[]): string {
  const binary = path.join(POSTGRES_BIN_DIR, program);
  const [command, commandArgs] = isRoot() ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`${program} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function postgresAvailable(): boolean {
  return fs.existsSync(path.join(POSTGRES_BIN_DIR, 'pg_ctl'));
}

/** Starts a new, empty PostgreSQL cluster. Call `stop()` when done: it stops it and removes its files. */
export async function startPostgres(): Promise<RunningPostgres> {
  if (!postgresAvailable()) {
    throw new Error(`PostgreSQL 15 is missing at ${POSTGRES_BIN_DIR}. Install Debian's package: apt-get install -y postgresql-15 (npm test does this as root).`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-pg-'));
  const owner = osUser();
  if (owner) fs.chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const user = 'postgres';
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    runAsServerUser('initdb', ['-D', data, '-U', user, '-E', 'UTF8', '--locale=C', '--auth=trust', '--no-sync']);
  } catch (error) {
    removeDir();
    throw error;
  }
  // Only the loopback address, and only trust there: nothing else can connect.
  fs.writeFileSync(
    path.join(data, 'pg_hba.conf'),
    ['# throwaway test cluster', 'local all all trust', 'host all all 127.0.0.1/32 trust', ''].join('\n'),
  );
  if (owner) fs.chownSync(path.join(data, 'pg_hba.conf'), owner.uid, owner.gid);

  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    // TEST_POSTGRES_PORT: a port of the caller's range first (helpers sharing a machine), else a free one.
    const port = attempt === 0 && process.env.TEST_POSTGRES_PORT ? Number(process.env.TEST_POSTGRES_PORT) : await freeLoopbackPort();
    fs.appendFileSync(
      path.join(data, 'postgresql.conf'),
      [
        '',
        `port = ${port}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        'max_connections = 200',
        // Durability does not matter for a throwaway test database; speed does.
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        '',
      ].join('\n'),
    );
    try {
      runAsServerUser('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', 'start']);
      const server: PostgresServer = { host: '127.0.0.1', port, user, binDir: POSTGRES_BIN_DIR, dir };
      let stopped = false;
      return {
        ...server,
        stop: () => {
          if (stopped) return;
          stopped = true;
          try {
            runAsServerUser('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop']);
          } finally {
            removeDir();
          }
        },
      };
    } catch (error) {
      lastError = error; // e.g. the port was taken in between: try another
    }
  }
  const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
  removeDir();
  throw new Error(`PostgreSQL did not start: ${String(lastError)}\n${log}`);
}

/** Runs SQL as the superuser over TCP (psql, trust on 127.0.0.1). */
export function psql(server: PostgresServer, database: string, sql: string): string {
  const result = spawnSync(
    path.join(server.binDir, 'psql'),
    ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-h', server.host, '-p', String(server.port), '-U', server.user, '-d', database, '-c', sql],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** A new database with a random name: empty, or a copy of `template` (which nothing may be connected to). */
export function createDatabase(server: PostgresServer, prefix = 'stodportalen', template?: string): string {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  if (template !== undefined && !/^[a-z0-9_]+$/.test(template)) throw new Error(`refusing template database ${template}`);
  psql(server, 'postgres', template === undefined ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return name;
}

export function dropDatabase(server: PostgresServer, name: string): void {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`refusing to drop database ${name}`);
  psql(server, 'postgres', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** Strapi's environment for a database on this server (config/database.ts). */
export function strapiDatabaseEnv(server: PostgresServer, database: string): Record<string, string> {
  return {
    DATABASE_CLIENT: 'postgres',
    DATABASE_HOST: server.host,
    DATABASE_PORT: String(server.port),
    DATABASE_NAME: database,
    DATABASE_USERNAME: server.user,
    DATABASE_PASSWORD: '',
    DATABASE_SCHEMA: 'public',
    DATABASE_SSL: 'false',
  };
}
