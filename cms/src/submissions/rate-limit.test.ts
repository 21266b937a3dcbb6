import { describe, expect, it } from 'vitest';
import { SerialQueue, SlidingWindowLimiter } from './rate-limit';

describe('SlidingWindowLimiter', () => {
  it('allows the limit within the window, then says when to retry', () => {
    let now = 1_000_000;
    const limiter = new SlidingWindowLimiter(3, 600_000, () => now);
    for (let i = 0; i < 3; i += 1) {
      expect(limiter.take('a').ok).toBe(true);
      now += 1000;
    }
    const refused = limiter.take('a');
    expect(refused).toEqual({ ok: false, retryAfterMs: 600_000 - 3000 });
    expect(limiter.take('b').ok).toBe(true);
    now += 600_000;
    expect(limiter.take('a').ok).toBe(true);
  });

  it('forgets a client key once its window has passed, with only a few keys held', () => {
    let now = 1_000_000;
    const limiter = new SlidingWindowLimiter(3, 600_000, () => now);
    limiter.take('old');
    expect(limiter.size()).toBe(1);
    now += 600_001;
    limiter.take('new');
    expect(limiter.size()).toBe(1);
    now += 600_001;
    expect(limiter.size()).toBe(0);
  });

  it('gives a slot back when the submission was not stored', () => {
    const limiter = new SlidingWindowLimiter(1, 600_000, () => 5);
    const first = limiter.take('a');
    expect(first.ok).toBe(true);
    if (first.ok) first.release();
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });
});

describe('SerialQueue', () => {
  it('runs one task at a time, in order, and goes on after a failure', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    let running = 0;
    const task = (name: string, fail = false) => async () => {
      running += 1;
      expect(running).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.push(name);
      running -= 1;
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([queue.run(task('a')), queue.run(task('b', true)), queue.run(task('c'))]);
    expect(log).toEqual(['a', 'b', 'c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
