import { describe, expect, it } from 'vitest';
import { SearchEngine, typosAllowed } from './engine';
import type { SearchDocument } from './types';

let n = 0;
function doc(partial: Partial<SearchDocument> & { title: string }): SearchDocument {
  n += 1;
  return { id: `sv:pages:${n}`, kind: 'pages', locale: 'sv', textLocale: 'sv', url: `/sida-${n}`, lede: '', body: '', tags: [], ...partial };
}

const urls = (engine: SearchEngine, query: string, locale: 'sv' | 'en' = 'sv') => engine.search(locale, query).hits.map((hit) => hit.url);

describe('SearchEngine matching', () => {
  const engine = new SearchEngine();
  engine.replaceAll([
    doc({ url: '/prostitution', title: 'Vad är prostitution?', body: 'Att sälja sex är när någon säljer sex mot ersättning.' }),
    doc({ url: '/bris', title: 'Bris', kind: 'resources', body: 'Ring eller chatta.' }),
    doc({ url: '/tillganglighet', title: 'Tillgänglighet', body: 'Kända brister på webbplatsen.' }),
    doc({ url: '/manniskohandel', title: 'Människohandel', body: 'Om att utnyttja människor.' }),
  ]);

  it('finds every word in any order, inflected (Snowball stems)', () => {
    expect(urls(engine, 'sälja sex')[0]).toBe('/prostitution');
    expect(urls(engine, 'sex säljer')[0]).toBe('/prostitution');
    expect(urls(engine, 'sälja bris')).toEqual([]);
  });

  it('allows typos by word length, none in short words', () => {
    expect(typosAllowed('sex')).toBe(0);
    expect(typosAllowed('chatt')).toBe(1);
    expect(typosAllowed('prostitution')).toBe(2);
    expect(typosAllowed('2026')).toBe(0);
    expect(typosAllowed('0586-61000')).toBe(0);
    expect(urls(engine, 'prostution')[0]).toBe('/prostitution');
    expect(urls(engine, 'sez')).toEqual([]);
  });

  it('finds words typed without å/ä/ö, and prefixes of unknown words', () => {
    expect(urls(engine, 'manniskohandel')[0]).toBe('/manniskohandel');
    expect(urls(engine, 'människoh')[0]).toBe('/manniskohandel');
  });

  it('leaves out the small words young people write ("nån", "mej")', () => {
    const local = new SearchEngine();
    local.replaceAll([doc({ url: '/tvang', title: 'Om någon tvingar dig', body: 'Ingen får tvinga dig att sälja sex.' })]);
    expect(urls(local, 'nån tvingar mej')).toEqual(['/tvang']);
    expect(urls(local, 'dom tvingar mig')).toEqual(['/tvang']);
  });

  it('does not find a known word inside another word ("bris" is not "brister")', () => {
    expect(urls(engine, 'bris')).toEqual(['/bris']);
  });

  it('marks the matched words in the title and the snippet', () => {
    const hit = engine.search('sv', 'säljer').hits[0];
    expect(hit?.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['sälja', 'säljer']);
  });

  it('updates incrementally: add, replace and remove by id', () => {
    const local = new SearchEngine();
    const page = doc({ title: 'Blåbär' });
    local.upsert(page);
    expect(urls(local, 'blåbär')).toEqual([page.url]);
    local.upsert({ ...page, title: 'Lingon' });
    expect(urls(local, 'blåbär')).toEqual([]);
    expect(urls(local, 'lingon')).toEqual([page.url]);
    local.remove(page.id);
    expect(urls(local, 'lingon')).toEqual([]);
    expect(local.replaceAll([page])).toMatchObject({ added: 1, removed: 0 });
    expect(local.replaceAll([])).toMatchObject({ removed: 1 });
  });
});

