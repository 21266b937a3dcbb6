import { describe, expect, it } from 'vitest';
import { slidingWindowRelease, slidingWindowTake } from './rate-limit';

describe('slidingWindowTake', () => {
  it('allows the limit within the window, then says when to retry', () => {
    let now = 1_000_000;
    let hits: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const taken = slidingWindowTake(hits, now, 3, 600_000);
      expect(taken.ok).toBe(true);
      hits = taken.hits;
      now += 1000;
    }
    const refused = slidingWindowTake(hits, now, 3, 600_000);
    expect(refused).toMatchObject({ ok: false, retryAfterMs: 600_000 - 3000 });
    expect(slidingWindowTake([], now, 3, 600_000).ok).toBe(true);
    now += 600_000;
    expect(slidingWindowTake(hits, now, 3, 600_000).ok).toBe(true);
  });

  it('keeps only the times inside the window (the client is forgotten once none is left)', () => {
    const taken = slidingWindowTake([1, 2, 700_001], 1_300_000, 3, 600_000);
    expect(taken).toEqual({ ok: true, hits: [700_001, 1_300_000] });
    expect(slidingWindowTake([1, 2], 1_300_000, 3, 600_000)).toEqual({ ok: true, hits: [1_300_000] });
  });

  it('never asks to wait less than a second', () => {
    expect(slidingWindowTake([1000], 600_999, 1, 600_000)).toMatchObject({ ok: false, retryAfterMs: 1000 });
  });
});

describe('slidingWindowRelease', () => {
  it('gives back the slot taken at a time, once', () => {
    expect(slidingWindowRelease([5, 7, 7], 7)).toEqual([5, 7]);
    expect(slidingWindowRelease([5], 6)).toEqual([5]);
  });
});
