import { describe, expect, it } from 'vitest';
import { planEntries, toSitemapEntries, toSitemapXml } from './sitemap.server';

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
    });
    expect(entries).toEqual([
      { path: '/unga/fa-hjalp', lastmod: { sv: '2026-01-02T00:00:00.000Z' } },
      { path: '/integritet', lastmod: { sv: '2026-01-03T00:00:00.000Z', en: '2026-01-04T00:00:00.000Z' } },
      { path: '/stod/nmt', lastmod: {} },
    ]);
  });

  it('lists the plan and its follow-up page', () => {
    expect(planEntries({ updatedAt: '2026-01-02T00:00:00.000Z', localizations: [] })).toEqual([
      { path: '/handlingsplan', lastmod: { sv: '2026-01-02T00:00:00.000Z' } },
      { path: '/handlingsplan/uppfoljning', lastmod: {} },
    ]);
    expect(planEntries(null).map((entry) => entry.path)).toEqual(['/handlingsplan', '/handlingsplan/uppfoljning']);
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
