// The search index of this web process: built from the SearchSource at start, updated in the
// background after each change (publish, unpublish, delete), and kept as it was when the CMS
// cannot be read, so search answers from the last index while the CMS is down.
// With the read model on, a change updates only what it touched: the documents it names, or the
// kinds it reloaded, or the synonyms and best bets. Without it, every revalidation reloads all.
import { getHeapStatistics } from 'node:v8';
import { onReadModelChange, readModelEnabled, type ReadModelChange } from '../read-model/index.server';
import { onPurge } from '../utils/request-state.server';
import type { Locale } from '../utils/i18n';
import { SearchEngine } from './engine';
import { CmsSearchSource, EASY_READ_KEY, LIST_KINDS, type ListKind, type SearchSource } from './source.server';
import { SEARCH_KINDS, type SearchKind, type SearchOutcome } from './types';

/** The read model's types that the index holds, by kind; `vocabulary` for synonyms and best bets. */
const KIND_OF_TYPE: Record<string, SearchKind | 'vocabulary'> = {
  SupportResource: 'resources',
  Page: 'pages',
  Term: 'terms',
  Event: 'events',
  Campaign: 'campaigns',
  Plan: 'plan',
  SearchSynonym: 'vocabulary',
  SearchBestBet: 'vocabulary',
};

const isListKind = (kind: string): kind is ListKind => (LIST_KINDS as readonly string[]).includes(kind);

/** What the index still has to take in. */
interface Pending {
  all: boolean;
  kinds: Set<SearchKind>;
  documents: Map<ListKind, Set<string>>;
  vocabulary: boolean;
}

const nothingPending = (): Pending => ({ all: false, kinds: new Set(), documents: new Map(), vocabulary: false });
const isPending = (pending: Pending) => pending.all || pending.vocabulary || pending.kinds.size > 0 || pending.documents.size > 0;
/** A source that loads parts too (CmsSearchSource does): the index can update by change. */
const loadsParts = (source: SearchSource): source is Required<SearchSource> =>
  source.loadKinds !== undefined && source.loadDocuments !== undefined && source.loadVocabulary !== undefined;
type Counts = { added: number; changed: number; removed: number; refused: number };

/** Used heap over this share of the limit after a full build: the log says to raise the limit. */
const HEAP_WARNING_SHARE = 0.85;

/** After a failed load, the next try: 15 s, doubling up to 5 minutes (a revalidation tries at once). */
const RETRY_MS = 15_000;
const MAX_RETRY_MS = 300_000;

export interface SearchIndexStatus {
  documents: number;
  /** When the index last took in the source's content (ms since the epoch), null before that. */
  loadedAt: number | null;
  /** How long the last full load and build took (ms). */
  lastBuildMs: number | null;
  /** How long the last update by change took (ms). */
  lastUpdateMs: number | null;
  lastError: string | null;
}

export class SearchIndex {
  readonly engine: SearchEngine;
  private loading: Promise<void> | null = null;
  private again = false;
  private firstLoad: Promise<void> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private failures = 0;
  private readonly status: SearchIndexStatus = { documents: 0, loadedAt: null, lastBuildMs: null, lastUpdateMs: null, lastError: null };
  private pending = nothingPending();

  constructor(
    private readonly source: SearchSource,
    engine = new SearchEngine(),
  ) {
    this.engine = engine;
  }

  /** Loads the source now, or once more after the load that is running (changes are not lost). */
  refresh(): Promise<void> {
    this.pending.all = true;
    return this.work();
  }

  /**
   * Takes in a change of the read model: the documents it names, the kinds it reloaded, the
   * vocabulary. Before the first load, for a source that cannot load parts, or for a change of
   * every kind, everything is reloaded.
   */
  applyChange(change: ReadModelChange): Promise<void> {
    const pending = this.pending;
    const kindOf = (type: string) => KIND_OF_TYPE[type];
    // The document the notice named, and those re-read with it (the other side of its relations).
    for (const document of [...(change.document ? [change.document] : []), ...(change.related ?? [])]) {
      const documentKind = kindOf(document.type);
      if (documentKind && documentKind !== 'vocabulary' && isListKind(documentKind)) {
        const ids = pending.documents.get(documentKind) ?? new Set<string>();
        ids.add(document.documentId);
        pending.documents.set(documentKind, ids);
      } else if (documentKind === 'vocabulary') pending.vocabulary = true;
      else if (documentKind) pending.kinds.add(documentKind);
    }
    for (const type of change.types) {
      const kind = kindOf(type);
      if (kind === 'vocabulary') pending.vocabulary = true;
      else if (kind) pending.kinds.add(kind);
    }
    if (!isPending(pending)) return this.loading ?? Promise.resolve();
    if (!loadsParts(this.source) || !this.loaded || pending.kinds.size === SEARCH_KINDS.length) pending.all = true;
    return this.work();
  }

  /** Runs what is pending now, or once more after the run that is going on (changes are not lost). */
  private work(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    const pending = this.pending;
    this.pending = nothingPending();
    this.loading = (pending.all ? this.load() : this.update(pending)).finally(() => {
      this.loading = null;
      if (this.again) {
        this.again = false;
        if (isPending(this.pending)) void this.work();
      }
    });
    if (pending.all) this.firstLoad ??= this.loading;
    return this.loading;
  }

