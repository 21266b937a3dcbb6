// An HTTP proxy on loopback between the web and Strapi that can hold every request for a while
// (a slow CMS) and counts what passes. When Strapi is down, the connection is dropped.
import http from 'node:http';
import { freePort } from './cms';

export interface DelayingProxy {
  url: string;
  /** Milliseconds each request waits before it is passed on (0: none). */
  delayMs: number;
  /** When true, every request is dropped (the CMS is unreachable). */
  down: boolean;
  /** Requests received so far. */
  requests: number;
  close: () => Promise<void>;
}

export async function startDelayingProxy(target: string): Promise<DelayingProxy> {
  const upstream = new URL(target);
  const port = await freePort();
  const proxy: DelayingProxy = { url: `http://127.0.0.1:${port}`, delayMs: 0, down: false, requests: 0, close: async () => {} };
  const agent = new http.Agent({ keepAlive: true });

  const server = http.createServer((req, res) => {
    proxy.requests += 1;
    if (proxy.down) {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const forward = () => {
        if (res.destroyed) return;
        const outgoing = http.request(
          { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers, agent },
          (incoming) => {
            res.writeHead(incoming.statusCode ?? 502, incoming.headers);
            incoming.pipe(res);
          },
        );
        outgoing.on('error', () => res.destroy());
        outgoing.end(Buffer.concat(chunks));
      };
      // The delay is what this proxy is for (a slow CMS): intentional, not a wait for something.
      if (proxy.delayMs > 0) setTimeout(forward, proxy.delayMs);
      else forward();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  proxy.close = async () => {
    agent.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return proxy;
}
