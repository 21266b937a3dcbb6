// Small helpers for the start and test scripts: run a command and fail loudly.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
export function run(command, args, options = {}) {
  const started = Date.now();
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`Failed (${result.status ?? result.signal}): ${command} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/**
 * Starts a service. Its output is prefixed with `[name]` line by line, unless `inherit`: then the
 * service writes to this terminal itself and no process of ours re-writes its lines (the web, whose
 * JSON lines name their service, and whose log must not cost it a second process's CPU).
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions & { inherit?: boolean }} [options]
 */
export function start(name, command, args, { inherit = false, ...options } = {}) {
  if (inherit) return spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  /** @param {import('node:stream').Readable | null} stream @param {NodeJS.WriteStream} target */
  const prefix = (stream, target) =>
    stream?.on('data', (/** @type {Buffer} */ chunk) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) target.write(`[${name}] ${line}\n`);
    });
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  return child;
}

/**
 * @param {string} url
 * @param {{ timeoutMs?: number, child?: import('node:child_process').ChildProcess }} [options]
 */
export async function waitFor(url, { timeoutMs = 120_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * Runs commands one after another in the background and resolves with the first failure (or
 * null). With `logFile`, their output goes to that file (printed by the caller when the stream
 * ends), so two streams running at once do not interleave their lines; otherwise to this terminal.
 * `stop()` ends the running command and everything it started (when the other stream failed); a
 * stopped stream resolves with null (it did not fail: it was stopped) and says so in its output.
 * @param {{ command: string, args: string[], options?: import('node:child_process').SpawnOptions }[]} steps
 * @param {{ logFile?: string }} [settings]
 */
export function runInBackground(steps, { logFile } = {}) {
  /** @type {import('node:child_process').ChildProcess | null} */
  let current = null;
  let stopped = false;
  const fd = logFile ? fs.openSync(logFile, 'w') : null;
  const write = (/** @type {string} */ text) => (fd === null ? process.stdout.write(text) : fs.writeSync(fd, text));
  const done = (async () => {
    for (const { command, args, options = {} } of steps) {
      if (stopped) return null;
      const started = Date.now();
      write(`\n> ${command} ${args.join(' ')}\n`);
      const stdio = fd === null ? 'inherit' : ['ignore', fd, fd];
      const child = spawn(command, args, { stdio: /** @type {import('node:child_process').StdioOptions} */ (stdio), ...options });
      current = child;
      const status = await new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? signal)));
      current = null;
      if (stopped) {
        write(`Stopped (the other stream failed): ${command} ${args.join(' ')}\n`);
        return null;
      }
      if (status !== 0) {
        write(`Failed (${status}): ${command} ${args.join(' ')}\n`);
        return `${command} ${args.join(' ')}`;
      }
      write(`  (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    }
    return null;
  })().finally(() => {
    if (fd !== null) fs.closeSync(fd);
  });
  return {
    done,
    stop: () => {
      stopped = true;
      if (current?.pid) killTree(current.pid);
    },
  };
}

/**
 * Ends a process and everything it started, also what runs in a process group of its own
 * (Playwright starts its web servers so): descendants found through /proc, the youngest first.
 * @param {number} pid
 */
function killTree(pid) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // ended meanwhile
    }
  }
  /** @type {number[]} */
  const tree = [];
  const visit = (/** @type {number} */ id) => {
    for (const child of children.get(id) ?? []) visit(child);
    tree.push(id);
  };
  visit(pid);
  for (const id of tree) {
    try {
      process.kill(id, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
