// Boots the built web (web/server.mjs, build from WEB_BUILD_DIR or build/) on a free loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './cms';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');

export interface RunningWeb {
  url: string;
  port: number;
  /** The web's process id (for memory readings). */
  pid: number;
  log: () => string;
  stop: () => Promise<void>;
}

export async function startWeb(options: { cmsUrl: string; readToken: string; port?: number; env?: Record<string, string> }): Promise<RunningWeb> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['server.mjs'], {
    cwd: webDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      CMS_URL: options.cmsUrl,
      CMS_READ_TOKEN: options.readToken,
      // Production needs its public origin; tests that put a proxy in front pass their own.
      PUBLIC_URL: url,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the web exited with ${child.exitCode}:\n${output}`);
    const up = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (up) break;
    if (Date.now() > deadline) throw new Error(`the web did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    port,
    pid: child.pid ?? 0,
    log: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
