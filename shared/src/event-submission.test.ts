import { describe, expect, it } from 'vitest';
import {
  EVENT_SUBMISSION_ERROR_CODES,
  cleanText,
  eventDataFromSubmission,
  eventSubmissionInputFromForm,
  isHoneypotFilled,
  isHttpUrl,
  parseEventSubmission,
} from './event-submission';
import { stockholmDate } from './stockholm-time';

const inDays = (days: number, hour = 18) => {
  const day = stockholmDate(new Date(Date.now() + days * 86_400_000));
  return `${day}T${String(hour).padStart(2, '0')}:00`;
};

const validInput = () => ({
  title: 'Föreläsning om människohandel',
  kind: 'lecture',
  startsAt: inDays(10, 18),
  endsAt: inDays(10, 20),
  venueName: 'Folkets hus',
  venueCity: 'Karlskoga',
  description: 'Första stycket.\n\nAndra stycket.',
  audiences: ['adults', 'professionals'],
  organiserName: 'Föreningen Exempel',
  contactName: 'Anna Andersson',
  contactEmail: 'anna@example.org',
  consent: 'yes',
  idempotencyKey: 'b7c0e7d4-2f51-4a58-9a4e-1e0b1b2c3d4e',
});

describe('EventSubmissionSchema', () => {
  it('accepts a complete submission and gives the times in UTC', () => {
    const result = parseEventSubmission(validInput());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.title).toBe('Föreläsning om människohandel');
    expect(result.data.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T(16|17):00:00\.000Z$/);
    expect(result.data.audiences).toEqual(['adults', 'professionals']);
    expect(result.data.locale).toBe('sv');
  });

  it('drops fields it does not know, such as status and publishedAt', () => {
    const result = parseEventSubmission({ ...validInput(), status: 'published', publishedAt: new Date().toISOString(), moderationStatus: 'approved' });
    expect(result.success).toBe(true);
    if (result.success) expect(Object.keys(result.data)).not.toEqual(expect.arrayContaining(['status', 'publishedAt', 'moderationStatus']));
  });

  it('reports every problem at once, as stable codes', () => {
    const result = parseEventSubmission({ idempotencyKey: 'x' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors).toMatchObject({
      title: 'title.required',
      kind: 'kind.required',
      startsAt: 'startsAt.required',
      endsAt: 'endsAt.required',
      venueName: 'venueName.required',
      description: 'description.required',
      organiserName: 'organiserName.required',
      contactName: 'contactName.required',
      contactEmail: 'contactEmail.required',
      consent: 'consent.required',
      idempotencyKey: 'idempotencyKey.invalid',
    });
  });

  it('wants the end after the start, and no start in the past', () => {
    const before = parseEventSubmission({ ...validInput(), endsAt: inDays(10, 17) });
    expect(before.success ? null : before.errors.endsAt).toBe('endsAt.beforeStart');
    const same = parseEventSubmission({ ...validInput(), endsAt: inDays(10, 18) });
    expect(same.success ? null : same.errors.endsAt).toBe('endsAt.beforeStart');
    const past = parseEventSubmission({ ...validInput(), startsAt: inDays(-2), endsAt: inDays(-2, 20) });
    expect(past.success ? null : past.errors.startsAt).toBe('startsAt.past');
    const far = parseEventSubmission({ ...validInput(), startsAt: '2999-01-01T10:00', endsAt: '2999-01-01T12:00' });
    expect(far.success ? null : far.errors.startsAt).toBe('startsAt.tooFar');
    const invalid = parseEventSubmission({ ...validInput(), startsAt: '2026-02-30T10:00' });
    expect(invalid.success ? null : invalid.errors.startsAt).toBe('startsAt.invalid');
  });

  it('takes http and https addresses only', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org', 'https://', 'http://exa mple.org', '//example.org']) {
      const result = parseEventSubmission({ ...validInput(), registrationUrl: url });
      expect(result.success ? null : result.errors.registrationUrl, url).toBe('registrationUrl.invalid');
    }
    expect(parseEventSubmission({ ...validInput(), onlineUrl: 'https://meet.example.org/abc', venueName: '' }).success).toBe(true);
  });

  it('strips markup instead of storing it', () => {
    const result = parseEventSubmission({ ...validInput(), title: '<b>Viktigt</b> möte<script>alert(1)</script>', description: 'Hej <img src=x onerror=alert(1)> där\n\n<script' });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.title).toBe('Viktigt mötealert(1)');
    expect(result.data.description).toBe('Hej där');
  });

  it('counts the length after cleaning and refuses more than the limit', () => {
    expect(parseEventSubmission({ ...validInput(), title: 'a'.repeat(200) }).success).toBe(true);
    const long = parseEventSubmission({ ...validInput(), title: 'a'.repeat(201) });
    expect(long.success ? null : long.errors.title).toBe('title.tooLong');
    const huge = parseEventSubmission({ ...validInput(), description: 'a'.repeat(100_000) });
    expect(huge.success ? null : huge.errors.description).toBe('description.tooLong');
  });

  it('refuses wrong types with field codes, never by throwing', () => {
    for (const input of [null, 'text', 42, [], { ...validInput(), title: 42 }, { ...validInput(), audiences: [{}] }, { ...validInput(), kind: 'party' }, { ...validInput(), consent: 'no' }]) {
      const result = parseEventSubmission(input);
      expect(result.success).toBe(false);
      if (!result.success) for (const code of Object.values(result.errors)) expect(EVENT_SUBMISSION_ERROR_CODES).toContain(code);
    }
    const notObject = parseEventSubmission('text');
    expect(notObject.success ? null : notObject.errors.form).toBe('form.invalid');
  });

  it('needs a known organisation or a name', () => {
    const withId = parseEventSubmission({ ...validInput(), organiserName: '', organiserId: 'abc123def456' });
    expect(withId.success).toBe(true);
    const bad = parseEventSubmission({ ...validInput(), organiserId: '../../etc' });
    expect(bad.success ? null : bad.errors.organiserId).toBe('organiserId.invalid');
  });
});

