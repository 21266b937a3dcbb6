// The production topology as real processes (docs/scaling.md): PostgreSQL 15, `cms` Strapi
// instances on one database behind the CMS upstream (proxy/cms-upstream.conf), `web` instances
// (read model on) that reach the CMS through it, and the caching proxy (proxy/nginx.conf) in front
// of the web instances. Both nginx files are the ones docker-compose.yml mounts. For
// tests/integration/topology.test.ts, and for any test that needs several instances.
//
// Ports: `portBase` (or TOPOLOGY_PORT_BASE) gives proxy = base, CMS upstream = base + 1, CMS
// instances base + 10…, web instances base + 20…; without it, free ports.
import { adminSession, startCms, type RunningCms } from './cms';
import { startCmsProxy, startProxy, type RunningProxy } from './nginx';
import { freePort, waitFor } from './process.mjs';
import { startWeb, type RunningWeb } from './web';

export type { AdminSession } from './stack';
import type { AdminSession } from './stack';

export interface TopologyOptions {
  cms?: number;
  web?: number;
  portBase?: number;
  /** More environment for every CMS instance. */
  cmsEnv?: Record<string, string>;
  /** More environment for every web instance. */
  webEnv?: Record<string, string>;
}

export interface Topology {
  /** The caching proxy: the visitors' address. */
  proxy: RunningProxy;
  /** The CMS upstream the web instances use. */
  cmsProxy: RunningProxy;
  /** The CMS instances (an entry stays after `killCms`; it is then not running). */
  cms: RunningCms[];
  /** The web instances, by index (replaced by `restartWeb`). */
  webs: RunningWeb[];
  /** An editor's session on the first CMS instance. */
  admin: AdminSession;
  /** An editor's session on CMS instance `index` (the same user: one database). */
  adminOn: (index: number) => Promise<AdminSession>;
  /** SIGKILL of a CMS instance (no graceful shutdown). */
  killCms: (index: number) => Promise<void>;
  /** SIGKILL of a web instance. */
  killWeb: (index: number) => Promise<void>;
  /** Starts web instance `index` again on its port; resolves when it has started (`/healthz`), not when it is ready. */
  startWebAgain: (index: number) => Promise<RunningWeb>;
  stop: () => Promise<void>;
}

function killHard(pid: number | undefined): Promise<void> {
  if (!pid) return Promise.resolve();
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return Promise.resolve(); // gone already
  }
  return waitFor(
    () => {
      try {
        process.kill(pid, 0);
        return false;
      } catch {
        return true;
      }
    },
    { timeoutMs: 5_000, intervalMs: 20, message: `process ${pid} did not exit` },
  ).then(() => undefined);
}

export async function startTopology(options: TopologyOptions = {}): Promise<Topology> {
  const cmsCount = options.cms ?? 2;
  const webCount = options.web ?? 3;
  const base = options.portBase ?? (process.env.TOPOLOGY_PORT_BASE ? Number(process.env.TOPOLOGY_PORT_BASE) : undefined);
  const port = async (offset: number) => (base === undefined ? freePort() : base + offset);
  const proxyPort = await port(0);
  const cmsProxyPort = await port(1);
  const cmsPorts = await Promise.all(Array.from({ length: cmsCount }, (_, i) => port(10 + i)));
  const webPorts = await Promise.all(Array.from({ length: webCount }, (_, i) => port(20 + i)));
  const started: { stop: () => Promise<void> }[] = [];
  const cms: RunningCms[] = [];
  const webs: RunningWeb[] = [];
  const stop = async () => {
    for (const web of webs) await web.stop().catch(() => undefined);
    for (const part of started.reverse()) await part.stop().catch(() => undefined);
  };
  // No list of web addresses anywhere: the web instances follow the CMS's change log.
  const cmsEnv = { WEB_REVALIDATE_URLS: '', ...options.cmsEnv };
  try {
    // The first instance migrates and seeds; the others start after it (as after an upgrade), while
    // the web instances already load from the first through the CMS upstream (an instance not yet
    // listening is skipped by nginx).
    const first = await startCms({ port: cmsPorts[0], extraEnv: cmsEnv, healthTimeoutMs: 180_000 });
    cms.push(first);
    started.push(first); // stopped last (in reverse): it drops the database
    const others = (async () => {
      for (let i = 1; i < cmsCount; i += 1) {
        const instance = await startCms({ port: cmsPorts[i], extraEnv: cmsEnv, healthTimeoutMs: 180_000, sameDatabaseAs: first });
        cms.push(instance);
        started.push(instance);
      }
    })();
    others.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
    const cmsProxy = await startCmsProxy({ port: cmsProxyPort, cmsPorts });
    started.push(cmsProxy);
    const proxyUrl = `http://127.0.0.1:${proxyPort}`;
    const webEnv = { PUBLIC_URL: proxyUrl, TRUST_PROXY: '1', ...options.webEnv };
    const bootWeb = (index: number, contentReady: boolean) =>
      startWeb({ cmsUrl: cmsProxy.url, readToken: first.readToken, port: webPorts[index], env: webEnv, contentReady });
    const booted = await Promise.allSettled(webPorts.map((_, index) => bootWeb(index, true)));
    for (const result of booted) if (result.status === 'fulfilled') webs.push(result.value);
    await others;
    const failed = booted.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const proxy = await startProxy({ port: proxyPort, webPorts });
    started.push(proxy);
    const admin = await adminSession(cms[0]!);
    return {
      proxy,
      cmsProxy,
      cms,
      webs,
      admin,
      adminOn: (index) => adminSession(cms[index]!),
      killCms: (index) => killHard(cms[index]!.pid()),
      killWeb: (index) => killHard(webs[index]!.pid),
      startWebAgain: async (index) => {
        const web = await bootWeb(index, false);
        webs[index] = web;
        return web;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
