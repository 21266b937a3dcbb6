// The web's in-memory read model of published content (docs/decisions/021-read-model.md).
// - Full sync of every public type at start; ready (GET /readyz) once it is loaded.
// - A change notice (POST /api/revalidate: uid + documentId) re-reads that document in every
//   locale, and reloads the small types that hold references to it.
// - Every READ_MODEL_POLL_MS, the CMS's change log (GET /api/read-model/changes, shared by every CMS
//   instance through the database) names what changed since the last poll; each change is applied
//   as a notice. The cursor is read before the full sync and the log followed once before the model
//   says it is ready, so an instance that (re)starts during a publish shows it from its first page.
// - Every READ_MODEL_CHECK_MS, a cheap check (count, latest publishedAt and updatedAt per type and
//   locale) reloads a type that differs from the CMS: it heals a missed notice.
// Pages read through cmsRequest (utils/cms.server.ts), which answers from here once it is ready.
import type { DocumentNode } from 'graphql';
import { LOCALES } from '../utils/i18n';
import { ReadModelExecutor } from './execute.server';
import { ReadModelStore } from './store.server';
import { ExportUnavailableError, exportChanges, exportFingerprints, exportType, type ExportRequest } from './export.server';
import { fetchDocument, fetchFingerprints, fetchReferrers, fetchType, sameFingerprint, type SyncRequest } from './sync.server';
import { relationFields, typesReferring } from './schema.server';
import { READ_MODEL_TYPES, TYPE_BY_NAME, TYPE_BY_UID, type DocumentRef, type ReadModelType, type StoredDocument } from './types';

/** Types at most this large are reloaded whole when a type they refer to changes. */
const DEPENDENT_RELOAD_MAX = 500;
const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 5_000;
/** Related documents re-read with one change at most (the rest wait for the consistency check). */
const RELATED_MAX = 50;
/**
 * Sequence numbers read again at every poll: two CMS instances may commit changes out of the order
 * of their numbers, so a number just below the cursor can appear after the cursor passed it.
 */
const CHANGE_OVERLAP = 50;

export interface ReadModelOptions {
  request: SyncRequest;
  /** The CMS's bulk routes (export.server.ts) for the full sync and the check; without it, GraphQL. */
  exportRequest?: ExportRequest;
  locales?: readonly string[];
  checkIntervalMs: number;
  /** The CMS's change log (GET /api/read-model/changes with the read token); without it, notices and the check only. */
  changesRequest?: ExportRequest;
  /** How often the change log is read (READ_MODEL_POLL_MS). */
  pollIntervalMs?: number;
  /** Called after content changed (the page cache is purged; the search index updates what changed). */
  onChange?: (reason: string, change: ReadModelChange) => void;
  log?: (message: string) => void;
}

export interface ContentNotice {
  uid?: string | null;
  documentId?: string | null;
  action?: string | null;
}

/** What a change touched: one document re-read (`document`), and types reloaded whole (`types`). */
export interface ReadModelChange {
  document?: { type: string; documentId: string };
  /** Documents on the other side of its relations, re-read with it. */
  related?: { type: string; documentId: string }[];
  types: string[];
}

export interface ReadModelStatus {
  ready: boolean;
  loadedInMs: number | null;
  documents: Record<string, number>;
  lastCheckAt: string | null;
  lastError: string | null;
  /** The last change-log sequence number applied (null when the CMS has no change log). */
  changeCursor: number | null;
}

export class ReadModel {
  readonly store = new ReadModelStore();
  private readonly executor = new ReadModelExecutor(this.store);
  private readonly locales: readonly string[];
  private ready = false;
  private loadedInMs: number | null = null;
  private lastCheckAt: string | null = null;
  private lastError: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private pollTimer: NodeJS.Timeout | undefined;
  /** The change log's last sequence number seen; null while it is not followed. */
  private cursor: number | null = null;
  /** Sequence numbers applied in the last CHANGE_OVERLAP below the cursor. */
  private readonly seen = new Set<number>();
  /** Set while polls fail (logged once, and once when they work again); `unavailable`: the CMS has no change log. */
  private pollFailing = false;
  private changesUnavailable = false;
  private stopped = false;
  private early: ContentNotice[] = [];
  /** Set when the CMS has no bulk routes: GraphQL from then on. */
  private exportUnavailable = false;

