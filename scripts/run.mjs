// Small helpers for the start and test scripts: run a command and fail loudly.
import { spawn, spawnSync } from 'node:child_process';

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
