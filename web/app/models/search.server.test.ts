import type { SearchSiteQuery } from '@stodportalen/shared/graphql';
import { describe, expect, it } from 'vitest';
import { excerpt, findMatches, highlight, normalizeQuery, searchTextOf, toSearchResults } from './search.server';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const plainOf = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const marked = (segments: { text: string; match: boolean }[]) => segments.filter((s) => s.match).map((s) => s.text);

describe('normalizeQuery', () => {
  it('trims, squeezes spaces and caps at 100 characters', () => {
    expect(normalizeQuery('  sex   mot\nersättning ')).toEqual({ query: 'sex mot ersättning', truncated: false });
    expect(normalizeQuery(null)).toEqual({ query: '', truncated: false });
    const long = normalizeQuery('å'.repeat(150));
    expect(long).toEqual({ query: 'å'.repeat(100), truncated: true });
  });

  it('drops control and invisible characters, so a NUL is no wildcard', () => {
    expect(normalizeQuery('\u0000')).toEqual({ query: '', truncated: false });
    expect(normalizeQuery('\u0000\u0001\u007f\u200b\u00ad\ufeff')).toEqual({ query: '', truncated: false });
    expect(normalizeQuery('männi\u0000skohandel')).toEqual({ query: 'människohandel', truncated: false });
    expect(normalizeQuery('sex \u0000 köp')).toEqual({ query: 'sex köp', truncated: false });
    expect(normalizeQuery('\u202ehej\u202c')).toEqual({ query: 'hej', truncated: false });
    // Emoji sequences keep their joiner.
    expect(normalizeQuery('👩\u200d👧')).toEqual({ query: '👩\u200d👧', truncated: false });
  });

  it('lower-cases the Swedish way, as the CMS does for searchText', () => {
    expect(searchTextOf('MÄNNISKOHANDEL Övergripande ÅR')).toBe('människohandel övergripande år');
  });
});

describe('matching and excerpts', () => {
  it('finds matches whatever the case, å, ä and ö included', () => {
    expect(findMatches('Det Övergripande målet', 'övergripande')).toEqual([[4, 16]]);
    expect(findMatches('MÄNNISKOHANDEL och människohandel', 'människohandel')).toEqual([
      [0, 14],
      [19, 33],
    ]);
    expect(findMatches('Ingenting här', 'sugar')).toEqual([]);
  });

  it('marks every match and keeps the text as written', () => {
    const segments = highlight('Människohandel är ett brott. Människohandel …', 'människohandel');
    expect(plainOf(segments)).toBe('Människohandel är ett brott. Människohandel …');
    expect(marked(segments)).toEqual(['Människohandel', 'Människohandel']);
  });

  it('cuts a short passage around the first match at spaces', () => {
    const text = `${'början '.repeat(40)}Det övergripande målet är att öka kunskapen ${'slutet '.repeat(40)}`;
    const segments = excerpt(text, 'övergripande', 30);
    const shown = plainOf(segments);
    expect(shown.startsWith('… ')).toBe(true);
    expect(shown.endsWith(' …')).toBe(true);
    expect(shown).toContain('Det övergripande målet');
    expect(shown.length).toBeLessThan(100);
    expect(marked(segments)).toEqual(['övergripande']);
    // Whole words only at both ends.
    const words = shown.slice(2, -2).split(' ');
    const textWords = new Set(text.split(' '));
    expect(textWords.has(words[0] ?? '')).toBe(true);
    expect(textWords.has(words[words.length - 1] ?? '')).toBe(true);
  });

  it('shows the start of the text when the match is elsewhere (e.g. only in the title)', () => {
    expect(plainOf(excerpt('Kort text.', 'annat'))).toBe('Kort text.');
    expect(excerpt('', 'x')).toEqual([]);
  });
});

const emptyConnection = { nodes: [], pageInfo: { total: 0 } };

function answer(overrides: Partial<SearchSiteQuery>): SearchSiteQuery {
  return {
    resources: emptyConnection,
    events: emptyConnection,
    campaigns: emptyConnection,
    terms: emptyConnection,
    pages: emptyConnection,
    plan: null,
    ...overrides,
  };
}