  /** Updates the kinds, documents and vocabulary that changed; on failure, a full load follows. */
  private async update(pending: Pending): Promise<void> {
    const source = this.source;
    if (!loadsParts(source)) return this.load();
    const started = performance.now();
    try {
      const [kinds, documents, vocabulary] = await Promise.all([
        pending.kinds.size > 0 ? source.loadKinds([...pending.kinds]) : Promise.resolve([]),
        Promise.all([...pending.documents].map(async ([kind, ids]) => ({ kind, ids, docs: await source.loadDocuments(kind, [...ids]) }))),
        pending.vocabulary ? source.loadVocabulary() : Promise.resolve(null),
      ]);
      const counts: Counts = { added: 0, changed: 0, removed: 0, refused: 0 };
      const add = (more: Counts) => {
        for (const key of Object.keys(counts) as (keyof Counts)[]) counts[key] += more[key];
      };
      if (pending.kinds.size > 0) add(this.engine.replaceKinds([...pending.kinds], kinds));
      for (const { kind, ids, docs } of documents) {
        // Every id a document of these could have had, in either index (a page's easy-read one too).
        const previous = [...ids].flatMap((id) => (['sv', 'en'] as const).flatMap((locale) => [`${locale}:${kind}:${id}`, `${locale}:${kind}:${id}${EASY_READ_KEY}`]));
        add(this.engine.replaceSome(previous, docs));
      }
      if (vocabulary) {
        this.engine.setSynonyms(vocabulary.synonyms);
        this.engine.setBestBets(vocabulary.bestBets);
      }
      this.status.documents = this.engine.size;
      this.status.lastUpdateMs = Math.round(performance.now() - started);
      this.status.lastError = null;
      if (counts.refused > 0) console.error(`[search] the index is full: ${counts.refused} documents left out`);
      const what = [...pending.kinds, ...[...pending.documents].map(([kind, ids]) => `${ids.size} ${kind}`), ...(vocabulary ? ['vocabulary'] : [])];
      console.log(
        `[search] update (${what.join(', ')}): ${this.engine.size} documents (+${counts.added} ~${counts.changed} -${counts.removed}) in ${this.status.lastUpdateMs} ms`,
      );
    } catch (error) {
      console.error(`[search] could not update (${error instanceof Error ? error.message : String(error)}); loading everything`);
      await this.load();
    }
  }

  private async load(): Promise<void> {
    const started = performance.now();
    try {
      const snapshot = await this.source.load();
      const counts = this.engine.replaceAll(snapshot.documents);
      this.engine.setSynonyms(snapshot.synonyms);
      this.engine.setBestBets(snapshot.bestBets);
      this.status.documents = this.engine.size;
      this.status.loadedAt = Date.now();
      this.status.lastBuildMs = Math.round(performance.now() - started);
      this.status.lastError = null;
      this.failures = 0;
      if (counts.refused > 0) console.error(`[search] the index is full: ${counts.refused} documents left out`);
      const heap = getHeapStatistics();
      const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
      console.log(
        `[search] index: ${this.engine.size} documents (+${counts.added} ~${counts.changed} -${counts.removed}) in ${this.status.lastBuildMs} ms; heap ${mb(heap.used_heap_size)} MB used of ${mb(heap.heap_size_limit)} MB`,
      );
      // The old space is bounded for a resident size under 200 MB at 10,000 events (web/production-runtime.mjs):
      // with much more content the bound must grow before the process runs out of heap.
      if (heap.used_heap_size > HEAP_WARNING_SHARE * heap.heap_size_limit) {
        console.warn(
          `[search] the heap holds ${mb(heap.used_heap_size)} MB of its ${mb(heap.heap_size_limit)} MB limit: raise --max-old-space-size in NODE_OPTIONS (docs/scaling.md, "Memory")`,
        );
      }
    } catch (error) {
      this.status.lastError = error instanceof Error ? error.message : String(error);
      console.error(`[search] could not load the content (${this.status.lastError}); the last index stays`);
      this.failures += 1;
      this.retry ??= setTimeout(
        () => {
          this.retry = null;
          void this.refresh();
        },
        Math.min(MAX_RETRY_MS, RETRY_MS * 2 ** (this.failures - 1)),
      );
      this.retry.unref();
    }
  }

  /** Waits at most `maxWaitMs` for the first load (a search right after start). */
  async ready(maxWaitMs: number): Promise<void> {
    const first = this.firstLoad ?? this.refresh();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([first, new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)))]);
    clearTimeout(timer);
  }

  get loaded(): boolean {
    return this.status.loadedAt !== null;
  }

  getStatus(): SearchIndexStatus {
    return { ...this.status };
  }

  search(locale: Locale, query: string, limit?: number): SearchOutcome {
    return this.engine.search(locale, query, limit);
  }
}

let current: SearchIndex | undefined;

/** The process's index (built on first use, refreshed on every revalidation). */
export function getSearchIndex(): SearchIndex {
  if (!current) {
    const index = new SearchIndex(new CmsSearchSource());
    // With the read model, its changes say what changed (and come once it shows them); without
    // it, every purge reloads all.
    if (readModelEnabled()) onReadModelChange((change) => void index.applyChange(change));
    else onPurge(() => void index.refresh());
    current = index;
  }
  return current;
}

/**
 * Builds the index at server start, so the first search does not wait for it. With the read model
 * on, its first load (a change of every type) builds it, from memory instead of the CMS.
 */
export function startSearchIndex(): void {
  const index = getSearchIndex();
  if (!readModelEnabled()) void index.refresh();
}
