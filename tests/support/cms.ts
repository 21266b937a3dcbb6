import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmsTestEnv } from './cms-env.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cmsDir = path.join(repoRoot, 'cms');

export async function freePort(): Promise<number> {
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

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Strapi exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status === 204 || response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Strapi did not become healthy within ${timeoutMs} ms:\n${log()}`);
}

export interface RunningCms {
  url: string;
  readToken: string;
  /** Secret of the submission-only token (POST /api/event-submissions). */
  submissionToken: string;
  databaseFilename: string;
  /** Everything Strapi printed so far. */
  log: () => string;
  stop: () => Promise<void>;
  /** Stops and starts Strapi again on the same database (runs bootstrap and seed again). */
  restart: () => Promise<void>;
}

/** Boots a real Strapi from the compiled server code on a fresh SQLite file. */
export async function startCms(options: { extraEnv?: Record<string, string> } = {}): Promise<RunningCms> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-cms-'));
  const databaseFilename = path.join(dir, 'data.db');
  const readToken = randomBytes(32).toString('hex');
  const submissionToken = randomBytes(32).toString('hex');
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  let child: ChildProcess;

  const boot = async () => {
    child = spawn(process.execPath, ['scripts/serve.js'], {
      cwd: cmsDir,
      env: cmsTestEnv({ port, databaseFilename, readToken, submissionToken, extra: options.extraEnv }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForHealth(url, child, () => output);
  };
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  await boot();
  return {
    url,
    readToken,
    submissionToken,
    databaseFilename,
    log: () => output,
    stop: async () => {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    restart: async () => {
      await stop();
      await boot();
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

/** An editor's session on the admin API: the first admin is registered on the fresh database. */
export async function adminSession(cms: { url: string }): Promise<{ request: (method: string, path: string, body?: unknown) => Promise<Response> }> {
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
  return {
    request: (method, requestPath, body) =>
      fetch(`${cms.url}${requestPath}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${data.token}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}
