// @ts-check
// Processes on 127.0.0.1 for the tests and the benchmarks (bench/support.mjs imports this file
// too, which is why it is JavaScript with JSDoc types: both run it without a build step).
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');

/** A free TCP port on the loopback interface. */
export function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    })
  );
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `condition` until it returns a truthy value (which is returned), and fails with `message`
 * (and what `describe` says at that moment) after `timeoutMs`. A condition that throws counts as
 * not yet.
 * @template T
 * @param {() => T | Promise<T>} condition
 * @param {{ timeoutMs?: number, intervalMs?: number, message?: string, describe?: () => string }} [options]
 * @returns {Promise<NonNullable<T>>}
 */
export async function waitFor(condition, { timeoutMs = 10_000, intervalMs = 50, message = 'the condition did not hold', describe } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await condition();
      if (value) return /** @type {NonNullable<T>} */ (value);
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${message} within ${timeoutMs} ms${describe ? `\n${describe()}` : ''}`);
    await sleep(intervalMs);
  }
}

/**
 * Waits until `url` answers as `ok` says (2xx or 204 by default); fails at once when `child` exits.
 * @param {string} url
 * @param {{ child?: import('node:child_process').ChildProcess, log?: () => string, timeoutMs?: number, intervalMs?: number, ok?: (response: Response) => boolean }} [options]
 */
export async function waitForUrl(url, { child, log = () => '', timeoutMs = 60_000, intervalMs = 200, ok = (r) => r.ok || r.status === 204 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}\n${log()}`);
    const answered = await fetch(url).then(ok, () => false);
    if (answered) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms\n${log()}`);
    await sleep(intervalMs);
  }
}

/**
 * Stops a child process: SIGTERM, then SIGKILL when it has not exited after `graceMs`.
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} [graceMs]
 */
export async function stopProcess(child, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(graceMs)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/**
 * A spawned process with its output kept (all of it, or the last `keepChars` characters: tests
 * look for one line among thousands of request logs, so the default keeps everything).
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions & { keepChars?: number, graceMs?: number }} [options]
 */
export function launch(command, args, { keepChars = Number.POSITIVE_INFINITY, graceMs = 10_000, ...options } = {}) {
  // Chunks as they come, cut down to the last keepChars only when they reach twice that: a process
  // that writes megabytes a second (an access log under load) costs its reader little.
  /** @type {string[]} */
  let chunks = [];
  let length = 0;
  const output = () => {
    const text = chunks.join('').slice(-keepChars);
    chunks = [text];
    length = text.length;
    return text;
  };
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  /** @param {Buffer} chunk */
  const keep = (chunk) => {
    const text = chunk.toString();
    chunks.push(text);
    length += text.length;
    if (length > 2 * keepChars) output();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, log: output, stop: () => stopProcess(child, graceMs) };
}

/**
 * @typedef {object} RunningWeb
 * @property {string} url
 * @property {number} port
 * @property {number} pid the web's process id (for memory readings)
 * @property {() => string} log everything it printed so far
 * @property {() => Promise<void>} stop
 */

/**
 * Boots the built web (web/server.mjs; the build from WEB_BUILD_DIR or build/) in production mode
 * on a free loopback port, and waits for /healthz (and with `contentReady` for /readyz).
 * `nodeArgs` go before the script (flags NODE_OPTIONS refuses, such as --cpu-prof); `keepChars`
 * bounds the output kept (a benchmark's access log would otherwise grow without end).
 * @param {{ cmsUrl: string, readToken: string, port?: number, env?: Record<string, string>, contentReady?: boolean, nodeArgs?: string[], keepChars?: number }} options
 * @returns {Promise<RunningWeb>}
 */
export async function startWeb({ cmsUrl, readToken, port: wanted, env = {}, contentReady = false, nodeArgs = [], keepChars }) {
  const port = wanted ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const web = launch(process.execPath, [...nodeArgs, 'server.mjs'], {
    cwd: webDir,
    graceMs: 5_000,
    keepChars,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      CMS_URL: cmsUrl,
      CMS_READ_TOKEN: readToken,
      // Production needs its public origin; tests that put a proxy in front pass their own.
      PUBLIC_URL: url,
      ...env,
    },
  });
  try {
    await waitForUrl(`${url}/healthz`, { child: web.child, log: web.log, timeoutMs: 30_000, intervalMs: 100, ok: (r) => r.ok });
    // With contentReady, also wait for /readyz: the read model has loaded the published content, so
    // no page rendered later is purged from the page cache by the first sync finishing.
    if (contentReady) await waitForUrl(`${url}/readyz`, { child: web.child, log: web.log, timeoutMs: 90_000, intervalMs: 100, ok: (r) => r.ok });
  } catch (error) {
    await web.stop();
    throw error;
  }
  return { url, port, pid: web.child.pid ?? 0, log: web.log, stop: web.stop };
}