describe('SearchEngine with common words', () => {
  // 700 events with "evenemang", a few with rarer words too; some English ones, and Swedish ones
  // standing in on the English site.
  const documents: SearchDocument[] = [];
  for (let i = 0; i < 700; i += 1) {
    const extra = i % 50 === 0 ? ' föreläsning om grooming' : i % 70 === 0 ? ' samtalsgrupp' : '';
    documents.push({ ...doc({ title: `Evenemang ${i}${extra}`, body: `Ett evenemang i Karlskoga nummer ${i}.${extra}` }), id: `sv:events:${i}`, kind: 'events', url: `/kalender/e-${i}` });
    if (i % 100 === 0) documents.push({ ...doc({ title: `Event ${i} grooming`, body: 'An evenemang in English.' }), id: `en:events:${i}`, kind: 'events', locale: 'en', textLocale: 'en', url: `/en/kalender/e-${i}` });
  }
  const fast = new SearchEngine({ now: () => new Date('2026-06-01T12:00:00Z') });
  const full = new SearchEngine({ now: () => new Date('2026-06-01T12:00:00Z'), commonWordDocuments: Number.POSITIVE_INFINITY });
  fast.replaceAll(documents);
  full.replaceAll(documents);

  it.each([
    ['sv', 'evenemang grooming'],
    ['sv', 'evenemang föreläsning grooming'],
    ['sv', 'grooming evenemang karlskoga'],
    ['sv', 'evenemang samtalsgrupp'],
    ['sv', 'evenemang 350'],
    ['sv', 'evenemang groomin'],
    ['sv', 'evenemang zebra'],
    ['en', 'evenemang grooming'],
    ['en', 'grooming'],
  ] as const)('scores %s "%s" the same when the rare words are searched first', (locale, query) => {
    const hits = (engine: SearchEngine) => engine.search(locale, query, 100).hits.map((hit) => `${hit.url} ${hit.score.toFixed(6)}`);
    expect(hits(fast)).toEqual(hits(full));
    expect(fast.search(locale, query).total).toBe(full.search(locale, query).total);
  });

  it('matches numbers as typed or as the start of a number, never with a typo', () => {
    expect(urls(fast, 'evenemang 350')).toEqual(['/kalender/e-350']);
    expect(urls(fast, 'evenemang 351')).toEqual(['/kalender/e-351']);
    // No document holds 3519 or a number starting with it; 3510 or 3518 is no typo of it.
    const outcome = fast.search('sv', 'evenemang 3519');
    expect(outcome.hits).toEqual([]);
    expect(outcome.suggestions).toEqual(['evenemang']);
  });

  it('finds the documents holding every word', () => {
    expect(urls(fast, 'evenemang grooming').sort()).toEqual(documents.filter((d) => d.locale === 'sv' && d.title.includes('grooming')).map((d) => d.url).sort());
    expect(urls(fast, 'evenemang zebra')).toEqual([]);
  });
});

describe('SearchEngine ranking', () => {
  it('ranks a title match above a lede match above a body match', () => {
    const engine = new SearchEngine();
    engine.replaceAll([
      doc({ url: '/body', title: 'Annat', body: 'Här står det om samverkan en gång bland många andra ord i texten.' }),
      doc({ url: '/lede', title: 'Något', lede: 'Om samverkan.' }),
      doc({ url: '/title', title: 'Samverkan' }),
    ]);
    expect(urls(engine, 'samverkan')).toEqual(['/title', '/lede', '/body']);
  });

  it('ranks the exact phrase higher', () => {
    const engine = new SearchEngine();
    engine.replaceAll([
      doc({ url: '/spread', title: 'Text', body: 'Lämna inte sidan. Det går snabbt att läsa.' }),
      doc({ url: '/phrase', title: 'Text', body: 'Så här kan du lämna sidan snabbt.' }),
    ]);
    expect(urls(engine, 'lämna sidan snabbt')[0]).toBe('/phrase');
  });

  it('boosts acute and reachable help for help-seeking words, and puts past events low', () => {
    const engine = new SearchEngine({ now: () => new Date('2026-06-01T12:00:00Z') });
    engine.replaceAll([
      doc({ url: '/info', kind: 'resources', help: 'other', title: 'Information om stöd', lede: 'Stöd och hjälp.' }),
      doc({ url: '/akut', kind: 'resources', help: 'acute', title: 'Jouren', body: 'Ring för hjälp.' }),
      doc({ url: '/past', kind: 'events', title: 'Föreläsning om sugardejting', startsAt: '2026-01-01T10:00:00Z' }),
      doc({ url: '/future', kind: 'events', title: 'Föreläsning om sugardejting', startsAt: '2026-09-01T10:00:00Z' }),
    ]);
    expect(urls(engine, 'hjälp')[0]).toBe('/akut');
    expect(urls(engine, 'föreläsning sugardejting')).toEqual(['/future', '/past']);
  });
});

