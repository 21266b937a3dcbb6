// The request guard's rules (server/request-guard.ts) on plain request heads; the whole server is
// tested with raw HTTP in tests/integration/hostile-requests.test.ts.
import { PassThrough } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { EVENT_SUBMISSION_FIELDS } from '@stodportalen/shared';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_BYTES,
  TIP_FORM_MAX_BYTES,
  bodyLimitOf,
  checkRequestHead,
  isValidHost,
  pathOfTarget,
  readLimitedBody,
} from './request-guard';

const ORIGIN = 'https://stodportalen.example.org';

function head(method: string, url: string, headers: Record<string, string> = {}): IncomingMessage {
  return Object.assign(new PassThrough(), { method, url, headers: { host: 'stodportalen.example.org', ...headers } }) as unknown as IncomingMessage;
}

const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('the request guard', () => {
  it('lets ordinary requests through', () => {
    expect(checkRequestHead(head('GET', '/kalender?typ=forelasning'), ORIGIN)).toBeNull();
    expect(checkRequestHead(head('HEAD', '/'), ORIGIN)).toBeNull();
    expect(checkRequestHead(head('GET', '/', { 'x-forwarded-host': 'proxy.example.org:8443', 'x-forwarded-proto': 'https' }), ORIGIN)).toBeNull();
    expect(checkRequestHead(head('POST', '/kalender/tipsa', { ...form, origin: ORIGIN, 'content-length': '5000' }), ORIGIN)).toBeNull();
    // Browsers send `Origin: null` under no-referrer, and say same-origin themselves.
    expect(checkRequestHead(head('POST', '/en/kalender/tipsa', { ...form, origin: 'null', 'sec-fetch-site': 'same-origin' }), ORIGIN)).toBeNull();
  });

  it('refuses methods no route has with 405 and Allow', () => {
    for (const method of ['TRACE', 'TRACK', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'CONNECT']) {
      expect(checkRequestHead(head(method, '/'), ORIGIN)).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD, POST' } });
    }
  });

  it('refuses malformed Host and forwarded headers with 400', () => {
    for (const host of ['a b', 'a@b', 'x:99999', 'x:0', 'a/b', 'x:70000', '']) expect(isValidHost(host), host).toBe(false);
    for (const host of ['localhost', 'localhost:3000', '127.0.0.1:5501', '[::1]:3000', 'stodportalen.karlskoga.se']) expect(isValidHost(host), host).toBe(true);
    expect(checkRequestHead(head('GET', '/', { host: 'a b' }), ORIGIN)).toMatchObject({ status: 400 });
    expect(checkRequestHead(head('GET', '/', { 'x-forwarded-host': 'x:70000' }), ORIGIN)).toMatchObject({ status: 400 });
    expect(checkRequestHead(head('GET', '/', { 'x-forwarded-host': 'ok.example, a@b' }), ORIGIN)).toMatchObject({ status: 400 });
    expect(checkRequestHead(head('GET', '/', { 'x-forwarded-proto': 'gopher' }), ORIGIN)).toMatchObject({ status: 400 });
    expect(checkRequestHead(head('GET', 'evil'), ORIGIN)).toMatchObject({ status: 400 });
  });

  it('reads an absolute-form target as its path only', () => {
    expect(pathOfTarget('http://evil.example:444/kalender?x=1')).toBe('/kalender?x=1');
    expect(pathOfTarget('//evil.example/x')).toBe('//evil.example/x');
    expect(pathOfTarget('*')).toBeUndefined();
  });

  it('refuses cross-origin posts with 403, before their content type or size', () => {
    expect(checkRequestHead(head('POST', '/kalender/tipsa', { ...form, origin: 'https://evil.example' }), ORIGIN)).toMatchObject({ status: 403 });
    expect(checkRequestHead(head('POST', '/kalender/tipsa', { ...form, origin: 'null' }), ORIGIN)).toMatchObject({ status: 403 });
    expect(checkRequestHead(head('POST', '/kalender/tipsa', { ...form, 'sec-fetch-site': 'cross-site' }), ORIGIN)).toMatchObject({ status: 403 });
    expect(checkRequestHead(head('POST', '/kalender/tipsa', { 'content-type': 'application/json', origin: 'https://evil.example' }), ORIGIN)).toMatchObject({ status: 403 });
  });

  it('takes the tip form in form encoding only (415)', () => {
    for (const type of ['application/json', 'text/plain', 'multipart/form-data; boundary=x', '']) {
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      expect(checkRequestHead(head('POST', '/kalender/tipsa', headers), ORIGIN), type).toMatchObject({ status: 415 });
    }
    expect(checkRequestHead(head('POST', '/kalender/tipsa', { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' }), ORIGIN)).toBeNull();
  });

  it('limits bodies per route: the tip form to a full form, everything else to almost nothing (413)', () => {
    const longest = Object.values(EVENT_SUBMISSION_FIELDS).reduce((sum, field) => sum + ('maxLength' in field ? field.maxLength : 0), 0);
    expect(TIP_FORM_MAX_BYTES).toBeGreaterThan(longest * 9);
    expect(TIP_FORM_MAX_BYTES).toBeLessThan(128 * 1024);
    expect(bodyLimitOf('/kalender/tipsa')).toBe(TIP_FORM_MAX_BYTES);
    expect(bodyLimitOf('/en/kalender/tipsa')).toBe(TIP_FORM_MAX_BYTES);
    expect(bodyLimitOf('/kalender')).toBe(DEFAULT_MAX_BYTES);
    expect(checkRequestHead(head('POST', '/kalender/tipsa', { ...form, 'content-length': String(TIP_FORM_MAX_BYTES + 1) }), ORIGIN)).toMatchObject({ status: 413 });
    expect(checkRequestHead(head('POST', '/kalender/tipsa', { ...form, 'content-length': '10485760' }), ORIGIN)).toMatchObject({ status: 413 });
    expect(checkRequestHead(head('GET', '/', { 'content-length': '5000' }), ORIGIN)).toMatchObject({ status: 413 });
  });

  it('stops reading a streamed body at the first byte over the limit', async () => {
    const stream = new PassThrough();
    const reading = readLimitedBody(stream as unknown as IncomingMessage, 10);
    stream.write('12345');
    stream.write('678901');
    expect(await reading).toBe('too-large');

    const small = new PassThrough();
    const ok = readLimitedBody(small as unknown as IncomingMessage, 10);
    small.end('åäö');
    expect((await ok).toString()).toBe('åäö');
  });
});
