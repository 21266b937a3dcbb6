// What one page request learned about the CMS while it was rendered, and the bus that purges the
// caches. server.mjs and the Remix build (which bundles its own copy of this module) must share one
// instance, so both live on globalThis under registered symbols.
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * @typedef {object} RequestState
 * @property {number | undefined} cmsDeadline  time (ms, Date.now()) by which every CMS request of this
 *   page must have answered: one CMS_TIMEOUT_MS for the whole page, not one per query
 * @property {boolean} stale  some content is a last good copy because the CMS failed or was too slow
 * @property {boolean} expired  some content came from the cache after its TTL (refreshed in the
 *   background); the page may be shown but should not be stored in the page cache
 */

const STORAGE_KEY = Symbol.for('stodportalen.requestState');
const PURGE_KEY = Symbol.for('stodportalen.cachePurge');

/** @type {Record<symbol, unknown>} */
const registry = /** @type {never} */ (globalThis);

/** @returns {AsyncLocalStorage<RequestState>} */
function storage() {
  const existing = registry[STORAGE_KEY];
  if (existing instanceof AsyncLocalStorage) return existing;
  const created = new AsyncLocalStorage();
  registry[STORAGE_KEY] = created;
  return created;
}

/** @returns {RequestState} */
export function newRequestState() {
  return { cmsDeadline: undefined, stale: false, expired: false };
}

/**
 * Runs `work` (a whole Remix request: loaders and render) with `state` as its request state.
 * @template T
 * @param {RequestState} state
 * @param {() => T} work
 * @returns {T}
 */
export function runWithRequestState(state, work) {
  return storage().run(state, work);
}

/** The state of the page request being handled, if any (none in unit tests and background work). */
export function currentRequestState() {
  return storage().getStore();
}

/**
 * @typedef {object} PurgeBus
 * @property {number} generation  counts purges, so work started before one can tell
 * @property {Set<(reason: string) => void>} listeners
 */

/** @returns {PurgeBus} */
function purgeBus() {
  const existing = registry[PURGE_KEY];
  if (isPurgeBus(existing)) return existing;
  /** @type {PurgeBus} */
  const created = { generation: 0, listeners: new Set() };
  registry[PURGE_KEY] = created;
  return created;
}

/**
 * @param {unknown} value
 * @returns {value is PurgeBus}
 */
function isPurgeBus(value) {
  return typeof value === 'object' && value !== null && 'generation' in value && 'listeners' in value;
}

/**
 * Registers a cache to purge on revalidation; returns the unsubscribe function.
 * @param {(reason: string) => void} listener
 */
export function onPurge(listener) {
  const bus = purgeBus();
  bus.listeners.add(listener);
  return () => bus.listeners.delete(listener);
}

/**
 * Purges every registered cache (the CMS data cache and the page cache).
 * @param {string} reason  for the log
 */
export function purgeAll(reason) {
  const bus = purgeBus();
  bus.generation += 1;
  for (const listener of bus.listeners) listener(reason);
}

/** Increases with every purge: a page rendered across a purge may hold old content. */
export function purgeGeneration() {
  return purgeBus().generation;
}
