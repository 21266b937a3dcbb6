// Processes and measurements for the benchmarks: everything on 127.0.0.1, every run bounded.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort, launch as launchProcess, sleep, startWeb as startWebProcess, waitForUrl as waitForAnswer } from '../tests/support/process.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cmsDir = path.join(repoRoot, 'cms');
export const webDir = path.join(repoRoot, 'web');

// Ports, waiting and processes: the same module as the tests' (tests/support/process.mjs).
export { freePort, sleep };

/** A spawned process that keeps the last 20 000 characters it printed. */
const launch = (command, args, options) => launchProcess(command, args, { ...options, keepChars: 20_000 });

/** Waits for a URL to answer, failing at once when the process exits. */
const waitForUrl = (url, child, log, timeoutMs) => waitForAnswer(url, { child, log, timeoutMs });

/** Fixed secrets for throwaway bench processes (never used elsewhere). */
export function cmsEnv({ port, databaseFilename, readToken }) {
  return {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    APP_KEYS: 'bench-app-key-1-0123456789,bench-app-key-2-0123456789',
    ADMIN_JWT_SECRET: 'bench-admin-jwt-secret-0123456789',
    API_TOKEN_SALT: 'bench-api-token-salt-0123456789',
    TRANSFER_TOKEN_SALT: 'bench-transfer-token-salt-0123456789',
    ENCRYPTION_KEY: 'bench-encryption-key-0123456789ab',
    JWT_SECRET: 'bench-jwt-secret-0123456789',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: databaseFilename,
    SERVE_ADMIN_PANEL: 'false',
    STRAPI_STARTUP_LOG: 'false',
    CMS_READ_TOKEN: readToken,
    SEED_DEMO: 'true',
    WEB_REVALIDATE_URLS: '',
  };
}

/** Strapi from cms/dist on a temporary SQLite file; `restart()` keeps the database. */
export async function startCms() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-bench-'));
  const port = await freePort();
  const env = cmsEnv({ port, databaseFilename: path.join(dir, 'data.db'), readToken: 'bench-read-token-0123456789abcdef' });
  const url = `http://127.0.0.1:${port}`;
  let current;
  const boot = async () => {
    current = launch(process.execPath, ['scripts/serve.js'], { cwd: cmsDir, env });
    await waitForUrl(`${url}/_health`, current.child, current.log, 180_000);
  };
  await boot();
  return {
    url,
    readToken: env.CMS_READ_TOKEN,
    env,
    stop: () => current.stop(),
    boot,
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** cms/scripts/seed-volume.js on the CMS's database (Strapi must be stopped). */
export function seedVolume(cms, events, resources) {
  const result = spawnSync(process.execPath, ['scripts/seed-volume.js', '--events', String(events), '--resources', String(resources)], {
    cwd: cmsDir,
    env: cms.env,
    encoding: 'utf8',
    timeout: 20 * 60_000,
  });
  if (result.status !== 0) throw new Error(`seed-volume failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout.split('\n').filter((line) => /volume items|seeded in/.test(line));
}

/** The production web (web/server.mjs) with the given build directory and environment. */
export async function startWeb({ cms, buildDir, env = {} }) {
  const web = await startWebProcess({ cmsUrl: cms.url, readToken: cms.readToken, env: { WEB_BUILD_DIR: buildDir, ...env } });
  return { url: web.url, pid: web.pid, log: web.log, stop: web.stop };
}

/** Peak and current resident memory of a process, in MB (Linux /proc). */
export function memoryOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakMb: kb('VmHWM') / 1024, currentMb: kb('VmRSS') / 1024 };
}

/** Debian's nginx: found, or installed with apt when missing (needs root). */
export function findNginx() {
  const binary = '/usr/sbin/nginx';
  if (fs.existsSync(binary)) return binary;
  if (process.getuid?.() !== 0) throw new Error('nginx is missing: sudo apt-get install -y nginx-light');
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx-light'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return binary;
}

/**
 * nginx as a loopback-only static server with a configuration of its own (not the system service),
 * serving `html` as /page.html.
 */
export async function startNginx(html) {
  const binary = findNginx();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-nginx-'));
  fs.chmodSync(dir, 0o755);
  const www = path.join(dir, 'www');
  fs.mkdirSync(www, { mode: 0o755 });
  fs.writeFileSync(path.join(www, 'page.html'), html, { mode: 0o644 });
  const port = await freePort();
  const temp = (name) => `${path.join(dir, name)}`;
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `# Bench only: loopback, static, no logs.
worker_processes auto;
pid ${temp('nginx.pid')};
error_log ${temp('error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  default_type text/html;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  server {
    listen 127.0.0.1:${port};
    root ${www};
    location / { try_files $uri =404; }
  }
}
`,
  );
  const nginx = launch(binary, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {});
  const url = `http://127.0.0.1:${port}/page.html`;
  await waitForUrl(url, nginx.child, () => `${nginx.log()}\n${fs.existsSync(temp('error.log')) ? fs.readFileSync(temp('error.log'), 'utf8') : ''}`, 10_000);
  return {
    url,
    stop: async () => {
      await nginx.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The value at percentile p (0–100) of the numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * One autocannon run (bounded in time, and in count when `amount` is given), loopback only.
 * Returns requests per second, latency percentiles from every response, and the failures.
 * With `workers` (threads of the load generator, for throughput), per-response latencies are not
 * reported back: p50/p99 then come from autocannon's histogram and p95 is NaN.
 */
export async function measure({ url, connections = 10, duration = 10, amount, headers = {}, requests, workers }) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`bench URLs must be on 127.0.0.1: ${url}`);
  const latencies = [];
  /** @type {Record<number, number>} */
  const statuses = {};
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration, amount, headers, requests, workers, timeout: 10, pipelining: 1 },
      (error, value) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(value)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  const own = latencies.length > 0;
  return {
    rps: result.requests.average,
    total: result.requests.total,
    p50: own ? percentile(latencies, 50) : result.latency.p50,
    p95: own ? percentile(latencies, 95) : NaN,
    p99: own ? percentile(latencies, 99) : result.latency.p99,
    non2xx: result.non2xx,
    statuses,
    errors: result.errors + result.timeouts,
    bytesPerRequest: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
  };
}
