// Processes and measurements for the benchmarks: everything on 127.0.0.1, every run bounded.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, launch as launchProcess, sleep, startWeb as startWebProcess, waitForUrl as waitForAnswer } from '../tests/support/process.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cmsDir = path.join(repoRoot, 'cms');
export const webDir = path.join(repoRoot, 'web');
const benchDir = path.join(repoRoot, 'bench');
/** Debian's wrk (apt-get install wrk): one thread of it saturates nginx on loopback, autocannon does not. */
const WRK = '/usr/bin/wrk';

// Ports, waiting and processes: the same module as the tests' (tests/support/process.mjs).
export { freePort, sleep };

/** The value after `--name` on the command line (`node bench/x.mjs --duration 5`), or `fallback`. */
export function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}

/** A number given as `--name N`, or `fallback`. */
export const numberOption = (name, fallback) => Number(option(name, fallback));

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

/**
 * Strapi from cms/dist on a temporary SQLite file, or on `databaseFilename` (kept: a seeded
 * database reused between runs); `restart()` keeps the database.
 */
export async function startCms({ databaseFilename } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-bench-'));
  const port = await freePort();
  if (databaseFilename) fs.mkdirSync(path.dirname(path.resolve(databaseFilename)), { recursive: true });
  const database = databaseFilename ? path.resolve(databaseFilename) : path.join(dir, 'data.db');
  const env = cmsEnv({ port, databaseFilename: database, readToken: 'bench-read-token-0123456789abcdef' });
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
    /** The running Strapi's process id. */
    pid: () => current.child.pid,
    boot,
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * cms/scripts/seed-volume.js on the CMS's database (Strapi must be stopped). With BENCH_DB_DIR set,
 * each volume gets its own SQLite file there (`volume-<events>-<resources>.db`) that is kept between
 * runs: a file seeded before is used as it is (seeding 10,000 events takes minutes).
 */
export function seedVolume(cms, events, resources) {
  const keep = process.env.BENCH_DB_DIR;
  if (keep) {
    fs.mkdirSync(keep, { recursive: true });
    cms.env.DATABASE_FILENAME = path.join(path.resolve(keep), `volume-${events}-${resources}.db`);
    if (fs.existsSync(`${cms.env.DATABASE_FILENAME}.seeded`)) return [`reused ${cms.env.DATABASE_FILENAME}`];
  }
  const result = spawnSync(process.execPath, ['scripts/seed-volume.js', '--events', String(events), '--resources', String(resources)], {
    cwd: cmsDir,
    env: cms.env,
    encoding: 'utf8',
    timeout: 20 * 60_000,
  });
  if (result.status !== 0) throw new Error(`seed-volume failed:\n${result.stdout}\n${result.stderr}`);
  if (keep) fs.writeFileSync(`${cms.env.DATABASE_FILENAME}.seeded`, result.stdout);
  return result.stdout.split('\n').filter((line) => /volume items|seeded in/.test(line));
}

/** The production web (web/server.mjs) with the given build directory and environment. */
export async function startWeb({ cms, buildDir, env = {} }) {
  // The last megabyte of its output (with ACCESS_LOG=on it writes megabytes a second).
  const web = await startWebProcess({ cmsUrl: cms.url, readToken: cms.readToken, keepChars: 1024 * 1024, env: { WEB_BUILD_DIR: buildDir, ...env } });
  return { url: web.url, pid: web.pid, log: web.log, stop: web.stop };
}

/** Peak and current resident memory of a process, in MB (Linux /proc). */
export function memoryOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakMb: kb('VmHWM') / 1024, currentMb: kb('VmRSS') / 1024 };
}

/** A started server: its URL, its process id, and a stop that also removes its temporary directory. */
function running(server, url, dir) {
  return {
    url,
    pid: server.child.pid ?? 0,
    stop: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
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
  return running(nginx, url, dir);
}

/**
 * The compose proxy: Debian's nginx with the repository's proxy/nginx.conf (its cache, its JSON
 * access log), moved to this machine as tests/support/nginx.ts does, in front of the web on `webPort`.
 */
export async function startComposeProxy(webPort) {
  const binary = findNginx();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-bench-proxy-'));
  fs.chmodSync(dir, 0o755);
  for (const sub of ['cache', 'logs']) fs.mkdirSync(path.join(dir, sub), { mode: 0o777 });
  const port = await freePort();
  const conf = fs
    .readFileSync(path.join(repoRoot, 'proxy', 'nginx.conf'), 'utf8')
    .replace(/server web:3000/g, `server 127.0.0.1:${webPort}`)
    .replace(/listen 8080 default_server;/, `listen 127.0.0.1:${port} default_server;`)
    .replace(/^user nginx;$/m, '')
    .replace(/\/var\/cache\/nginx/g, path.join(dir, 'cache'))
    .replace(/\/var\/run\/nginx\.pid/g, path.join(dir, 'nginx.pid'))
    .replace(/\/var\/log\/nginx/g, path.join(dir, 'logs'));
  if (!conf.includes(`listen 127.0.0.1:${port}`)) throw new Error('proxy/nginx.conf: the listen directive was not found');
  fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);
  const nginx = launch(binary, ['-p', `${dir}/`, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'logs', 'error.log'), '-g', 'daemon off;'], {});
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(`${url}/proxy-health`, nginx.child, nginx.log, 10_000);
  return running(nginx, url, dir);
}

