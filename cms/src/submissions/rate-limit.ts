/**
 * Per-client limit on new submissions (e.g. 3 per 10 minutes), kept in memory: the CMS runs as
 * one process. Several CMS processes would each count on their own, which only makes the limit
 * looser, never loses a submission.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one slot for the key, or says how long until one is free. */
  take(key: string): { ok: true; release: () => void } | { ok: false; retryAfterMs: number } {
    const now = this.now();
    this.prune(now);
    const recent = (this.hits.get(key) ?? []).filter((at) => at > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      const oldest = recent[0] ?? now;
      return { ok: false, retryAfterMs: Math.max(1000, oldest + this.windowMs - now) };
    }
    recent.push(now);
    this.hits.set(key, recent);
    return {
      ok: true,
      // A submission that was not stored gives its slot back.
      release: () => {
        const list = this.hits.get(key);
        const index = list?.lastIndexOf(now) ?? -1;
        if (list && index >= 0) list.splice(index, 1);
      },
    };
  }

  /** How many client keys are held now (after dropping those whose window has passed). */
  size(): number {
    this.prune(this.now());
    return this.hits.size;
  }

  /**
   * Forgets every client whose window has passed, on every take: the privacy notice promises the
   * key is kept for the window only (10 minutes), not until the map grows large.
   */
  private prune(now: number): void {
    for (const [key, list] of this.hits) {
      if (list.every((at) => at <= now - this.windowMs)) this.hits.delete(key);
    }
  }
}

/** Runs tasks one after another (submissions: idempotency check, slug and insert as one step). */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