  constructor(private readonly options: ReadModelOptions) {
    this.locales = options.locales ?? LOCALES;
  }

  private log(message: string): void {
    (this.options.log ?? console.log)(`[read-model] ${message}`);
  }

  /** One change to the store at a time, in order. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  isReady(): boolean {
    return this.ready;
  }

  status(): ReadModelStatus {
    return {
      ready: this.ready,
      loadedInMs: this.loadedInMs,
      documents: this.store.counts(),
      lastCheckAt: this.lastCheckAt,
      lastError: this.lastError,
      changeCursor: this.cursor,
    };
  }

  /** Loads everything, retrying until the CMS answers; then checks every checkIntervalMs. */
  async start(): Promise<void> {
    const began = Date.now();
    let delay = RETRY_MIN_MS;
    while (!this.stopped) {
      try {
        // The cursor first: a change committed during the sync is then read again after it.
        await this.readCursor();
        await this.serial(() => this.loadAll());
        await this.followChanges(true);
        break;
      } catch (error) {
        this.lastError = describe(error);
        this.log(`full sync failed (${this.lastError}); trying again in ${delay} ms`);
        await new Promise((resolve) => setTimeout(resolve, delay).unref());
        delay = Math.min(delay * 2, RETRY_MAX_MS);
      }
    }
    if (this.stopped) return;
    this.loadedInMs = Date.now() - began;
    this.ready = true;
    this.lastError = null;
    const counts = this.store.counts();
    this.log(`loaded ${Object.values(counts).reduce((a, b) => a + b, 0)} documents in ${this.loadedInMs} ms (${JSON.stringify(counts)})`);
    this.options.onChange?.('read model loaded', { types: READ_MODEL_TYPES.map((entry) => entry.type) });
    const early = this.early.splice(0);
    for (const notice of early) await this.apply(notice).catch((error: unknown) => this.log(`a change during the first sync failed (${describe(error)})`));
    this.scheduleCheck();
    this.schedulePoll();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.pollTimer);
  }

  /** Where the change log stands now (null: the CMS has none, or it could not be read; the check covers that). */
  private async readCursor(): Promise<void> {
    const request = this.options.changesRequest;
    if (!request) return;
    try {
      this.cursor = (await exportChanges(request, Number.MAX_SAFE_INTEGER)).latest;
      this.seen.clear();
    } catch (error) {
      this.cursor = null;
      // An older CMS without the route: notices and the consistency check only, from now on.
      if (error instanceof ExportUnavailableError) this.changesUnavailable = true;
      if (!this.pollFailing) this.log(`the CMS's change log cannot be read (${describe(error)}): following changes by notices and the consistency check meanwhile`);
      this.pollFailing = true;
    }
  }

  private schedulePoll(): void {
    if (this.stopped || !this.options.changesRequest || this.changesUnavailable) return;
    this.pollTimer = setTimeout(() => {
      // Without a cursor (the CMS was unreachable): read it, then check everything once for what was missed.
      const poll = this.cursor === null ? this.readCursor().then(() => (this.cursor === null ? 0 : this.check().then(() => 0))) : this.followChanges(false);
      poll
        .then(() => {
          if (this.pollFailing && this.cursor !== null) this.log('the change log can be read again');
          if (this.cursor !== null) this.pollFailing = false;
        })
        .catch((error: unknown) => {
          this.lastError = describe(error);
          if (!this.pollFailing) this.log(`reading the change log failed (${this.lastError}); trying again every poll`);
          this.pollFailing = true;
        })
        .finally(() => this.schedulePoll());
    }, this.options.pollIntervalMs ?? 1_000);
    this.pollTimer.unref();
  }

  /**
   * Applies what the change log holds after the cursor (and the few numbers just below it not seen
   * yet); returns how many changes were applied. A log that no longer reaches back to the cursor
   * (pruned, or a new table) runs the consistency check instead.
   */
  async followChanges(loading = false): Promise<number> {
    const request = this.options.changesRequest;
    if (!request || this.cursor === null) return 0;
    let after = Math.max(0, this.cursor - CHANGE_OVERLAP);
    let applied = 0;
    for (;;) {
      const page = await exportChanges(request, after);
      // Older than the log (pruned past the cursor), or a log made anew (behind the cursor).
      const gap = page.latest < this.cursor || (page.oldest !== null && page.oldest > this.cursor + 1);
      if (gap) {
        this.log(`the change log does not reach back to ${this.cursor} (latest ${page.latest}, oldest ${page.oldest ?? 'none'}): checking everything`);
        this.cursor = page.latest;
        this.seen.clear();
        if (!loading) await this.check();
        return applied;
      }
      // One re-read per document, whatever number of changes it had.
      const fresh = page.changes.filter((change) => !this.seen.has(change.seq));
      const documents = new Map<string, ContentNotice>();
      for (const change of fresh) documents.set(`${change.uid}\u0000${change.documentId ?? ''}`, change);
      for (const notice of documents.values()) await this.applyNow(notice);
      for (const change of fresh) {
        this.seen.add(change.seq);
        this.cursor = Math.max(this.cursor, change.seq);
      }
      applied += fresh.length;
      const last = page.changes.at(-1);
      if (!page.more || !last) break;
      after = last.seq;
    }
    for (const seq of this.seen) if (seq <= this.cursor - CHANGE_OVERLAP) this.seen.delete(seq);
    return applied;
  }

  private scheduleCheck(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.check()
        .catch((error: unknown) => {
          this.lastError = describe(error);
          this.log(`consistency check failed (${this.lastError}); content stays as it is`);
        })
        .finally(() => this.scheduleCheck());
    }, this.options.checkIntervalMs);
    this.timer.unref();
  }

  /** Through the CMS's bulk routes when it has them, else through GraphQL. */
  private async viaExport<T>(bulk: (request: ExportRequest) => Promise<T>, graphql: () => Promise<T>): Promise<T> {
    const exportRequest = this.options.exportRequest;
    if (!exportRequest || this.exportUnavailable) return graphql();
    try {
      return await bulk(exportRequest);
    } catch (error) {
      if (!(error instanceof ExportUnavailableError)) throw error;
      this.exportUnavailable = true;
      this.log(`${error.message}: reading through GraphQL`);
      return graphql();
    }
  }

  private readType(entry: ReadModelType): Promise<StoredDocument[]> {
    return this.viaExport(
      (exportRequest) => exportType(exportRequest, entry, this.locales),
      () => fetchType(this.options.request, entry, this.locales),
    );
  }

  private async loadAll(): Promise<void> {
    const loaded = await Promise.all(READ_MODEL_TYPES.map((entry) => this.readType(entry)));
    READ_MODEL_TYPES.forEach((entry, index) => this.store.replaceType(entry.type, loaded[index]!));
  }

  private async reloadType(entry: ReadModelType): Promise<void> {
    this.store.replaceType(entry.type, await this.readType(entry));
  }

  /** Compares every type with the CMS and reloads those that differ; returns their names. */
  check(): Promise<string[]> {
    return this.serial(async () => {
      const remote = await this.viaExport(
        (exportRequest) => exportFingerprints(exportRequest, READ_MODEL_TYPES, this.locales),
        () => fetchFingerprints(this.options.request, READ_MODEL_TYPES, this.locales),
      );
      this.lastCheckAt = new Date().toISOString();
      const differing = READ_MODEL_TYPES.filter((entry) =>
        this.locales.some((locale) => {
          const theirs = remote.get(`${entry.type}:${locale}`);
          return theirs !== undefined && !sameFingerprint(theirs, this.store.fingerprint(entry.type, locale));
        }),
      );
      for (const entry of differing) await this.reloadType(entry);
      if (differing.length > 0) {
        const names = differing.map((entry) => entry.type);
        this.log(`consistency check: reloaded ${names.join(', ')}`);
        this.options.onChange?.(`read model check reloaded ${names.join(', ')}`, { types: names });
      }
      return differing.map((entry) => entry.type);
    });
  }

  /**
   * Applies a change notice from the CMS; resolves once the read model shows it. A notice that
   * names no public type runs the consistency check instead (it reloads what differs).
   */
  async apply(notice: ContentNotice): Promise<void> {
    if (!this.ready) {
      // During the first sync: applied once it is done (the sync may have read that type before).
      if (this.early.length < 100) this.early.push(notice);
      return;
    }
    await this.applyNow(notice);
  }

  private async applyNow(notice: ContentNotice): Promise<void> {
    const entry = notice.uid ? TYPE_BY_UID.get(notice.uid) : undefined;
    if (!entry) {
      if (!notice.uid) await this.check();
      return;
    }
    const change: ReadModelChange = { types: [] };
    await this.serial(async () => {
      if (entry.list && notice.documentId) {
        const found = await fetchDocument(this.options.request, entry, notice.documentId, this.locales);
        this.store.replaceDocument(entry.type, notice.documentId, found);
        change.document = { type: entry.type, documentId: notice.documentId };
        const after = [...found.values()].filter((doc): doc is StoredDocument => doc !== null);
        change.related = await this.refreshRelated(entry.type, notice.documentId, after);
      } else {
        await this.reloadType(entry);
        change.types.push(entry.type);
      }
      // The small types that refer to it, read side by side (a notice answers sooner).
      const counts = this.store.counts();
      const dependents = typesReferring(entry.type).flatMap((name) => {
        const dependent = TYPE_BY_NAME.get(name);
        return dependent && dependent !== entry && (counts[name] ?? 0) <= DEPENDENT_RELOAD_MAX ? [dependent] : [];
      });
      const reloaded = await Promise.all(dependents.map((dependent) => this.readType(dependent)));
      dependents.forEach((dependent, index) => {
        this.store.replaceType(dependent.type, reloaded[index]!);
        change.types.push(dependent.type);
      });
    });
    // During the first sync (the change log's last entries are read again before it is ready) the
    // one "read model loaded" change covers it: a listener told earlier would read a read model that
    // cannot answer yet (the search index then loaded everything from the CMS, a second time).
    if (this.ready) this.options.onChange?.(`read model applied ${notice.action ?? 'a change'} of ${entry.type} ${notice.documentId ?? ''}`.trim(), change);
  }

  /**
   * After a document of `type` changed (`after`: its versions now, in every locale), re-reads what
   * the change touches on the other side of its relations, whatever the size of that type:
   * - the documents it points to that the store does not hold (published just before, their notice
   *   late or lost: a follow-up published right after its event);
   * - in types too large to reload whole (more than DEPENDENT_RELOAD_MAX documents; smaller ones are
   *   reloaded after this), the documents whose references to it the CMS and the store disagree on:
   *   one request names those that point to it in the CMS, the store those that did.
   */
  private async refreshRelated(type: string, documentId: string, after: StoredDocument[]): Promise<{ type: string; documentId: string }[]> {
    const wanted = new Map<string, Set<string>>();
    const want = (target: string, id: string) => {
      let ids = wanted.get(target);
      if (!ids) wanted.set(target, (ids = new Set()));
      ids.add(id);
    };
    for (const { name, target } of relationFields(type)) {
      if (!TYPE_BY_NAME.get(target)?.list) continue;
      for (const doc of after) {
        for (const ref of asRefs(doc[name])) if (!this.store.get(target, ref.locale ?? doc.locale, ref.documentId)) want(target, ref.documentId);
      }
    }
    const counts = this.store.counts();
    for (const referring of typesReferring(type)) {
      const entry = TYPE_BY_NAME.get(referring);
      if (!entry?.list || referring === type || (counts[referring] ?? 0) <= DEPENDENT_RELOAD_MAX) continue;
      for (const { name } of relationFields(referring).filter((field) => field.target === type)) {
        const inCms = await fetchReferrers(this.options.request, entry, name, documentId, this.locales);
        if (!inCms) continue;
        const held = new Set<string>();
        for (const locale of this.locales) {
          for (const doc of this.store.all(referring, locale)) if (asRefs(doc[name]).some((ref) => ref.documentId === documentId)) held.add(doc.documentId);
        }
        for (const id of new Set([...inCms, ...held])) if (inCms.has(id) !== held.has(id)) want(referring, id);
      }
    }
    const related = [...wanted].flatMap(([target, ids]) => [...ids].map((id) => ({ type: target, documentId: id }))).slice(0, RELATED_MAX);
    for (const { type: target, documentId: id } of related) {
      this.store.replaceDocument(target, id, await fetchDocument(this.options.request, TYPE_BY_NAME.get(target)!, id, this.locales));
    }
    return related;
  }

  /** Answers a GraphQL document from memory (throws ReadModelQueryError when it cannot). */
  run<TResult>(document: DocumentNode, variables: object): TResult {
    return this.executor.run<TResult>(document, variables);
  }
}

function asRefs(value: unknown): DocumentRef[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.filter((item): item is DocumentRef => item !== null && typeof item === 'object' && typeof (item as DocumentRef).documentId === 'string');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
