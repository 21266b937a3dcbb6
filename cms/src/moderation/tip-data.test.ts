import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEARED_TIP_FIELDS, eventDataFromSubmission, parseEventSubmission, STORED_TIP_FIELDS } from '@stodportalen/shared';

type Attribute = { type: string; private?: boolean };
const schema = JSON.parse(readFileSync(join(__dirname, '../api/event/content-types/event/schema.json'), 'utf8')) as {
  attributes: Record<string, Attribute>;
};

function submittedFields(): string[] {
  const start = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const parsed = parseEventSubmission({
    title: 'Föreläsning',
    kind: 'lecture',
    startsAt: `${start}T18:00`,
    endsAt: `${start}T20:00`,
    venueName: 'Folkets hus',
    description: 'Text.',
    audiences: ['adults'],
    organiserName: 'Föreningen Exempel',
    contactName: 'Anna Andersson',
    contactEmail: 'anna@example.org',
    consent: 'yes',
    idempotencyKey: 'b7c0e7d4-2f51-4a58-9a4e-1e0b1b2c3d4e',
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
  // submit.ts adds the chosen organisation as a relation.
  return [...Object.keys(eventDataFromSubmission(parsed.data)), 'organiser'];
}

describe('the privacy notice lists every field a tip stores', () => {
  it('has an entry for every private field of the event schema', () => {
    const privateFields = Object.entries(schema.attributes)
      .filter(([, attribute]) => attribute.private === true)
      .map(([name]) => name);
    expect(privateFields.length).toBeGreaterThan(5);
    expect(privateFields.filter((field) => !(field in STORED_TIP_FIELDS))).toEqual([]);
  });

  it('has an entry for every field the submission writes', () => {
    expect(submittedFields().filter((field) => !(field in STORED_TIP_FIELDS))).toEqual([]);
  });

  it('lists only fields that exist in the schema', () => {
    expect(Object.keys(STORED_TIP_FIELDS).filter((field) => !(field in schema.attributes))).toEqual([]);
  });

  it('clears the contact details and the moderator note together', () => {
    expect(CLEARED_TIP_FIELDS).toEqual(expect.arrayContaining(['submitterName', 'submitterEmail', 'submitterLocale', 'moderatorNote']));
    const contact = Object.entries(STORED_TIP_FIELDS).filter(([, category]) => category === 'contact').map(([field]) => field);
    // The consent record stays (what was agreed to and when, no longer tied to a person).
    expect(contact.filter((field) => !(CLEARED_TIP_FIELDS as readonly string[]).includes(field))).toEqual(['consentVersion', 'consentedAt']);
  });
});
