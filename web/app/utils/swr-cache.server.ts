// A bounded in-process cache with stale-while-revalidate and stale-if-error, for CMS responses.
// Pure: the clock is injected, loading is the caller's function, nothing here knows about HTTP.
import { LRUCache } from 'lru-cache';

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface SwrCacheOptions<V> {
  /** An entry younger than this is served without asking the CMS. */
  ttlMs: number;
  /** After the TTL, for this long, the entry is served at once and refreshed in the background. */
  staleWhileRevalidateMs: number;
  /** After a failed load of a key, the last good copy is served for this long without asking again. */
  retryAfterMs: number;
  maxEntries: number;
  /** Bound on the sum of `sizeOf` over all entries (about bytes). */
  maxSize: number;
  sizeOf: (value: V) => number;
  clock?: Clock;
  /** A background refresh failed (the stale copy stays). */
  onRefreshError?: (key: string, error: unknown) => void;
}

/**
 * Where a value came from:
 * - `loaded`: just loaded (the key was missing, too old, or purged);
 * - `fresh`: from the cache, younger than the TTL;
 * - `revalidating`: from the cache, older than the TTL; a background refresh was started (or runs);
 * - `stale-if-error`: loading failed (or failed a moment ago); the last good copy.
 */
export type CacheSource = 'loaded' | 'fresh' | 'revalidating' | 'stale-if-error';

export interface CacheResult<V> {
  value: V;
  source: CacheSource;
  /** The copy may be out of date because the CMS is failing: the page shows a notice. */
  stale: boolean;
  /** Served from the cache after its TTL: fine to show, not to store elsewhere for longer. */
  expired: boolean;
  /** With `stale-if-error` after a load that failed just now: its error (for the log). */
  error?: unknown;
}

/** Who asks for the load: a visitor's request waits for it; a background refresh does not. */
export type LoadPurpose = 'request' | 'refresh';

/** The caller's time ran out before the load (which goes on, and is stored) settled. */
export class WaitTimeoutError extends Error {
  override name = 'WaitTimeoutError' as const;
  constructor(readonly waitedMs: number) {
    super(`no answer within ${waitedMs} ms`);
  }
}

export interface GetOptions {
  /**
   * How long this caller may wait for a load (its own, or one it joins). When it runs out, the
   * last good copy is returned, or WaitTimeoutError thrown; the load itself goes on.
   */
  maxWaitMs?: number;
}

interface Entry<V> {
  value: V;
  storedAt: number;
  /** The purge generation the value was loaded in; an older one must be loaded again. */
  generation: number;
  size: number;
  /** When the last load of this key failed (cleared by a successful one), and in which generation. */
  failedAt?: number;
  failedGeneration?: number;
}

interface Flight<V> {
  promise: Promise<V>;
  generation: number;
}

export class SwrCache<V> {
  private readonly entries: LRUCache<string, Entry<V>>;
  private readonly flights = new Map<string, Flight<V>>();
  private readonly clock: Clock;
  private generation = 0;

  constructor(private readonly options: SwrCacheOptions<V>) {
    this.clock = options.clock ?? systemClock;
    this.entries = new LRUCache<string, Entry<V>>({
      max: options.maxEntries,
      maxSize: options.maxSize,
      sizeCalculation: (entry) => Math.max(1, entry.size),
    });
  }

  /**
   * The value for `key`: from the cache when it is fresh enough, otherwise from `load` (one load
   * per key at a time; concurrent callers share it). When loading fails, the last good copy is
   * returned (`stale-if-error`); without one, the load's error is thrown.
   *
   * `T` narrows `V` for callers that store one type per key (the CMS client: the key starts with
   * the operation name, which codegen keeps unique, so a key always holds that operation's result).
   */
  async get<T extends V>(key: string, load: (purpose: LoadPurpose) => Promise<T>, options: GetOptions = {}): Promise<CacheResult<T>> {
    const now = this.clock.now();
    const entry = this.typed<T>(this.entries.get(key));
    const current = entry !== undefined && entry.generation === this.generation;

    if (entry && current) {
      const age = now - entry.storedAt;
      if (age < this.options.ttlMs) return { value: entry.value, source: 'fresh', stale: false, expired: false };
      if (age < this.options.ttlMs + this.options.staleWhileRevalidateMs) {
        if (!this.recentlyFailed(entry, now)) this.refreshInBackground(key, load);
        return { value: entry.value, source: 'revalidating', stale: this.failing(entry), expired: true };
      }
    }

    // Missing, purged or too old: wait for the CMS. A key that failed a moment ago is not asked
    // again at once, so a CMS that is down or slow costs each key one attempt per retryAfterMs.
    if (entry && this.recentlyFailed(entry, now)) {
      return { value: entry.value, source: 'stale-if-error', stale: true, expired: true };
    }
    try {
      const value = await withinTime(this.load(key, load, 'request'), options.maxWaitMs);
      return { value, source: 'loaded', stale: false, expired: false };
    } catch (error) {
      if (entry) return { value: entry.value, source: 'stale-if-error', stale: true, expired: true, error };
      throw error;
    }
  }

