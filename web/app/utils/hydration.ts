/**
 * Routes opt in to React hydration with `export const handle = { hydrate: true }`. Content pages
 * export `{ hydrate: false }` and get no Remix JavaScript at all (only /quick-exit.js).
 */
export type RouteHandle = { hydrate: boolean };

export const noHydration: RouteHandle = { hydrate: false };

export function wantsHydration(handle: unknown): boolean {
  return typeof handle === 'object' && handle !== null && 'hydrate' in handle && handle.hydrate === true;
}
