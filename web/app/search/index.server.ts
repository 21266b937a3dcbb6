// The search index of this web process: built from the SearchSource at start, rebuilt in the
// background after each revalidation (publish, unpublish, delete), and kept as it was when the CMS
// cannot be read, so search answers from the last index while the CMS is down.
import { onPurge } from '../utils/request-state.server';
import type { Locale } from '../utils/i18n';
import { SearchEngine } from './engine';
import { CmsSearchSource, type SearchSource } from './source.server';
import type { SearchOutcome } from './types';

/** After a failed load, the next try: 15 s, doubling up to 5 minutes (a revalidation tries at once). */
const RETRY_MS = 15_000;
const MAX_RETRY_MS = 300_000;

export interface SearchIndexStatus {
  documents: number;
  /** When the index last took in the source's content (ms since the epoch), null before that. */
  loadedAt: number | null;
  /** How long the last load and build took (ms). */
  lastBuildMs: number | null;
  lastError: string | null;
}

export class SearchIndex {
  readonly engine: SearchEngine;
  private loading: Promise<void> | null = null;
  private again = false;
  private firstLoad: Promise<void> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private failures = 0;
  private readonly status: SearchIndexStatus = { documents: 0, loadedAt: null, lastBuildMs: null, lastError: null };

  constructor(
    private readonly source: SearchSource,
    engine = new SearchEngine(),
  ) {
    this.engine = engine;
  }

  /** Loads the source now, or once more after the load that is running (changes are not lost). */
  refresh(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = this.load().finally(() => {
      this.loading = null;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    });
    this.firstLoad ??= this.loading;
    return this.loading;
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
      console.log(
        `[search] index: ${this.engine.size} documents (+${counts.added} ~${counts.changed} -${counts.removed}) in ${this.status.lastBuildMs} ms`,
      );
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
    onPurge(() => void index.refresh());
    current = index;
  }
  return current;
}

/** Builds the index at server start, so the first search does not wait for it. */
export function startSearchIndex(): void {
  void getSearchIndex().refresh();
}