describe('SearchEngine synonyms, best bets and suggestions', () => {
  const engine = new SearchEngine();
  engine.replaceAll([
    doc({ url: '/prostitution', title: 'Vad är prostitution?', body: 'Sex mot ersättning.' }),
    doc({ url: '/sugardejting', title: 'Vad är sugardejting?' }),
    doc({ url: '/hjalp', title: 'Få hjälp' }),
    doc({ url: '/en/help', locale: 'en', textLocale: 'en', id: 'en:pages:help', title: 'Get help' }),
  ]);
  engine.setSynonyms([
    { locale: 'sv', words: ['pengar för sex', 'sälja sex'], means: ['prostitution'] },
    { locale: 'sv', words: ['sugar daddy'], means: ['sugardejting'] },
  ]);
  engine.setBestBets([{ locale: 'sv', queries: ['prata med någon'], url: '/hjalp', title: 'Få hjälp', description: 'Här kan du prata.' }]);

  it('searches a synonym phrase as what it means', () => {
    expect(urls(engine, 'pengar för sex')).toEqual(['/prostitution']);
    expect(urls(engine, 'Sugar Daddy')).toEqual(['/sugardejting']);
  });

  it('drops stop words inside a synonym phrase: its words are found without them', () => {
    const local = new SearchEngine();
    local.replaceAll([
      doc({ url: '/pengar-mot-sex', title: 'Pengar mot sex', body: 'Att ta emot pengar mot sex.' }),
      // Stop words only: a phrase that kept "för" matched this, and every other document, as a candidate.
      doc({ url: '/annat', title: 'Något annat', body: 'Det här är för dig som vill veta mer.' }),
    ]);
    local.setSynonyms([{ locale: 'sv', words: ['pengar för sex'], means: ['prostitution för pengar'] }]);
    expect(urls(local, 'pengar för sex')).toEqual(['/pengar-mot-sex']);
  });

  it('pins a best bet first, only in its language and for its queries', () => {
    const outcome = engine.search('sv', 'Prata med  någon!');
    expect(outcome.hits[0]).toMatchObject({ url: '/hjalp', bestBet: true });
    expect(engine.search('en', 'prata med någon').hits.some((hit) => hit.bestBet)).toBe(false);
  });

  it('suggests what the index has when nothing matches', () => {
    const outcome = engine.search('sv', 'sugardejtingxx hjälpqq');
    expect(outcome.hits).toEqual([]);
    expect(outcome.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of outcome.suggestions) expect(engine.search('sv', suggestion).total).toBeGreaterThan(0);
  });

  it('keeps the two languages apart', () => {
    expect(urls(engine, 'help', 'en')).toEqual(['/en/help']);
    expect(urls(engine, 'help')).toEqual([]);
  });
});

describe('SearchEngine fallbacks for a missing translation', () => {
  const engine = new SearchEngine();
  engine.replaceAll([
    doc({ id: 'sv:pages:a', url: '/sugardejting', title: 'Vad är sugardejting?' }),
    doc({ id: 'sv:pages:b', url: '/hjalp', title: 'Få hjälp med sugardejting' }),
    doc({ id: 'en:pages:b', url: '/hjalp', locale: 'en', textLocale: 'en', title: 'Get help with sugar dating' }),
    doc({ id: 'sv:plan:mal', kind: 'plan', url: '/handlingsplan#mal', title: 'Mål för sugardejting' }),
  ]);

  it('searches the Swedish index for documents without a translation, not holding copies of them', () => {
    expect(engine.size).toBe(4);
    const hits = engine.search('en', 'sugardejting').hits;
    expect(hits.map((hit) => [hit.url, hit.fallback, hit.locale])).toEqual(
      expect.arrayContaining([
        ['/sugardejting', true, 'sv'],
        ['/handlingsplan#mal', true, 'sv'],
      ]),
    );
    // The page with an English version is not shown in Swedish too.
    expect(hits.map((hit) => hit.url)).not.toContain('/hjalp');
    expect(engine.search('en', 'dating').hits.map((hit) => [hit.url, hit.fallback])).toEqual([['/hjalp', false]]);
  });

  it('stops a fallback once the translation exists (the plan: once the language has any plan section)', () => {
    engine.upsert(doc({ id: 'en:plan:goals', kind: 'plan', locale: 'en', textLocale: 'en', url: '/handlingsplan#goals', title: 'Goals' }));
    engine.upsert(doc({ id: 'en:pages:a', url: '/sugardejting', locale: 'en', textLocale: 'en', title: 'What is sugar dating?' }));
    expect(engine.search('en', 'sugardejting').hits).toEqual([]);
    expect(engine.search('sv', 'sugardejting').hits).toHaveLength(3);
    engine.remove('en:pages:a');
    expect(engine.search('en', 'sugardejting').hits.map((hit) => hit.url)).toEqual(['/sugardejting']);
  });
});
