import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../env';
import { createNotifier, isPublicChange, revalidationConfig, type ContentChange } from './revalidate';

// A stand-in web on loopback that records what it is told.
let server: Server;
let url = '';
const received: { authorization: string | undefined; body: ContentChange }[] = [];
let respond: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end('{}');

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ authorization: req.headers.authorization, body: JSON.parse(body) as ContentChange });
      respond(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  url = `http://127.0.0.1:${address.port}/api/revalidate`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const until = async (condition: () => boolean, ms = 2_000) => {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
};

const change = (documentId: string): ContentChange => ({ uid: 'api::page.page', documentId, locale: 'sv', action: 'publish' });

describe('revalidationConfig', () => {
  it('is off without addresses, or without a long enough secret (with a warning)', () => {
    const warnings: string[] = [];
    expect(revalidationConfig(parseSettings({}).revalidation, (m) => warnings.push(m))).toBeNull();
    expect(revalidationConfig(parseSettings({ WEB_REVALIDATE_URLS: 'http://127.0.0.1:3000/api/revalidate', REVALIDATE_SECRET: 'short' }).revalidation, (m) => warnings.push(m))).toBeNull();
    expect(warnings).toHaveLength(1);
  });

  it('reads comma-separated addresses and drops ones that are not http(s)', () => {
    const config = revalidationConfig(
      parseSettings({ WEB_REVALIDATE_URLS: ' http://a.example/api/revalidate , ftp://b , https://c.example/api/revalidate', REVALIDATE_SECRET: 'x'.repeat(16) }).revalidation,
      () => {},
    );
    expect(config?.urls).toEqual(['http://a.example/api/revalidate', 'https://c.example/api/revalidate']);
  });
});

describe('isPublicChange', () => {
  it('counts publishing, unpublishing and deleting public content, not drafts or private types', () => {
    expect(isPublicChange('api::event.event', 'publish', {}, true)).toBe(true);
    expect(isPublicChange('api::event.event', 'unpublish', {}, true)).toBe(true);
    expect(isPublicChange('api::page.page', 'delete', {}, true)).toBe(true);
    expect(isPublicChange('api::event.event', 'create', {}, true)).toBe(false); // a draft (e.g. a partner's tip)
    expect(isPublicChange('api::event.event', 'update', { status: 'published' }, true)).toBe(true);
    expect(isPublicChange('api::event.event', 'findMany', {}, true)).toBe(false);
    expect(isPublicChange('plugin::users-permissions.user', 'update', {}, false)).toBe(false);
  });
});

describe('createNotifier', () => {
  it('posts the change with the secret, and sends every document changed meanwhile, once each, in order', async () => {
    received.length = 0;
    let release: () => void = () => {};
    respond = (_req, res) => {
      release = () => res.end('{}');
    };
    const warnings: string[] = [];
    const notify = createNotifier({ urls: [url], secret: 's'.repeat(20) }, (m) => warnings.push(m));
    notify(change('a'));
    await until(() => received.length === 1);
    notify(change('b'));
    notify(change('c'));
    notify({ ...change('b'), action: 'unpublish' });
    respond = (_req, res) => res.end('{}');
    release();
    await until(() => received.length === 3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Before issue 13, 'b' was dropped: the web's read model then missed an event published right before its follow-up.
    expect(received.map((r) => r.body.documentId)).toEqual(['a', 'b', 'c']);
    expect(received[1]!.body.action).toBe('unpublish');
    expect(received[0]).toMatchObject({ authorization: `Bearer ${'s'.repeat(20)}`, body: change('a') });
    expect(warnings).toEqual([]);
  });

  it('past 100 waiting documents, sends one change that names no type (the web checks everything)', async () => {
    received.length = 0;
    let release: () => void = () => {};
    respond = (_req, res) => {
      release = () => res.end('{}');
    };
    const notify = createNotifier({ urls: [url], secret: 's'.repeat(20) }, () => {});
    notify(change('first'));
    await until(() => received.length === 1);
    for (let i = 0; i < 150; i += 1) notify(change(`d${i}`));
    respond = (_req, res) => res.end('{}');
    release();
    await until(() => received.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received.map((r) => r.body)).toEqual([change('first'), { uid: '', documentId: null, locale: null, action: 'many' }]);
  });

  it('logs a line when the web cannot be reached, and never throws', async () => {
    const warnings: string[] = [];
    const notify = createNotifier({ urls: ['http://127.0.0.1:9/api/revalidate'], secret: 's'.repeat(20) }, (m) => warnings.push(m));
    expect(() => notify(change('x'))).not.toThrow();
    await until(() => warnings.length === 1);
    expect(warnings[0]).toMatch(/127\.0\.0\.1:9.*could not be reached/);
  });
});
