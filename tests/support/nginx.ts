// Debian's nginx with the repository's own configuration files, as docker-compose.yml mounts them:
// proxy/nginx.conf (the caching proxy in front of the web instances) and proxy/cms-upstream.conf
// (the web instances' way to the CMS instances). Only what the machine differs in is replaced: the
// upstream servers (compose's DNS names become loopback ports, one line per instance), the listen
// address, the user, and the paths (a temporary directory with the cache, the pid and both logs).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cmsDir } from './cms';
import { stopProcess, waitForUrl } from './process.mjs';

export interface RunningProxy {
  url: string;
  /** Where error.log and access.log are written. */
  logDir: string;
  /** What nginx wrote to stdout and stderr. */
  output: () => string;
  /** The access log's JSON lines so far. */
  accessLog: () => Record<string, unknown>[];
  stop: () => Promise<void>;
}

const proxyDir = path.join(cmsDir, '..', 'proxy');

async function startNginx(options: {
  file: string;
  /** The compose upstream line, e.g. `server web:3000`, and the loopback ports that replace it. */
  upstream: string;
  ports: number[];
  /** The compose listen directive, e.g. `listen 8080 default_server;`. */
  listen: string;
  port: number;
  healthPath: string;
}): Promise<RunningProxy> {
  if (options.ports.length === 0) throw new Error('nginx needs at least one upstream server');
  const conf = fs.readFileSync(path.join(proxyDir, options.file), 'utf8');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-proxy-'));
  for (const dir of ['cache', 'logs']) {
    fs.mkdirSync(path.join(tmp, dir), { recursive: true });
    fs.chmodSync(path.join(tmp, dir), 0o777);
  }
  fs.chmodSync(tmp, 0o755);
  const upstreamLine = new RegExp(`^(\\s*)${options.upstream.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b([^;\\n]*);`, 'm');
  if (!upstreamLine.test(conf)) throw new Error(`${options.file}: the upstream "${options.upstream}" was not found`);
  const local = conf
    .replace(upstreamLine, (_line, indent: string, params: string) => options.ports.map((port) => `${indent}server 127.0.0.1:${port}${params};`).join('\n'))
    .replace(options.listen, `listen 127.0.0.1:${options.port} default_server;`)
    .replace(/^user nginx;$/m, '')
    .replace(/\/var\/cache\/nginx/g, path.join(tmp, 'cache'))
    .replace(/\/var\/run\/nginx\.pid/g, path.join(tmp, 'nginx.pid'))
    .replace(/\/var\/log\/nginx/g, path.join(tmp, 'logs'));
  if (!local.includes(`listen 127.0.0.1:${options.port}`)) throw new Error(`${options.file}: the listen directive was not found`);
  fs.writeFileSync(path.join(tmp, 'nginx.conf'), local);
  let output = '';
  const nginx: ChildProcess = spawn(
    '/usr/sbin/nginx',
    ['-c', path.join(tmp, 'nginx.conf'), '-p', `${tmp}/`, '-e', path.join(tmp, 'logs', 'error.log'), '-g', 'daemon off;'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  nginx.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  nginx.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${options.port}`;
  const logDir = path.join(tmp, 'logs');
  const stop = async () => {
    await stopProcess(nginx, 5_000);
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    await waitForUrl(`${url}${options.healthPath}`, { child: nginx, log: () => output, timeoutMs: 10_000, intervalMs: 100, ok: (response) => response.ok });
  } catch (error) {
    await stop();
    throw new Error(`nginx did not start: ${String(error)}`);
  }
  const accessLog = () => {
    const file = path.join(logDir, 'access.log');
    if (!fs.existsSync(file)) return [];
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  };
  return { url, logDir, output: () => output, accessLog, stop };
}

/** The caching proxy (proxy/nginx.conf) on `port` in front of the web instances on `webPorts` (or `webPort`). */
export function startProxy(options: { port: number; webPort?: number; webPorts?: number[] }): Promise<RunningProxy> {
  const ports = options.webPorts ?? (options.webPort === undefined ? [] : [options.webPort]);
  return startNginx({ file: 'nginx.conf', upstream: 'server web:3000', ports, listen: 'listen 8080 default_server;', port: options.port, healthPath: '/proxy-health' });
}

/** The CMS upstream (proxy/cms-upstream.conf) on `port` in front of the CMS instances on `cmsPorts`. */
export function startCmsProxy(options: { port: number; cmsPorts: number[] }): Promise<RunningProxy> {
  return startNginx({
    file: 'cms-upstream.conf',
    upstream: 'server cms:1337',
    ports: options.cmsPorts,
    listen: 'listen 1337 default_server;',
    port: options.port,
    healthPath: '/cms-proxy-health',
  });
}