  /**
   * Marks every entry as outdated (content changed in the CMS): the next request for a key waits
   * for the CMS again, but an entry stays as the last good copy in case the CMS fails.
   */
  invalidateAll(): void {
    this.generation += 1;
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  // The only two places where what a key holds is read back as the narrower type the caller
  // stores under that key (see get). Nothing else in the web narrows a value without checking it.
  private typed<T extends V>(entry: Entry<V> | undefined): Entry<T> | undefined {
    return entry as Entry<T> | undefined;
  }

  private typedFlight<T extends V>(flight: Flight<V> | undefined): Flight<T> | undefined {
    return flight as Flight<T> | undefined;
  }

  private failing(entry: Entry<V>): boolean {
    return entry.failedAt !== undefined;
  }

  private recentlyFailed(entry: Entry<V>, now: number): boolean {
    return (
      entry.failedAt !== undefined &&
      entry.failedGeneration === this.generation &&
      now - entry.failedAt < this.options.retryAfterMs
    );
  }

  private refreshInBackground<T extends V>(key: string, load: (purpose: LoadPurpose) => Promise<T>): void {
    const flight = this.flights.get(key);
    if (flight && flight.generation === this.generation) return;
    this.load(key, load, 'refresh').catch((error: unknown) => this.options.onRefreshError?.(key, error));
  }

  /** One load per key and generation; its result is stored unless a purge happened meanwhile. */
  private load<T extends V>(key: string, load: (purpose: LoadPurpose) => Promise<T>, purpose: LoadPurpose): Promise<T> {
    const generation = this.generation;
    const flight = this.typedFlight<T>(this.flights.get(key));
    if (flight && flight.generation === generation) return flight.promise;

    const run = async (): Promise<T> => {
      try {
        const value = await load(purpose);
        if (generation === this.generation) {
          this.entries.set(key, { value, storedAt: this.clock.now(), generation, size: this.options.sizeOf(value) });
        }
        return value;
      } catch (error) {
        const entry = this.entries.peek(key);
        if (entry) {
          entry.failedAt = this.clock.now();
          entry.failedGeneration = this.generation;
        }
        throw error;
      }
    };
    const promise = run();
    const own: Flight<T> = { promise, generation };
    this.flights.set(key, own);
    const done = () => {
      if (this.flights.get(key) === own) this.flights.delete(key);
    };
    promise.then(done, done);
    return promise;
  }
}

function withinTime<T>(promise: Promise<T>, maxWaitMs: number | undefined): Promise<T> {
  if (maxWaitMs === undefined) return promise;
  if (maxWaitMs <= 0) return Promise.reject(new WaitTimeoutError(0));
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new WaitTimeoutError(maxWaitMs)), maxWaitMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the source's own rejection, passed on unchanged
        reject(error);
      },
    );
  });
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/**
 * The cache key of a GraphQL operation: its name and its variables, with object keys sorted.
 * Lists of upcoming events pass "now" (an ISO date-time, to the millisecond) as a variable; a value
 * within `nowWindowMs` of the clock is written as `<now>`, so such a list is one entry rather
 * than one per request (it is at most the TTL old, like every entry; its refresh sends the current
 * time). Other date-times (month ranges, …) are far from "now" and stay in the key.
 */
export function cacheKey(operation: string, variables: unknown, nowMs: number, nowWindowMs = 120_000): string {
  return `${operation} ${stableJson(variables, nowMs, nowWindowMs)}`;
}

function stableJson(value: unknown, nowMs: number, nowWindowMs: number): string {
  if (typeof value === 'string') {
    if (ISO_DATE_TIME.test(value) && Math.abs(Date.parse(value) - nowMs) <= nowWindowMs) return '"<now>"';
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => stableJson(item, nowMs, nowWindowMs)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const parts = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, item]) => `${JSON.stringify(name)}:${stableJson(item, nowMs, nowWindowMs)}`);
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
