/**
 * No route hydrates unless it opts in with `export const handle = { hydrate: true }` (none does):
 * every other page gets no Remix JavaScript at all (only /quick-exit.js), so routes export no
 * handle for it.
 */
export type RouteHandle = { hydrate: boolean };

export function wantsHydration(handle: unknown): boolean {
  return typeof handle === 'object' && handle !== null && 'hydrate' in handle && handle.hydrate === true;
}