describe('cleanText', () => {
  it.each<[string, string, { multiline?: boolean }?]>([
    ['a\u0000b\u202Ec\uD800d', 'abc\uFFFDd'],
    ['  Möte   för\talla  ', 'Möte för alla'],
    ['مرحبا 👋🏽 e\u0301', 'مرحبا 👋🏽 é'],
    ['rad 1\r\n\r\n\r\n\r\nrad 2', 'rad 1\n\nrad 2', { multiline: true }],
    ['a < b och c > d', 'a < b och c > d'],
  ])('removes control characters, bidi overrides and lone surrogates, keeps other scripts: %j', (input, expected, options) => {
    expect(cleanText(input, options)).toBe(expected);
  });

  it.each<[string, string, { multiline?: boolean }?]>([
    ['\u200BMöte\u200B för al\u200B\u200Bla\u200B', 'Möte för alla'],
    ['\u200B\u2060\uFEFF\u00AD\u200E\u200F\u061C\u180E\u2061\u206A\uFFF9', ''],
    ['a\u{E0041}\u{E0042}b', 'ab'],
    ['ti\u00ADtel \u200Dx\u200C 1\u200C2', 'titel x 12'],
    ['👩\u200D💻 och 👨🏽\u200D🍳', '👩\u200D💻 och 👨🏽\u200D🍳'],
    ['می\u200Cخواهم', 'می\u200Cخواهم'],
    ['rad\u200B\nrad', 'rad\nrad', { multiline: true }],
  ])('removes invisible format characters, keeping the joiners that emoji and scripts need: %j', (input, expected, options) => {
    expect(cleanText(input, options)).toBe(expected);
  });

  it('refuses a required field that holds only invisible characters', () => {
    expect(parseEventSubmission({ ...validInput(), title: '\u200B\u200B\u2060' }).success).toBe(false);
    expect(parseEventSubmission({ ...validInput(), title: '\u200B\u200B\u2060' })).toMatchObject({ errors: { title: 'title.required' } });
  });
});

describe('isHttpUrl', () => {
  it('knows http(s) from the rest', () => {
    expect(isHttpUrl('https://example.org/a?b=c')).toBe(true);
    expect(isHttpUrl('HTTP://EXAMPLE.ORG')).toBe(true);
    expect(isHttpUrl('java\tscript:alert(1)')).toBe(false);
    expect(isHttpUrl('mailto:a@example.org')).toBe(false);
  });
});

describe('helpers', () => {
  it('reads form data, repeated audiences included', () => {
    const form = new FormData();
    form.set('title', 'Möte');
    form.append('audiences', 'adults');
    form.append('audiences', 'youngPeople');
    form.set('website', 'spam');
    const input = eventSubmissionInputFromForm(form);
    expect(input).toMatchObject({ title: 'Möte', audiences: ['adults', 'youngPeople'], website: 'spam' });
    expect(isHoneypotFilled(input)).toBe(true);
    expect(isHoneypotFilled({ website: '  ' })).toBe(false);
  });

  it('maps a submission to the event fields, description as blocks', () => {
    const result = parseEventSubmission(validInput());
    if (!result.success) throw new Error('expected success');
    const data = eventDataFromSubmission(result.data);
    expect(data.description).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Första stycket.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Andra stycket.' }] },
    ]);
    expect(data.venue).toEqual({ name: 'Folkets hus', address: undefined, city: 'Karlskoga' });
    expect(data.audiences).toEqual({ youngPeople: false, adults: true, closeOnes: false, professionals: true, peopleWhoBuySex: false });
    expect(data.submitterEmail).toBe('anna@example.org');
  });
});
