// Boots the built web (web/server.mjs, build from WEB_BUILD_DIR or build/) on a free loopback port:
// the one implementation in process.mjs, shared with the benchmarks.
import { waitFor } from './process.mjs';

export { startWeb, type RunningWeb } from './process.mjs';

/**
 * How long after `since` the page at `url` first showed `marker` (polled every 50 ms), or Infinity
 * when it did not within `limitMs` of `since`: the "publish → visible" measurement.
 */
export async function msUntilPageShows(url: string, marker: string, since: number, limitMs: number): Promise<number> {
  const shown = async () => (await (await fetch(url)).text()).includes(marker);
  return waitFor(shown, { timeoutMs: Math.max(0, limitMs - (Date.now() - since)), intervalMs: 50 }).then(
    () => Date.now() - since,
    () => Number.POSITIVE_INFINITY,
  );
}