describe('toSearchResults', () => {
  it('groups hits by type in a fixed order, with links and excerpts', () => {
    const results = toSearchResults(
      answer({
        terms: {
          nodes: [{ documentId: 't1', slug: 'manniskohandel', name: 'Människohandel', definition: [paragraph('Människohandel är ett brott.')] }],
          pageInfo: { total: 1 },
        },
        pages: {
          nodes: [
            { documentId: 'p1', slug: 'samverkan', area: 'staff', title: 'Samverkan', summary: null, body: [paragraph('Vid människohandel …')] },
            { documentId: 'p2', slug: 'ny-sida', area: 'legal', title: 'Ny sida', summary: null, body: [paragraph('människohandel')] },
          ],
          pageInfo: { total: 2 },
        },
        plan: {
          sections: [
            { heading: 'Inledning', anchor: 'inledning', level: 2, body: [paragraph('Om prostitution.')] },
            { heading: 'Definition', anchor: 'definition', level: 2, body: [paragraph('Människohandel är …')] },
            { heading: 'Definition', anchor: 'definition', level: 3, body: [paragraph('Mer om MÄNNISKOHANDEL.')] },
          ],
        },
      }),
      'sv',
      'MÄNNISKOHANDEL',
    );
    expect(results.groups.map((g) => g.kind)).toEqual(['pages', 'terms', 'plan']);
    expect(results.total).toBe(4);
    const [pages, terms, plan] = results.groups;
    // A legal page without a route of its own is left out rather than linked to a 404.
    expect(pages?.hits.map((hit) => hit.path)).toEqual(['/for-personal/samverkan']);
    expect(terms?.hits[0]?.path).toBe('/begrepp#manniskohandel');
    expect(marked(terms?.hits[0]?.title ?? [])).toEqual(['Människohandel']);
    // Anchors as on /handlingsplan: duplicates get -2.
    expect(plan?.hits.map((hit) => hit.path)).toEqual(['/handlingsplan#definition', '/handlingsplan#definition-2']);
  });

  it('in English, adds Swedish documents without a translation, marked, and drops translated ones', () => {
    const results = toSearchResults(
      answer({
        resources: {
          nodes: [{ documentId: 'r1', slug: 'kvinnofridslinjen', name: 'Kvinnofridslinjen (EN)', summary: 'Call', body: null }],
          pageInfo: { total: 1 },
        },
        svResources: {
          nodes: [
            { documentId: 'r1', slug: 'kvinnofridslinjen', name: 'Kvinnofridslinjen', summary: 'Ring', body: null, localizations: [{ locale: 'en' }] },
            { documentId: 'r2', slug: 'nmt', name: 'NMT', summary: 'Kvinnofrid', body: null, localizations: [] },
            { documentId: 'r3', slug: 'annan', name: 'Annan', summary: 'Kvinnofrid', body: null, localizations: [{ locale: 'en' }] },
          ],
          pageInfo: { total: 3 },
        },
        svPlan: { sections: [{ heading: 'Kvinnofrid', anchor: 'kvinnofrid', level: 2, body: [] }] },
      }),
      'en',
      'kvinnofrid',
    );
    const resources = results.groups.find((g) => g.kind === 'resources');
    expect(resources?.hits.map((hit) => [hit.path, hit.locale, hit.fallback])).toEqual([
      ['/stod/kvinnofridslinjen', 'en', false],
      ['/stod/nmt', 'sv', true],
    ]);
    const plan = results.groups.find((g) => g.kind === 'plan');
    expect(plan?.hits[0]).toMatchObject({ path: '/handlingsplan#kvinnofrid', locale: 'sv', fallback: true });
  });

  it('says when the CMS has more hits than are shown', () => {
    const nodes = Array.from({ length: 10 }, (_, i) => ({
      documentId: `e${i}`,
      slug: `e${i}`,
      title: `Träff ${i}`,
      startsAt: '2026-12-01T10:00:00.000Z',
      description: null,
    }));
    const results = toSearchResults(answer({ events: { nodes, pageInfo: { total: 14 } } }), 'sv', 'träff');
    expect(results.groups[0]).toMatchObject({ kind: 'events', more: true });
    expect(results.groups[0]?.hits[0]?.date).toBe('2026-12-01T10:00:00.000Z');
  });

  it('has no groups when nothing matched', () => {
    expect(toSearchResults(answer({}), 'sv', 'xyz')).toEqual({ groups: [], total: 0 });
  });
});