/** A bare Node http server answering every request with `html` from memory (Node's ceiling). */
export async function startBareNode(html) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-bare-'));
  const file = path.join(dir, 'page.html');
  fs.writeFileSync(file, html);
  const port = await freePort();
  const node = launch(process.execPath, [path.join(repoRoot, 'bench', 'bare-node.mjs'), file, String(port)], {});
  const url = `http://127.0.0.1:${port}/page.html`;
  await waitForUrl(url, node.child, node.log, 10_000);
  return running(node, url, dir);
}

/**
 * A forwarding proxy in front of the CMS that counts the requests the web makes to it
 * (`count()`, `reset()`), for the CMS requests per 1 000 page views.
 */
export async function startCmsCounter(cmsUrl) {
  const target = new URL(cmsUrl);
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests += 1;
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    count: () => requests,
    reset: () => (requests = 0),
    stop: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

/** CPU seconds (user + system) a process and its children have used so far (Linux /proc). */
export function cpuSecondsOf(pid) {
  const ticks = 100; // USER_HZ on Linux
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[1] is the parent id; fields[11] and [12] utime and stime (stat fields 14 and 15).
    if (Number(entry) === pid || Number(fields[1]) === pid) total += (Number(fields[11]) + Number(fields[12])) / ticks;
  }
  return total;
}

/** The value at percentile p (0–100) of the numbers. */
let neverSeenCount = 0;
/**
 * A URL not asked for before (a page-cache miss) of the volume content: event pages in both
 * languages, calendar and support list pages, searches, the archive, in turn. bench/wrk-never-seen.lua
 * makes the same mix (without search: that is its own run) for wrk.
 */
export function neverSeenUrl(events, resources) {
  neverSeenCount += 1;
  const n = neverSeenCount;
  const slug = `volym-evenemang-${String((n % events) + 1).padStart(6, '0')}`;
  switch (n % 6) {
    case 0: return `/kalender/${slug}?b=${n}`;
    case 1: return `/kalender?sida=${(n % Math.max(1, Math.floor(events / 10))) + 1}&b=${n}`;
    case 2: return `/stod?sida=${(n % Math.max(1, Math.floor(resources / 20))) + 1}&b=${n}`;
    case 3: return `/sok?q=evenemang+${n}`;
    case 4: return `/en/kalender/${slug}?b=${n}`;
    default: return `/kalender/arkiv?b=${n}`;
  }
}

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * One wrk run (Debian's /usr/bin/wrk, bounded in time), loopback only. Returns requests per second,
 * latency percentiles (ms), the non-2xx/3xx count and errors, and the CPU share of one core that
 * wrk itself and (with `serverPid`) the server used: a generator near 100 % of its core while the
 * server idles would be the bottleneck.
 */
export async function measure({ url, connections = 20, threads = 1, duration = 10, headers = {}, script = 'wrk-report.lua', args = [], serverPid }) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`bench URLs must be on 127.0.0.1: ${url}`);
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const wrkArgs = ['-t', String(threads), '-c', String(connections), '-d', `${duration}s`, '--timeout', '10s', ...headerArgs, '-s', script, url, ...(args.length ? ['--', ...args] : [])];
  const serverBefore = serverPid ? cpuSecondsOf(serverPid) : 0;
  const child = spawn(WRK, wrkArgs, { cwd: benchDir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  // wrk's own CPU time, read until it exits (its /proc entry goes with it).
  let wrkCpu = 0;
  const poll = setInterval(() => {
    try {
      const fields = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      wrkCpu = (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // gone
    }
  }, 100);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(poll);
  const serverCpu = serverPid ? cpuSecondsOf(serverPid) - serverBefore : NaN;
  const line = /WRK_JSON (\{.*\})/.exec(output)?.[1];
  if (code !== 0 || !line) throw new Error(`wrk ${wrkArgs.join(' ')} failed (${code}):\n${output}`);
  const r = JSON.parse(line);
  const seconds = r.durationUs / 1e6;
  return {
    rps: r.requests / seconds,
    total: r.requests,
    p50: r.p50 / 1000,
    p95: r.p95 / 1000,
    p99: r.p99 / 1000,
    non2xx: r.non2xx3xx,
    errors: r.connectErrors + r.readErrors + r.writeErrors + r.timeouts,
    bytesPerRequest: r.requests > 0 ? r.bytes / r.requests : 0,
    wrkCpuShare: wrkCpu / seconds,
    serverCpuShare: serverCpu / seconds,
  };
}
