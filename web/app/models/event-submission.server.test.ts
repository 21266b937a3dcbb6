import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// sendEventSubmission against a stand-in for the CMS's submission route on loopback (real HTTP):
// the CMS's own answers become outcomes the tip form can show.

let sendEventSubmission: typeof import('./event-submission.server').sendEventSubmission;
let answer: { status: number; body: unknown } = { status: 201, body: {} };
const received: { authorization?: string; body: string }[] = [];
const server = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    received.push({ authorization: request.headers.authorization, body });
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(answer.body));
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // getEnv() reads the environment once, at its first use (in the first test).
  process.env.CMS_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.CMS_READ_TOKEN = 'read-token-for-unit-tests';
  process.env.CMS_SUBMISSION_TOKEN = 'submission-token-for-unit-tests';
  ({ sendEventSubmission } = await import('./event-submission.server'));
}, 30_000);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('sendEventSubmission', () => {
  it('a new tip and a repeat of the same form are accepted', async () => {
    answer = { status: 201, body: { data: { reference: 'abc', status: 'pending', duplicate: false } } };
    expect(await sendEventSubmission({ title: 'Tips', website: '' }, 'key')).toEqual({ kind: 'accepted' });
    expect(received.at(-1)?.authorization).toBe('Bearer submission-token-for-unit-tests');
    expect(JSON.parse(received.at(-1)?.body ?? '{}')).toEqual({ title: 'Tips' });
    answer = { status: 200, body: { data: { reference: 'abc', status: 'pending', duplicate: true } } };
    expect(await sendEventSubmission({ title: 'Tips' }, 'key')).toEqual({ kind: 'accepted' });
  });

  it('the same form with other content is a conflict, never a receipt', async () => {
    answer = {
      status: 409,
      body: { data: null, error: { status: 409, name: 'ConflictError', message: 'conflict', details: { errors: { form: 'form.conflict' } } } },
    };
    expect(await sendEventSubmission({ title: 'Ändrat tips' }, 'key')).toEqual({ kind: 'conflict', errors: { form: 'form.conflict' } });
    // A 409 in another shape is still the conflict.
    answer = { status: 409, body: { error: 'Conflict' } };
    expect(await sendEventSubmission({ title: 'Ändrat tips' }, 'key')).toEqual({ kind: 'conflict', errors: { form: 'form.conflict' } });
  });

  it('field errors and the rate limit are outcomes too', async () => {
    answer = { status: 400, body: { error: { details: { errors: { title: 'title.required' } } } } };
    expect(await sendEventSubmission({}, 'key')).toEqual({ kind: 'invalid', errors: { title: 'title.required' } });
    answer = { status: 429, body: { error: { status: 429 } } };
    expect(await sendEventSubmission({}, 'key')).toEqual({ kind: 'rateLimited' });
  });
});
