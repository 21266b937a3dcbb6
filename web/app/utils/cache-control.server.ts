// Cache-Control of HTML documents, decided once per response in entry.server.tsx. The lifetimes
// are in cache-policy.ts. See docs/decisions/008-caching-and-revalidation.md.
import { NO_STORE, PUBLIC_PAGE_CACHE_CONTROL } from './cache-policy';

export { NO_STORE, PUBLIC_PAGE_CACHE_CONTROL };

/**
 * Routes whose pages are never stored: search (what someone looks for can be personal), the draft
 * preview, and any page with a form (routes with an action).
 */
const NEVER_STORED = [/\.sok$/, /forhandsvisning/];

export interface DocumentFacts {
  status: number;
  /** Ids of the matched routes, root first (e.g. `routes/($lang).sok`). */
  routeIds: readonly string[];
  /** A matched route has an action (a form posts to it). */
  hasAction: boolean;
  /** A matched route sends React and inline scripts (none does: the CSP allows /quick-exit.js only). */
  hydrates: boolean;
  /** Some content is a last good copy because the CMS failed. */
  stale: boolean;
}

export function documentCacheControl(facts: DocumentFacts): string {
  if (facts.status !== 200) return NO_STORE;
  if (facts.stale || facts.hasAction || facts.hydrates) return NO_STORE;
  if (facts.routeIds.some((id) => NEVER_STORED.some((pattern) => pattern.test(id)))) return NO_STORE;
  return PUBLIC_PAGE_CACHE_CONTROL;
}
