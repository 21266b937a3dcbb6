// Debian's nginx with the repository's proxy/nginx.conf, its upstream, listen address and paths
// moved to this machine (a temporary directory with the cache, the pid and both logs).
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
  stop: () => Promise<void>;
}

/** Starts nginx on `port` in front of the web on `webPort`; resolves once /proxy-health answers. */
export async function startProxy(options: { port: number; webPort: number }): Promise<RunningProxy> {
  const conf = fs.readFileSync(path.join(cmsDir, '..', 'proxy', 'nginx.conf'), 'utf8');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-proxy-'));
  for (const dir of ['cache', 'logs']) {
    fs.mkdirSync(path.join(tmp, dir), { recursive: true });
    fs.chmodSync(path.join(tmp, dir), 0o777);
  }
  fs.chmodSync(tmp, 0o755);
  const local = conf
    .replace(/server web:3000/g, `server 127.0.0.1:${options.webPort}`)
    .replace(/listen 8080 default_server;/, `listen 127.0.0.1:${options.port} default_server;`)
    .replace(/^user nginx;$/m, '')
    .replace(/\/var\/cache\/nginx/g, path.join(tmp, 'cache'))
    .replace(/\/var\/run\/nginx\.pid/g, path.join(tmp, 'nginx.pid'))
    .replace(/\/var\/log\/nginx/g, path.join(tmp, 'logs'));
  if (!local.includes(`listen 127.0.0.1:${options.port}`)) throw new Error('proxy/nginx.conf: the listen directive was not found');
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
  const stop = async () => {
    await stopProcess(nginx, 5_000);
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    await waitForUrl(`${url}/proxy-health`, { child: nginx, log: () => output, timeoutMs: 10_000, intervalMs: 100, ok: (response) => response.ok });
  } catch (error) {
    await stop();
    throw new Error(`nginx did not start: ${String(error)}`);
  }
  return { url, logDir: path.join(tmp, 'logs'), output: () => output, stop };
}
