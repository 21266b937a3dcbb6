import type { SupportChannelFragment, SupportResourceDetailFragment } from '@stodportalen/shared/graphql';
import { describe, expect, it } from 'vitest';
import { parseSupportFilters } from './support-filters';
import { pageSlices, toCmsFilters, toChannel, toResource } from './support.server';

const now = new Date('2025-01-15T13:05:00Z'); // Wednesday 14:05 in Stockholm

describe('toCmsFilters', () => {
  it('is empty without choices', () => {
    expect(toCmsFilters(parseSupportFilters(new URLSearchParams('niva=okand')))).toEqual({});
  });

  it('ORs the values of a group and ANDs the groups', () => {
    const filters = parseSupportFilters(
      new URLSearchParams('malgrupp=unga&malgrupp=narstaende&niva=akut&omfattning=lokal&kanal=telefon&kanal=chatt&anonym=ja'),
    );
    expect(toCmsFilters(filters)).toEqual({
      and: [
        { or: [{ audiences: { youngPeople: { eq: true } } }, { audiences: { closeOnes: { eq: true } } }] },
        { level: { in: ['acute'] } },
        { scope: { in: ['local'] } },
        { channels: { kind: { in: ['phone', 'chat'] } } },
        { anonymous: { eq: true } },
      ],
    });
  });
});

describe('pageSlices', () => {
  it('takes the first page from acute, then targeted, then general', () => {
    expect(pageSlices({ acute: 3, targeted: 10, general: 12 }, 1, 20)).toEqual({
      acute: { start: 0, limit: 3 },
      targeted: { start: 0, limit: 10 },
      general: { start: 0, limit: 7 },
    });
  });

  it('continues a level on the next page where the previous one stopped', () => {
    expect(pageSlices({ acute: 3, targeted: 10, general: 12 }, 2, 20)).toEqual({
      acute: null,
      targeted: null,
      general: { start: 7, limit: 5 },
    });
    expect(pageSlices({ acute: 25, targeted: 10, general: 0 }, 2, 20)).toEqual({
      acute: { start: 20, limit: 5 },
      targeted: { start: 0, limit: 10 },
      general: null,
    });
  });

  it('gives nothing for a page after the last', () => {
    expect(pageSlices({ acute: 1, targeted: 1, general: 1 }, 2, 20)).toEqual({ acute: null, targeted: null, general: null });
  });
});

const channel = (overrides: Partial<SupportChannelFragment>): SupportChannelFragment => ({
  kind: 'phone',
  value: '020-50 50 50',
  label: null,
  alwaysOpen: false,
  isFree: null,
  openingHoursNote: null,
  openingHours: [],
  ...overrides,
});

describe('toChannel', () => {
  it('links a phone number with tel: and says open around the clock when it is', () => {
    expect(toChannel(channel({ alwaysOpen: true, isFree: true, label: ' Ring ' }), now)).toEqual({
      kind: 'phone',
      value: '020-50 50 50',
      label: 'Ring',
      href: 'tel:020505050',
      isFree: true,
      alwaysOpen: true,
      hours: [],
      hoursNote: null,
      status: { kind: 'always' },
    });
  });

  it('says nothing about opening when no hours are stored', () => {
    expect(toChannel(channel({}), now)?.status).toBeNull();
  });

  it('computes the status from the stored hours and shows them as HH:mm', () => {
    const mapped = toChannel(
      channel({ openingHours: [{ day: 'weekdays', opens: '08:00:00.000', closes: '17:00:00.000' }] }),
      now,
    );
    expect(mapped?.hours).toEqual([{ day: 'weekdays', opens: '08:00', closes: '17:00' }]);
    expect(mapped?.status).toEqual({ kind: 'open', at: '14:05' });
  });

  it('never links an unsafe web address and drops empty channels', () => {
    expect(toChannel(channel({ kind: 'web', value: 'javascript:alert(1)' }), now)?.href).toBeNull();
    expect(toChannel(channel({ value: '  ' }), now)).toBeNull();
  });
});

describe('toResource', () => {
  const raw: SupportResourceDetailFragment = {
    documentId: 'doc1',
    slug: 'nmt',
    translations: [{ locale: 'en' }],
    name: 'NMT',
    summary: 'Metodstöd.',
    level: 'general',
    scope: 'national',
    anonymous: null,
    channels: [channel({ kind: 'web', value: 'https://www.nmtsverige.se', label: 'nmtsverige.se' })],
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Text.' }] }, { type: 'nonsense' }],
    languages: ' ',
    verifiedOn: '2025-01-02',
    sourceUrl: 'javascript:alert(1)',
    audiences: { youngPeople: false, adults: null, closeOnes: true, professionals: true, peopleWhoBuySex: false },
    organisation: { name: 'NMT', website: 'https://www.nmtsverige.se' },
  };

  it('maps the payload to the view model, keeping only safe URLs and valid blocks', () => {
    const resource = toResource(raw, 'sv', now);
    expect(resource).toMatchObject({
      id: 'doc1',
      level: 'general',
      anonymous: false,
      languages: null,
      verifiedOn: '2025-01-02',
      sourceUrl: null,
      audiences: ['closeOnes', 'professionals'],
      organisation: { name: 'NMT', website: 'https://www.nmtsverige.se' },
      contentLocale: 'sv',
      otherLocales: ['en'],
    });
    expect(resource?.body).toHaveLength(1);
    expect(resource?.channels[0]?.href).toBe('https://www.nmtsverige.se');
  });
});
