import { describe, expect, it } from 'vitest';
import { sampleEvent as event } from '../models/event.test-support';
import { campaignFeedEntry, eventFeedEntry, eventText, icsEvent } from './calendar-feeds.server';

describe('event feeds', () => {
  it('describes an event as kind, time, place and text', () => {
    expect(eventText(event, 'sv')).toBe(
      'Föreläsning. tisdag 15 december 2026, kl. 18.00–20.00\n\nFolkets hus, Storgatan 1, Karlskoga\n\nOm sugardejting.'
    );
    expect(
      eventText(
        { ...event, place: { name: null, address: null, city: null, onlineUrl: 'https://meet.example/x' } },
        'en'
      )
    ).toBe('Lecture. Tuesday 15 December 2026, 18:00–20:00\n\nOnline: https://meet.example/x\n\nOm sugardejting.');
  });

  it('links entries with absolute URLs in the locale', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    expect(eventFeedEntry(event, 'en', 'https://stod.example', now)).toMatchObject({
      url: 'https://stod.example/en/kalender/demo-forelasning',
      updated: '2026-11-20T09:00:00.000Z',
      published: '2026-11-18T08:00:00.000Z',
      event: { startsAt: '2026-12-15T17:00:00.000Z', endsAt: '2026-12-15T19:00:00.000Z', location: 'Folkets hus, Storgatan 1, Karlskoga' },
    });
    const campaign = campaignFeedEntry(
      {
        id: 'k',
        slug: 'kampanj',
        title: 'Kampanj',
        lede: 'Ingress.',
        startsOn: '2026-11-20',
        endsOn: null,
        updatedAt: null,
        status: 'current',
        contentLocale: 'sv',
      },
      'sv',
      'https://stod.example',
      now
    );
    expect(campaign).toEqual({
      url: 'https://stod.example/kampanjer/kampanj',
      title: 'Kampanj',
      summary: 'Från 20 november 2026\n\nIngress.',
      updated: now.toISOString(),
      language: 'sv',
    });
  });

  it('gives calendar files the venue as location, or the online address', () => {
    expect(icsEvent(event, 'sv', 'https://stod.example')).toMatchObject({
      id: 'doc1',
      location: 'Folkets hus, Storgatan 1, Karlskoga',
      url: 'https://stod.example/kalender/demo-forelasning',
      description: 'Om sugardejting.',
    });
    const online = icsEvent(
      { ...event, place: { name: null, address: null, city: null, onlineUrl: 'https://meet.example/x' } },
      'sv',
      'https://stod.example'
    );
    expect(online.location).toBe('https://meet.example/x');
    expect(online.description).toBe('Om sugardejting.\n\nDigitalt: https://meet.example/x');
  });
});
