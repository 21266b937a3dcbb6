import { createServer, type Server, type ServerResponse } from 'node:http';
import { GetSiteSettingsDocument } from '@stodportalen/shared/graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CmsError } from './cms-error';

// A stand-in CMS whose answer each test chooses.
let reply: (res: ServerResponse, auth: string | undefined) => void = () => {};
let server: Server;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => reply(res, req.headers.authorization));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the stand-in CMS has no port');
  vi.stubEnv('CMS_URL', `http://127.0.0.1:${address.port}`);
  vi.stubEnv('CMS_READ_TOKEN', 'test-token');
  vi.stubEnv('CMS_TIMEOUT_MS', '300');
  // These tests are about the client itself; the cache is tested in cms.server.cache.test.ts.
  vi.stubEnv('CMS_CACHE_TTL_MS', '0');
});

afterAll(async () => {
  vi.unstubAllEnvs();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

describe('cmsRequest', () => {
  it('sends the token and returns the data', async () => {
    let seenAuth: string | undefined;
    reply = (res, auth) => {
      seenAuth = auth;
      json(res, 200, { data: { site: null } });
    };
    const { cmsRequest } = await import('./cms.server');
    await expect(cmsRequest(GetSiteSettingsDocument, { locale: 'sv' })).resolves.toEqual({ site: null });
    expect(seenAuth).toBe('Bearer test-token');
  });

  it.each([
    ['an HTTP error', (res: ServerResponse) => json(res, 401, { error: 'no' })],
    ['GraphQL errors', (res: ServerResponse) => json(res, 200, { errors: [{ message: 'bad' }], data: null })],
    ['a body that is not JSON', (res: ServerResponse) => res.end('<html>')],
    ['no answer in time', () => {}],
  ])('turns %s into a CmsError', async (_name, handler) => {
    reply = handler;
    const { cmsRequest } = await import('./cms.server');
    const error = await cmsRequest(GetSiteSettingsDocument, { locale: 'sv' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsError);
    expect(error).toMatchObject({ name: 'CmsError', operation: 'GetSiteSettings' });
    expect(String(error)).not.toContain('test-token');
  });
});
