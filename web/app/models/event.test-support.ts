// An event as the view model holds it, for unit tests of what is made from events (feeds, structured data).
import type { EventDetail } from './event';

/** An event at a venue in Karlskoga, 15 December 2026 18.00–20.00 (winter time). */
export const sampleEvent: EventDetail = {
  id: 'doc1',
  slug: 'demo-forelasning',
  title: '[DEMO] Föreläsning',
  kind: 'lecture',
  startsAt: '2026-12-15T17:00:00.000Z',
  endsAt: '2026-12-15T19:00:00.000Z',
  place: { name: 'Folkets hus', address: 'Storgatan 1', city: 'Karlskoga', onlineUrl: null },
  isFree: true,
  price: null,
  contentLocale: 'sv',
  description: [{ type: 'paragraph', children: [{ type: 'text', text: 'Om sugardejting.' }] }],
  image: null,
  audiences: [],
  organiser: null,
  registrationUrl: null,
  accessibility: null,
  updatedAt: '2026-11-20T09:00:00.000Z',
  publishedAt: '2026-11-18T08:00:00.000Z',
  otherLocales: [],
};
