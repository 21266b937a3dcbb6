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

/** A source that can also load parts: it answers from `content`, and counts each kind of load. */
class PartialSource implements SearchSource {
  content: SearchDocument[] = [];
  synonyms: SearchSnapshot['synonyms'] = [];
  calls: string[] = [];
  async load(): Promise<SearchSnapshot> {
    this.calls.push('load');
    return { documents: [...this.content], synonyms: this.synonyms, bestBets: [] };
  }
  async loadKinds(kinds: readonly string[]): Promise<SearchDocument[]> {
    this.calls.push(`kinds ${kinds.join(',')}`);
    return this.content.filter((doc) => kinds.includes(doc.kind));
  }
  async loadDocuments(kind: string, ids: readonly string[]): Promise<SearchDocument[]> {
    this.calls.push(`documents ${kind} ${ids.join(',')}`);
    return this.content.filter((doc) => doc.kind === kind && ids.some((id) => doc.id.endsWith(`:${kind}:${id}`) || doc.id.endsWith(`:${kind}:${id}:lattlast`)));
  }
  async loadVocabulary() {
    this.calls.push('vocabulary');
    return { synonyms: this.synonyms, bestBets: [] };
  }
}

describe('SearchIndex updates by change', () => {
  it('re-reads only the document a change names, and drops it (and its easy-read version) when it is gone', async () => {
    const source = new PartialSource();
    const index = new SearchIndex(source);
    const easyRead = {
      ...page('a:lattlast', 'Blåbär lättläst'),
      url: '/a?lattlast=1',
    };
    source.content = [page('a', 'Blåbär'), easyRead, page('b', 'Lingon')];
    await index.applyChange({
      types: ['Page', 'Event', 'SupportResource', 'Term', 'Campaign', 'Plan', 'SearchSynonym'],
    });
    expect(source.calls).toEqual(['load']);
    expect(index.getStatus().documents).toBe(3);

    source.content = [page('a', 'Hjortron'), easyRead, page('b', 'Lingon')];
    await index.applyChange({
      document: { type: 'Page', documentId: 'a' },
      types: [],
    });
    expect(source.calls.slice(1)).toEqual(['documents pages a']);
    expect(index.search('sv', 'hjortron').hits.map((hit) => hit.url)).toEqual(['/a']);
    expect(index.search('sv', 'lingon').hits.map((hit) => hit.url)).toEqual(['/b']);

    source.content = [page('b', 'Lingon')];
    await index.applyChange({
      document: { type: 'Page', documentId: 'a' },
      types: [],
    });
    expect(index.search('sv', 'hjortron').hits).toEqual([]);
    expect(index.search('sv', 'blåbär').hits).toEqual([]);
    expect(index.getStatus().documents).toBe(1);
    expect(source.calls.filter((call) => call === 'load')).toHaveLength(1);
  });

  it('reloads the synonyms alone, and a whole kind the read model reloaded; ignores types it does not hold', async () => {
    const source = new PartialSource();
    const index = new SearchIndex(source);
    source.content = [page('b', 'Lingon')];
    await index.refresh();
    source.synonyms = [{ locale: 'sv', words: ['blåbär'], means: ['lingon'] }];
    await index.applyChange({
      document: { type: 'SearchSynonym', documentId: 's1' },
      types: [],
    });
    expect(index.search('sv', 'blåbär').hits.map((hit) => hit.url)).toEqual(['/b']);
    source.content = [page('c', 'Lingon två')];
    await index.applyChange({ types: ['Page', 'Organisation'] });
    expect(index.search('sv', 'lingon').hits.map((hit) => hit.url)).toEqual(['/c']);
    await index.applyChange({
      document: { type: 'Organisation', documentId: 'o1' },
      types: [],
    });
    expect(source.calls).toEqual(['load', 'vocabulary', 'kinds pages']);
  });
});
