// A stand-in CMS on loopback for the unit tests of the web's CMS clients: a real HTTP server (no
// mock of the client) whose answer each test chooses, with CMS_URL and the given variables set
// while the test file runs.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, vi } from 'vitest';

export interface StandInCms {
  /** Answers each request once its body has arrived; tests replace it. */
  reply: (res: ServerResponse, req: IncomingMessage) => void;
  /** Requests received so far. */
  requests: number;
  /** The last request's Authorization header and body. */
  last: { authorization: string | undefined; body: string } | null;
}

export function useStandInCms(env: Record<string, string>): StandInCms {
  const standIn: StandInCms = { reply: () => {}, requests: 0, last: null };
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      standIn.requests += 1;
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        standIn.last = { authorization: req.headers.authorization, body };
        standIn.reply(res, req);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('the stand-in CMS has no port');
    vi.stubEnv('CMS_URL', `http://127.0.0.1:${address.port}`);
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return standIn;
}

/** Answers with a JSON body. */
export function replyJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
