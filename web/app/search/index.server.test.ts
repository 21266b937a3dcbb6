import { describe, expect, it } from 'vitest';
import { SearchIndex } from './index.server';
import type { SearchSnapshot, SearchSource } from './source.server';
import type { SearchDocument } from './types';

const page = (id: string, title: string): SearchDocument => ({
  id: `sv:pages:${id}`,
  kind: 'pages',
  locale: 'sv',
  textLocale: 'sv',
  url: `/${id}`,
  title,
  lede: '',
  body: '',
  tags: [],
});

/** A source whose next answers the test sets: a snapshot, or a failure (the CMS is down). */
class ScriptedSource implements SearchSource {
  loads = 0;
  next: SearchSnapshot | Error = { documents: [], synonyms: [], bestBets: [] };
  async load(): Promise<SearchSnapshot> {
    this.loads += 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (this.next instanceof Error) throw this.next;
    return this.next;
  }
}

describe('SearchIndex', () => {
  it('takes in each change and keeps the last index when the source fails', async () => {
    const source = new ScriptedSource();
    const index = new SearchIndex(source);
    source.next = { documents: [page('a', 'Blåbär')], synonyms: [], bestBets: [] };
    await index.refresh();
    expect(index.loaded).toBe(true);
    expect(index.search('sv', 'blåbär').hits.map((hit) => hit.url)).toEqual(['/a']);

    source.next = new Error('CMS down');
    await index.refresh();
    expect(index.getStatus().lastError).toBe('CMS down');
    expect(index.search('sv', 'blåbär').hits.map((hit) => hit.url)).toEqual(['/a']);

    source.next = { documents: [page('b', 'Lingon')], synonyms: [{ locale: 'sv', words: ['blåbär'], means: ['lingon'] }], bestBets: [] };
    await index.refresh();
    expect(index.getStatus()).toMatchObject({ documents: 1, lastError: null });
    expect(index.search('sv', 'blåbär').hits.map((hit) => hit.url)).toEqual(['/b']);
  });

  it('coalesces revalidations that come in during a load into one more load', async () => {
    const source = new ScriptedSource();
    const index = new SearchIndex(source);
    const first = index.refresh();
    void index.refresh();
    void index.refresh();
    await first;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(source.loads).toBe(2);
  });
});
