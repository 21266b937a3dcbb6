import { EVENT_SUBMISSION_FIELDS } from '@stodportalen/shared';
import { describe, expect, it } from 'vitest';
import { useStandInCms } from '../utils/stand-in-cms.test-support';
import { formValues, retryAfterOf, sendEventSubmission, tipReceiptSummary } from './event-submission.server';

// The CMS's submission endpoint, standing in (the real rate limit is the CMS's).
const cms = useStandInCms({ CMS_READ_TOKEN: 'test-token', CMS_SUBMISSION_TOKEN: 'test-submission-token' });

describe('formValues', () => {
  it('never gives back more than a field may hold', () => {
    const values = formValues({
      title: 'å'.repeat(10_000),
      description: 'x'.repeat(1_000_000),
      kind: 'k'.repeat(5000),
      audiences: Array.from({ length: 1000 }, () => 'y'.repeat(1000)),
      contactEmail: 'a@example.org',
    });
    expect(values.title).toBe('å'.repeat(EVENT_SUBMISSION_FIELDS.title.maxLength));
    expect(values.description).toHaveLength(EVENT_SUBMISSION_FIELDS.description.maxLength);
    expect(values.kind?.length).toBeLessThanOrEqual(100);
    expect(values.audiences?.length).toBeLessThanOrEqual(20);
    expect(values.audiences?.every((audience) => audience.length <= 100)).toBe(true);
    expect(values.contactEmail).toBe('a@example.org');
  });
});

describe('the CMS rate limit', () => {
  it('is passed on with its Retry-After', async () => {
    cms.reply = (res) => {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '120' });
      res.end(JSON.stringify({ error: { status: 429 } }));
    };
    expect(await sendEventSubmission({ title: 'x' }, 'key')).toEqual({ kind: 'rateLimited', retryAfter: '120' });
    cms.reply = (res) => {
      res.writeHead(429, { 'content-type': 'application/json' });
      res.end('{}');
    };
    expect(await sendEventSubmission({ title: 'x' }, 'key')).toEqual({ kind: 'rateLimited', retryAfter: undefined });
  });

  // Only a well-formed Retry-After is passed on.
  it.each([
    ['30', '30'],
    [' 30 ', '30'],
    ['Wed, 21 Oct 2026 07:28:00 GMT', 'Wed, 21 Oct 2026 07:28:00 GMT'],
    ['30\r\nSet-Cookie: x=1', undefined],
    ['soon', undefined],
    [null, undefined],
  ])('passes on Retry-After %j as %j', (header, passed) => {
    expect(retryAfterOf(header)).toBe(passed);
  });
});

describe('sendEventSubmission', () => {
  const answer = (status: number, body: unknown) => {
    cms.reply = (res) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
  };

  it('a new tip and a repeat of the same form are accepted', async () => {
    answer(201, { data: { reference: 'abc', status: 'pending', duplicate: false } });
    expect(await sendEventSubmission({ title: 'Tips', website: '' }, 'key')).toEqual({ kind: 'accepted', mail: true, reference: 'abc' });
    expect(cms.last?.authorization).toBe('Bearer test-submission-token');
    expect(JSON.parse(cms.last?.body ?? '{}')).toEqual({ title: 'Tips' });
    answer(200, { data: { reference: 'abc', status: 'pending', duplicate: true } });
    expect(await sendEventSubmission({ title: 'Tips' }, 'key')).toEqual({ kind: 'accepted', mail: true, reference: 'abc' });
  });

  it('passes on that the CMS sends no mail, so the receipt promises none', async () => {
    answer(201, { data: { reference: 'abc', status: 'pending', duplicate: false, mail: false } });
    expect(await sendEventSubmission({ title: 'Tips' }, 'key')).toEqual({ kind: 'accepted', mail: false, reference: 'abc' });
    answer(201, { data: { reference: 'abc', status: 'pending', duplicate: false, mail: true } });
    expect(await sendEventSubmission({ title: 'Tips' }, 'key')).toEqual({ kind: 'accepted', mail: true, reference: 'abc' });
    answer(202, { data: { status: 'accepted' } });
    // The CMS dropped a bot's tip: accepted, but there is no reference to show.
    expect(await sendEventSubmission({ title: 'Tips' }, 'key')).toEqual({ kind: 'accepted', mail: true, reference: null });
  });

  it('the same form with other content is a conflict, never a receipt', async () => {
    answer(409, { data: null, error: { status: 409, name: 'ConflictError', message: 'conflict', details: { errors: { form: 'form.conflict' } } } });
    expect(await sendEventSubmission({ title: 'Ändrat tips' }, 'key')).toEqual({ kind: 'conflict', errors: { form: 'form.conflict' } });
    // A 409 in another shape is still the conflict.
    answer(409, { error: 'Conflict' });
    expect(await sendEventSubmission({ title: 'Ändrat tips' }, 'key')).toEqual({ kind: 'conflict', errors: { form: 'form.conflict' } });
  });

  it('field errors are outcomes too', async () => {
    answer(400, { error: { details: { errors: { title: 'title.required' } } } });
    expect(await sendEventSubmission({}, 'key')).toEqual({ kind: 'invalid', errors: { title: 'title.required' } });
  });
});

describe('tipReceiptSummary', () => {
  const tip = {
    title: 'Föreläsning',
    startsAt: '2026-12-20T17:00:00.000Z',
    endsAt: '2026-12-20T19:00:00.000Z',
    venueName: 'Folkets hus',
    venueAddress: undefined,
    venueCity: 'Karlskoga',
    onlineUrl: undefined,
    organiserId: undefined,
    organiserName: 'Föreningen Exempel',
    contactEmail: 'anna@example.invalid',
  };

  it('repeats what was typed, with the place in one line and the reference', () => {
    expect(tipReceiptSummary(tip, 'ref123', [])).toEqual({
      reference: 'ref123',
      title: 'Föreläsning',
      startsAt: tip.startsAt,
      endsAt: tip.endsAt,
      place: 'Folkets hus, Karlskoga',
      onlineUrl: null,
      organiser: 'Föreningen Exempel',
      contactEmail: 'anna@example.invalid',
    });
  });

  it('names a chosen organisation from the list, and never shows its id', () => {
    const chosen = { ...tip, organiserId: 'org1', organiserName: undefined, venueName: undefined, venueCity: undefined, onlineUrl: 'https://meet.example.invalid/a' };
    expect(tipReceiptSummary(chosen, 'r', [{ documentId: 'org1', name: 'Polisen' }])).toMatchObject({ organiser: 'Polisen', place: null, onlineUrl: 'https://meet.example.invalid/a' });
    expect(tipReceiptSummary(chosen, 'r', [])).toMatchObject({ organiser: null });
  });
});
