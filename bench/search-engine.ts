// The search engine alone, in process (no HTTP, no rendering): p50/p95 of the query set at the
// seeded content plus 100 and plus 10 000 events (and 2 000 resources), index build time and heap.
//   node --expose-gc node_modules/.bin/vite-node bench/search-engine.ts   (--expose-gc: a heap figure without garbage)
// bench/fixtures/search-documents.json is the seeded content as CmsSearchSource maps it (88
// documents); the volume documents are written like cms/scripts/seed-volume.js writes its items.
import fs from 'node:fs';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { SearchEngine } from '../web/app/search/engine';
import type { SearchBestBet, SearchDocument, SearchSynonym } from '../web/app/search/types';

const root = path.resolve(import.meta.dirname, '..');
// The fixture was written when Swedish stand-ins were copied into the English index: those copies
// (locale ≠ textLocale) are left out, as CmsSearchSource no longer places them.
const seeded: SearchDocument[] = (JSON.parse(fs.readFileSync(path.join(root, 'bench', 'fixtures', 'search-documents.json'), 'utf8')) as SearchDocument[]).filter((doc) => doc.locale === doc.textLocale);
const vocabulary = JSON.parse(fs.readFileSync(path.join(root, 'cms', 'seed', 'search.json'), 'utf8')) as { synonyms: SearchSynonym[]; bestBets: (Omit<SearchBestBet, 'queries'> & { queries: string[] })[] };
const queries: { locale: 'sv' | 'en'; query: string; expected: string[] }[] = JSON.parse(fs.readFileSync(path.join(root, 'bench', 'search-queries.json'), 'utf8')).queries;
const DAY = 86_400_000;

function volume(events: number, resources: number): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (let n = 1; n <= events; n += 1) {
    const startsAt = new Date(Date.now() + ((n % 400) - 200) * DAY).toISOString();
    for (const locale of ['sv'] as const) {
      docs.push({ id: `${locale}:events:v${n}`, kind: 'events', locale, textLocale: 'sv', url: `/kalender/volym-evenemang-${n}`, title: `[VOLYM] Evenemang ${n}`, lede: '', body: `Testdata för prestandamätning (nummer ${n}). Inget riktigt evenemang.`, tags: [], startsAt, endsAt: null });
    }
  }
  for (let n = 1; n <= resources; n += 1) {
    for (const locale of ['sv'] as const) {
      docs.push({ id: `${locale}:resources:v${n}`, kind: 'resources', locale, textLocale: 'sv', url: `/stod/volym-stodresurs-${n}`, title: `[VOLYM] Stödresurs ${n}`, lede: `Testdata för prestandamätning (nummer ${n}). Ingen riktig verksamhet.`, body: '', tags: [], help: 'other' });
    }
  }
  return docs;
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? NaN;

/** The engine with `docs` in it, the time the build took, and what it holds on the heap (the input let go). */
function build(makeDocs: () => SearchDocument[]) {
  global.gc?.();
  const heapBefore = getHeapStatistics().used_heap_size;
  const engine = new SearchEngine();
  let docs: SearchDocument[] | null = makeDocs();
  const count = docs.length;
  const started = performance.now();
  engine.replaceAll(docs);
  const buildMs = performance.now() - started;
  const last = docs[docs.length - 1]!;
  docs = null;
  engine.setSynonyms(vocabulary.synonyms);
  engine.setBestBets(vocabulary.bestBets);
  global.gc?.();
  const heapMb = (getHeapStatistics().used_heap_size - heapBefore) / 1024 / 1024;
  return { engine, count, buildMs, heapMb, last };
}

function run(label: string, events: number, resources: number) {
  const { engine, count, buildMs, heapMb, last } = build(() => [...seeded, ...volume(events, resources)]);
  const times: number[] = [];
  const perQuery = new Map<string, number>();
  let passed = 0;
  for (let round = 0; round < 20; round += 1) {
    for (const q of queries) {
      const t0 = performance.now();
      const outcome = engine.search(q.locale, q.query);
      const took = performance.now() - t0;
      times.push(took);
      perQuery.set(q.query, Math.max(perQuery.get(q.query) ?? 0, took));
      if (round !== 0) continue;
      if (q.expected.every((url) => outcome.hits.slice(0, 3).some((hit) => hit.url === url))) passed += 1;
      else console.log(`  missed: ${q.locale} "${q.query}": ${outcome.hits.slice(0, 3).map((hit) => hit.url).join(', ')}`);
    }
  }
  // One incremental change (what a publish costs after the source has loaded).
  const changed = { ...last, title: 'Ändrad titel' };
  const t1 = performance.now();
  engine.upsert(changed);
  const upsertMs = performance.now() - t1;
  console.log(`| ${label} | ${count} | ${passed}/${queries.length} | ${percentile(times, 50).toFixed(2)} | ${percentile(times, 95).toFixed(2)} | ${buildMs.toFixed(0)} | ${upsertMs.toFixed(2)} | ${heapMb.toFixed(0)} |`);
  if (process.env.SLOWEST) console.log([...perQuery].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([q, t]) => `${q}: ${t.toFixed(1)} ms`).join('; '));
  return percentile(times, 95);
}

console.log('| content | documents (sv + en) | quality (top 3) | search p50 ms | search p95 ms | index build ms | one upsert ms | index heap MB |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
const small = run('seed + 100 events', 100, 20);
const large = run('seed + 10 000 events, 2 000 resources', 10_000, 2_000);
console.log(`\np95 growth: ${(large / small).toFixed(2)}×`);
