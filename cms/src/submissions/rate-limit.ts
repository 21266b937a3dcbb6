/**
 * The sliding-window rule of the per-client limits on new submissions (e.g. 30 per 10 minutes), on
 * a client's accepted times: pure, so it is tested here; the times are kept in the database that
 * every CMS instance shares (shared-state/rate-limit.ts), so the limit holds across instances and
 * restarts.
 */
export type WindowDecision = { ok: true; hits: number[] } | { ok: false; retryAfterMs: number; hits: number[] };

/** The client's times still inside the window, oldest first, with `now` added when there is room. */
export function slidingWindowTake(hits: readonly number[], now: number, limit: number, windowMs: number): WindowDecision {
  const recent = hits.filter((at) => at > now - windowMs).sort((a, b) => a - b);
  if (recent.length >= limit) {
    const oldest = recent[0] ?? now;
    return { ok: false, retryAfterMs: Math.max(1000, oldest + windowMs - now), hits: recent };
  }
  return { ok: true, hits: [...recent, now] };
}

/** The times without the one taken at `at` (a submission that was not stored gives its slot back). */
export function slidingWindowRelease(hits: readonly number[], at: number): number[] {
  const index = hits.lastIndexOf(at);
  return index < 0 ? [...hits] : [...hits.slice(0, index), ...hits.slice(index + 1)];
}

/** One limit to take a slot of: which limiter (`scope`), whose key (a hash), and its rule. */
export type RateLimitRequest = { scope: string; key: string; rule: { limit: number; windowMs: number } };

/**
 * One slot of every limit in `requests` at once, or none: a refusal by one (the partner's limit)
 * takes nothing from the others. `hitsOf` gives a key's current times; the answer, the times to
 * write back.
 */
export function takeSlots(
  requests: readonly RateLimitRequest[],
  hitsOf: (request: RateLimitRequest) => readonly number[],
  now: number,
): { ok: true; updates: { request: RateLimitRequest; hits: number[] }[] } | { ok: false; retryAfterMs: number } {
  const updates: { request: RateLimitRequest; hits: number[] }[] = [];
  for (const request of requests) {
    const decision = slidingWindowTake(hitsOf(request), now, request.rule.limit, request.rule.windowMs);
    if (!decision.ok) return { ok: false, retryAfterMs: decision.retryAfterMs };
    updates.push({ request, hits: decision.hits });
  }
  return { ok: true, updates };
}
