import type { EventDetailFragment } from '@stodportalen/shared/graphql';
import { describe, expect, it } from 'vitest';
import { calendarFilter, isPast, parseEventFilters, pastFilter, toEventDetail } from './event.server';

const now = new Date('2026-11-28T12:00:00Z');

describe('parseEventFilters', () => {
  it('maps the Swedish URL values to the CMS values', () => {
    const filters = parseEventFilters(
      new URLSearchParams('typ=forelasning&malgrupp=koper-sex&manad=2026-12&sida=2'),
      now
    );
    expect(filters).toEqual({ kind: 'lecture', audience: 'peopleWhoBuySex', month: '2026-12', page: 2 });
    expect(parseEventFilters(new URLSearchParams('typ=kampanjaktivitet&malgrupp=narstaende'), now)).toMatchObject({
      kind: 'campaign_activity',
      audience: 'closeOnes',
    });
  });

  it('ignores unknown values instead of failing', () => {
    for (const query of [
      'typ=lecture&malgrupp=alla&manad=2026-13&sida=0',
      'typ=&malgrupp=&manad=&sida=',
      'typ[]=x&sida=-1&manad=2025-01',
      'sida=99999&manad=2030-01',
      'sida=1e3&typ=%00',
    ]) {
      expect(parseEventFilters(new URLSearchParams(query), now)).toEqual({
        kind: null,
        audience: null,
        month: null,
        page: 1,
      });
    }
  });

  it('accepts only the months the select offers (this month and eleven more)', () => {
    expect(parseEventFilters(new URLSearchParams('manad=2026-11'), now).month).toBe('2026-11');
    expect(parseEventFilters(new URLSearchParams('manad=2027-10'), now).month).toBe('2027-10');
    expect(parseEventFilters(new URLSearchParams('manad=2027-11'), now).month).toBeNull();
  });
});

describe('CMS filters', () => {
  it('asks for events not over yet, plus what was chosen', () => {
    expect(calendarFilter({ kind: 'training', audience: 'youngPeople', month: '2026-12' }, now)).toEqual({
      and: [
        { or: [{ startsAt: { gte: '2026-11-28T12:00:00.000Z' } }, { endsAt: { gte: '2026-11-28T12:00:00.000Z' } }] },
        { kind: { eq: 'training' } },
        { audiences: { youngPeople: { eq: true } } },
        { startsAt: { gte: '2026-11-30T23:00:00.000Z', lt: '2026-12-31T23:00:00.000Z' } },
      ],
    });
    expect(calendarFilter({ kind: null, audience: null, month: null }, now).and).toHaveLength(1);
  });

  it('asks for past events as started and ended (or without an end) before now', () => {
    expect(pastFilter(now)).toEqual({
      and: [
        { startsAt: { lt: '2026-11-28T12:00:00.000Z' } },
        { or: [{ endsAt: { lt: '2026-11-28T12:00:00.000Z' } }, { endsAt: { null: true } }] },
      ],
    });
  });
});

describe('toEventDetail', () => {
  const raw: EventDetailFragment = {
    documentId: 'doc1',
    slug: 'forelasning',
    title: '  Föreläsning  ',
    kind: 'lecture',
    startsAt: '2026-12-15T17:00:00.000Z',
    endsAt: null,
    isFree: null,
    price: ' 50 kr ',
    onlineUrl: 'javascript:alert(1)',
    registrationUrl: 'https://anmalan.example/x',
    organiserName: 'Föreningen',
    organiser: { name: 'Karlskoga kommun' },
    accessibility: '',
    description: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hej' }] }, { type: 'unknown' }],
    venue: { name: 'Folkets hus', address: null, city: 'Karlskoga' },
    audiences: { youngPeople: true, adults: false, closeOnes: null, professionals: true, peopleWhoBuySex: false },
    updatedAt: '2026-11-01T00:00:00.000Z',
    publishedAt: '2026-10-30T00:00:00.000Z',
    translations: [{ locale: 'en' }, { locale: 'xx' }],
    locale: 'sv',
  };

  it('maps the payload to the view model, dropping unsafe links and empty text', () => {
    const event = toEventDetail(raw, 'sv');
    expect(event).toMatchObject({
      id: 'doc1',
      title: 'Föreläsning',
      isFree: false,
      price: '50 kr',
      place: { name: 'Folkets hus', address: null, city: 'Karlskoga', onlineUrl: null },
      registrationUrl: 'https://anmalan.example/x',
      organiser: 'Karlskoga kommun',
      accessibility: null,
      audiences: ['youngPeople', 'professionals'],
      contentLocale: 'sv',
      publishedAt: '2026-10-30T00:00:00.000Z',
      otherLocales: ['en'],
    });
    expect(event.description).toHaveLength(1);
  });

  it('falls back to the organiser name without an organisation', () => {
    expect(toEventDetail({ ...raw, organiser: null }, 'sv').organiser).toBe('Föreningen');
  });
});

describe('isPast', () => {
  it('is over when the end (or, without one, the start) is before now', () => {
    expect(isPast({ startsAt: '2026-11-28T10:00:00Z', endsAt: '2026-11-28T13:00:00Z' }, now)).toBe(false);
    expect(isPast({ startsAt: '2026-11-28T10:00:00Z', endsAt: '2026-11-28T11:00:00Z' }, now)).toBe(true);
    expect(isPast({ startsAt: '2026-11-28T11:00:00Z', endsAt: null }, now)).toBe(true);
  });
});
