import { describe, expect, it } from 'vitest';
import { cacheKey, SwrCache, WaitTimeoutError, type Clock, type LoadPurpose } from './swr-cache.server';

/** A clock the test moves by hand. */
function fakeClock(start = 1_000_000): Clock & { advance: (ms: number) => void } {
  let now = start;
  return { now: () => now, advance: (ms) => (now += ms) };
}

/** A load function whose answers the test controls, counting calls and remembering purposes. */
function controllableLoad() {
  const calls: LoadPurpose[] = [];
  let pending: { resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  const load = (purpose: LoadPurpose) => {
    calls.push(purpose);
    return new Promise<string>((resolve, reject) => pending.push({ resolve, reject }));
  };
  const settle = async (outcome: string | Error) => {
    const waiting = pending;
    pending = [];
    for (const p of waiting) {
      if (outcome instanceof Error) p.reject(outcome);
      else p.resolve(outcome);
    }
    // let the cache store the result
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { load, calls, settle, pendingCount: () => pending.length };
}

function makeCache(clock: Clock, refreshErrors: unknown[] = []) {
  return new SwrCache<string>({
    ttlMs: 60_000,
    staleWhileRevalidateMs: 600_000,
    retryAfterMs: 2_000,
    maxEntries: 3,
    maxSize: 1_000,
    sizeOf: (value) => value.length,
    clock,
    onRefreshError: (_key, error) => refreshErrors.push(error),
  });
}

/** A cache on a fake clock that has loaded 'k' = 'v1' from `source` at the clock's start. */
async function cacheWithCopy(refreshErrors: unknown[] = []) {
  const clock = fakeClock();
  const cache = makeCache(clock, refreshErrors);
  const source = controllableLoad();
  const first = cache.get('k', source.load);
  await source.settle('v1');
  await first;
  return { clock, cache, source };
}

describe('SwrCache', () => {
  it('loads a missing key once and serves it fresh within the TTL', async () => {
    const clock = fakeClock();
    const cache = makeCache(clock);
    const source = controllableLoad();
    const first = cache.get('k', source.load);
    await source.settle('v1');
    await expect(first).resolves.toEqual({ value: 'v1', source: 'loaded', stale: false, expired: false });

    clock.advance(59_999);
    await expect(cache.get('k', source.load)).resolves.toMatchObject({ value: 'v1', source: 'fresh', stale: false });
    expect(source.calls).toEqual(['request']);
  });

  it('shares one load between concurrent requests for the same key', async () => {
    const cache = makeCache(fakeClock());
    const source = controllableLoad();
    const a = cache.get('k', source.load);
    const b = cache.get('k', source.load);
    expect(source.pendingCount()).toBe(1);
    await source.settle('v1');
    await expect(Promise.all([a, b])).resolves.toMatchObject([{ value: 'v1' }, { value: 'v1' }]);
  });

  it('after the TTL serves the old copy at once and refreshes it in the background, one refresh at a time', async () => {
    const { clock, cache, source } = await cacheWithCopy();

    clock.advance(60_000);
    await expect(cache.get('k', source.load)).resolves.toEqual({
      value: 'v1',
      source: 'revalidating',
      stale: false,
      expired: true,
    });
    await expect(cache.get('k', source.load)).resolves.toMatchObject({ value: 'v1', source: 'revalidating' });
    expect(source.calls).toEqual(['request', 'refresh']);

    await source.settle('v2');
    await expect(cache.get('k', source.load)).resolves.toMatchObject({ value: 'v2', source: 'fresh', expired: false });
  });

  it('keeps the old copy when a background refresh fails, flags it stale and waits before asking again', async () => {
    const errors: unknown[] = [];
    const { clock, cache, source } = await cacheWithCopy(errors);

    clock.advance(61_000);
    await cache.get('k', source.load);
    await source.settle(new Error('CMS down'));
    expect(errors).toHaveLength(1);

    clock.advance(1_000);
    await expect(cache.get('k', source.load)).resolves.toMatchObject({ value: 'v1', source: 'revalidating', stale: true });
    expect(source.calls).toHaveLength(2); // no new attempt within retryAfterMs

    clock.advance(1_000);
    await cache.get('k', source.load);
    expect(source.calls).toHaveLength(3); // asked again after retryAfterMs
    await source.settle('v2');
    await expect(cache.get('k', source.load)).resolves.toMatchObject({ value: 'v2', source: 'fresh', stale: false });
  });

  it('beyond stale-while-revalidate waits for the CMS, and serves the last good copy when it fails', async () => {
    const { clock, cache, source } = await cacheWithCopy();

    clock.advance(60_000 + 600_000);
    const waiting = cache.get('k', source.load);
    expect(source.calls).toEqual(['request', 'request']);
    await source.settle(new Error('timeout'));
    const result = await waiting;
    expect(result).toMatchObject({ value: 'v1', source: 'stale-if-error', stale: true, expired: true });
    expect(result.error).toBeInstanceOf(Error);

    // Within retryAfterMs the copy is served without another attempt (and without an error to log).
    clock.advance(500);
    const again = await cache.get('k', source.load);
    expect(again).toMatchObject({ value: 'v1', source: 'stale-if-error', stale: true });
    expect(again.error).toBeUndefined();
    expect(source.calls).toHaveLength(2);
  });

  it('waits at most maxWaitMs for a load, even one another request started, then serves the last good copy', async () => {
    const { cache, source } = await cacheWithCopy();

    cache.invalidateAll();
    const slow = cache.get('k', source.load); // starts a load that does not answer
    const bounded = await cache.get('k', source.load, { maxWaitMs: 20 });
    expect(bounded).toMatchObject({ value: 'v1', source: 'stale-if-error', stale: true });
    expect(bounded.error).toBeInstanceOf(WaitTimeoutError);
    expect(source.calls).toHaveLength(2); // joined, not a second load

    await source.settle('v2'); // the load goes on and is kept
    await expect(slow).resolves.toMatchObject({ value: 'v2', source: 'loaded' });
    await expect(cache.get('k', source.load)).resolves.toMatchObject({ value: 'v2', source: 'fresh' });
  });

  it('with no time left, answers from the copy without waiting, or throws WaitTimeoutError', async () => {
    const cache = makeCache(fakeClock());
    const source = controllableLoad();
    const error = await cache.get('never-seen', source.load, { maxWaitMs: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    await source.settle('late');
  });

  it('throws the load error for a key it has never had', async () => {
    const cache = makeCache(fakeClock());
    const source = controllableLoad();
    const waiting = cache.get('never-seen', source.load).catch((error: unknown) => error);
    await source.settle(new Error('CMS down'));
    expect(await waiting).toEqual(new Error('CMS down'));
  });

  it('after invalidateAll waits for new content, but keeps the old copy for when the CMS fails', async () => {
    const clock = fakeClock();
    const cache = makeCache(clock);
    const source = controllableLoad();
    for (const key of ['a', 'b']) {
      const loading = cache.get(key, source.load);
      await source.settle(`${key}1`);
      await loading;
    }

    cache.invalidateAll();
    const a = cache.get('a', source.load);
    expect(source.pendingCount()).toBe(1); // a fresh entry is not served after a purge
    await source.settle('a2');
    await expect(a).resolves.toMatchObject({ value: 'a2', source: 'loaded' });

    const b = cache.get('b', source.load);
    await source.settle(new Error('CMS down'));
    await expect(b).resolves.toMatchObject({ value: 'b1', source: 'stale-if-error', stale: true });
  });

  it('does not store what a load started before a purge returns after it', async () => {
    const clock = fakeClock();
    const cache = makeCache(clock);
    const source = controllableLoad();
    const before = cache.get('k', source.load);
    cache.invalidateAll();
    const after = cache.get('k', source.load); // does not join the old load
    expect(source.pendingCount()).toBe(2);
    await source.settle('v');
    await Promise.all([before, after]);
    expect(cache.size).toBe(1);
  });

  it('is bounded by entry count and by size (least recently used go first)', async () => {
    const clock = fakeClock();
    const cache = makeCache(clock);
    const source = controllableLoad();
    for (const key of ['a', 'b', 'c', 'd']) {
      const loading = cache.get(key, source.load);
      await source.settle(key);
      await loading;
    }
    expect(cache.size).toBe(3);
    const reload = cache.get('a', source.load);
    expect(source.pendingCount()).toBe(1); // 'a' was evicted
    await source.settle('a');
    await reload;

    const big = cache.get('big', source.load);
    await source.settle('x'.repeat(2_000)); // larger than maxSize: returned, not kept
    await expect(big).resolves.toMatchObject({ source: 'loaded' });
    cache.get('big', source.load).catch(() => {});
    expect(source.pendingCount()).toBe(1);
    await source.settle('y');
  });
});

describe('cacheKey', () => {
  const now = Date.parse('2025-05-01T10:00:00.000Z');

  it('is the same for the same variables in any key order', () => {
    expect(cacheKey('ListEvents', { locale: 'sv', page: 1 }, now)).toBe(cacheKey('ListEvents', { page: 1, locale: 'sv' }, now));
    expect(cacheKey('ListEvents', { locale: 'sv' }, now)).not.toBe(cacheKey('ListEvents', { locale: 'en' }, now));
    expect(cacheKey('ListEvents', { locale: 'sv' }, now)).not.toBe(cacheKey('GetEvent', { locale: 'sv' }, now));
  });

  it('writes a date-time close to the clock as <now>, and keeps others', () => {
    const a = cacheKey('ListEvents', { filters: { startsAt: { gte: '2025-05-01T09:59:59.123Z' } } }, now);
    const b = cacheKey('ListEvents', { filters: { startsAt: { gte: '2025-05-01T10:00:30.456Z' } } }, now + 30_000);
    expect(a).toBe(b);
    expect(a).toContain('<now>');
    const month = cacheKey('ListEvents', { filters: { startsAt: { gte: '2025-06-01T00:00:00.000Z' } } }, now);
    expect(month).toContain('2025-06-01T00:00:00.000Z');
  });
});
