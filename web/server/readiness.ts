// GET /readyz: with the read model (app/read-model/), 200 once it has loaded the published content
// (then pages answer even while the CMS is down), else 503. Without it (READ_MODEL=off), 200 when
// the CMS answers a cheap GraphQL query with the web's token.
// (GET /healthz only says the process is alive.) The check itself is the CMS gateway's
// (app/utils/cms-http.server.ts); a result is reused for a second (cache-policy.ts), so probes in a
// tight loop cannot turn into load on the CMS.
import type { RequestHandler } from 'express';
import { READINESS_REUSE_MS } from '../app/utils/cache-policy';
import { checkCmsReadiness } from '../app/utils/cms-http.server';

export function readiness(check: typeof checkCmsReadiness = checkCmsReadiness): RequestHandler {
  let last: { at: number; result: Promise<{ ready: boolean; detail: string }> } | undefined;

  // Express 4 does not await a handler: a rejected check goes to `next` (the error handler).
  return (_req, res, next) => {
    if (!last || Date.now() - last.at > READINESS_REUSE_MS) last = { at: Date.now(), result: check() };
    last.result.then(({ ready, detail }) => {
      res.setHeader('Cache-Control', 'no-store');
      res.status(ready ? 200 : 503).type('text/plain').send(ready ? 'ready' : `not ready: ${detail}`);
    }, next);
  };
}

/** What the Remix build's entry module tells about its read model (app/entry.server.tsx). */
export interface ReadModelHooks {
  startReadModel: () => Promise<void>;
  readModelStatus: () => { ready: boolean; lastError: string | null } | null;
}

/** Ready when the read model is loaded; when it is off (status null), when the CMS answers. */
export function readModelCheck(hooks: Partial<ReadModelHooks>, fallback: typeof checkCmsReadiness = checkCmsReadiness): typeof checkCmsReadiness {
  return async () => {
    const status = hooks.readModelStatus?.() ?? null;
    if (!status) return fallback();
    if (status.ready) return { ready: true, detail: 'ready' };
    return { ready: false, detail: `published content not loaded yet${status.lastError ? ` (${status.lastError})` : ''}` };
  };
}
