import { describe, expect, it } from 'vitest';
import { sampleEvent as event } from '../models/event.test-support';
import { article, breadcrumbList, eventStructuredData, governmentOrganization } from './structured-data';
import { shareImage } from './share-image';

const origin = 'https://stod.example';
const image = shareImage(null, null, { origin, defaultAlt: 'Stödportalen' });

describe('eventStructuredData', () => {
  it('an event at a venue: Stockholm times with offset, a Place, offline, scheduled, no invented organiser', () => {
    const data = eventStructuredData({ origin, event: { ...event, organiser: null }, path: '/kalender/forelasning', image });
    expect(data).toMatchObject({
      '@type': 'Event',
      name: '[DEMO] Föreläsning',
      startDate: '2026-12-15T18:00:00+01:00',
      endDate: '2026-12-15T20:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Folkets hus', address: { '@type': 'PostalAddress', streetAddress: 'Storgatan 1', addressLocality: 'Karlskoga' } },
      description: 'Om sugardejting.',
      isAccessibleForFree: true,
      url: `${origin}/kalender/forelasning`,
      image: `${origin}/share-default.png`,
    });
    expect(data).not.toHaveProperty('organizer');
  });

  it('an online event with an organiser; an end before the start is left out', () => {
    const online = { ...event, place: { name: null, address: null, city: null, onlineUrl: 'https://mote.example/x' }, organiser: 'Föreningen', endsAt: '2026-12-15T16:00:00.000Z' };
    const data = eventStructuredData({ origin, event: online, path: '/kalender/forelasning', image });
    expect(data).toMatchObject({ eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode', location: { '@type': 'VirtualLocation', url: 'https://mote.example/x' }, organizer: { '@type': 'Organization', name: 'Föreningen' } });
    expect(data).not.toHaveProperty('endDate');
  });
});

describe('other types', () => {
  it('breadcrumbs name the menu’s sections in the page’s language', () => {
    expect(breadcrumbList({ origin, locale: 'en', section: 'support', title: 'Bris', path: '/en/stod/bris' }).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${origin}/en` },
      { '@type': 'ListItem', position: 2, name: 'Get support', item: `${origin}/en/stod` },
      { '@type': 'ListItem', position: 3, name: 'Bris', item: `${origin}/en/stod/bris` },
    ]);
  });

  it('the municipality and an article', () => {
    expect(governmentOrganization({ origin, locale: 'sv' })).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Karlskoga kommun', url: `${origin}/` });
    expect(article({ origin, locale: 'sv', headline: 'Rubrik', description: null, path: '/unga/a', contentLocale: 'sv', modified: '2026-01-01T00:00:00.000Z', image })).toMatchObject({
      '@type': 'Article',
      headline: 'Rubrik',
      dateModified: '2026-01-01T00:00:00.000Z',
      publisher: { '@type': 'GovernmentOrganization', name: 'Karlskoga kommun' },
    });
  });
});
