import { describe, expect, it } from 'vitest';
import { listingEntries, planEntries, toSitemapEntries, toSitemapXml } from './sitemap.server';

describe('sitemap', () => {
  it('maps CMS documents to their addresses, with the lastmod of each locale', () => {
    const entries = toSitemapEntries({
      plan: null,
      pages_connection: {
        nodes: [
          { slug: 'fa-hjalp', area: 'young_people', updatedAt: '2026-01-02T00:00:00.000Z', localizations: [] },
          { slug: 'integritet', area: 'legal', updatedAt: '2026-01-03T00:00:00.000Z', localizations: [{ locale: 'en', updatedAt: '2026-01-04T00:00:00.000Z' }] },
          { slug: 'utan-route', area: 'legal', updatedAt: null, localizations: [] },
        ],
        pageInfo: { pageCount: 1 },
      },
      supportResources_connection: { nodes: [{ slug: 'nmt', updatedAt: null, localizations: [] }], pageInfo: { pageCount: 1 } },
      events_connection: { nodes: [], pageInfo: { pageCount: 0 } },
      campaigns_connection: { nodes: [], pageInfo: { pageCount: 0 } },
      latestTerm: [],
      latestFollowUp: [],
      latestActivity: [],
    });
    expect(entries).toEqual([
      { path: '/unga/fa-hjalp', lastmod: { sv: '2026-01-02T00:00:00.000Z' }, locales: ['sv'] },
      { path: '/integritet', lastmod: { sv: '2026-01-03T00:00:00.000Z', en: '2026-01-04T00:00:00.000Z' }, locales: ['sv', 'en'] },
      { path: '/stod/nmt', lastmod: {}, locales: ['sv'] },
    ]);
  });

  it('lists the plan in the locales it is written in', () => {
    expect(planEntries({ updatedAt: '2026-01-02T00:00:00.000Z', localizations: [] })).toEqual([
      { path: '/handlingsplan', lastmod: { sv: '2026-01-02T00:00:00.000Z' }, locales: ['sv'] },
    ]);
    expect(planEntries(null).map((entry) => entry.path)).toEqual(['/handlingsplan']);
  });

  it('gives every listing page the latest change of what it lists', () => {
    const documents = [
      { path: '/kalender/a', lastmod: { sv: '2026-03-01T10:00:00.000Z', en: '2026-03-05T10:00:00.000Z' } },
      { path: '/kalender/b', lastmod: { sv: '2026-02-01T10:00:00.000Z' } },
      { path: '/kampanjer/k', lastmod: { sv: '2026-04-01T10:00:00.000Z' } },
      { path: '/stod/nmt', lastmod: { sv: '2026-01-09T10:00:00.000Z' } },
      { path: '/unga/fa-hjalp', lastmod: {} },
    ];
    const listings = listingEntries(documents, { terms: '2026-01-20T00:00:00.000Z', followUp: null });
    const lastmod = Object.fromEntries(listings.map((entry) => [entry.path, entry.lastmod.sv]));
    expect(lastmod).toEqual({
      '/': '2026-04-01T10:00:00.000Z',
      '/kalender': '2026-03-05T10:00:00.000Z',
      '/kampanjer': '2026-04-01T10:00:00.000Z',
      '/stod': '2026-01-09T10:00:00.000Z',
      '/begrepp': '2026-01-20T00:00:00.000Z',
      // Nothing listed, or no change date known: the latest change of the site.
      '/unga': '2026-04-01T10:00:00.000Z',
      '/for-personal': '2026-04-01T10:00:00.000Z',
      '/handlingsplan/uppfoljning': '2026-04-01T10:00:00.000Z',
    });
    expect(listings.every((entry) => entry.locales === undefined)).toBe(true);
  });

  it('lists a page without an English version only in Swedish, with no English alternate', () => {
    const xml = toSitemapXml('https://example.org', [
      { path: '/stod/bara-svenska', lastmod: { sv: '2026-01-02T00:00:00.000Z' }, locales: ['sv'] },
      { path: '/stod/tva-sprak', lastmod: { sv: '2026-01-02T00:00:00.000Z' }, locales: ['sv', 'en'] },
    ]);
    expect(xml).not.toContain('https://example.org/en/stod/bara-svenska');
    expect(xml).toContain('<loc>https://example.org/stod/bara-svenska</loc>');
    expect(xml).toContain('<loc>https://example.org/en/stod/tva-sprak</loc>');
    expect(xml.match(/<url>/g)).toHaveLength(3);
  });

  it('writes every page in both locales with absolute, escaped addresses and hreflang alternates', () => {
    const xml = toSitemapXml('https://example.org', [
      { path: '/handlingsplan', lastmod: { sv: '2026-01-02T00:00:00.000Z' } },
      { path: '/handlingsplan', lastmod: {} },
      { path: '/stod/a&b', lastmod: {} },
    ]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml.match(/<url>/g)).toHaveLength(4);
    expect(xml).toContain('<loc>https://example.org/handlingsplan</loc>\n    <lastmod>2026-01-02T00:00:00.000Z</lastmod>');
    expect(xml).toContain('<loc>https://example.org/en/handlingsplan</loc>\n    <lastmod>2026-01-02T00:00:00.000Z</lastmod>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/handlingsplan"/>');
    expect(xml).toContain('hreflang="x-default" href="https://example.org/handlingsplan"');
    expect(xml).toContain('<loc>https://example.org/stod/a&#38;b</loc>');
  });
});
