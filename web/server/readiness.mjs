// GET /readyz: 200 when the CMS answers a cheap GraphQL query with the web's token, else 503.
// (GET /healthz only says the process is alive.) A result is reused for a second, so probes in a
// tight loop cannot turn into load on the CMS.
const REUSE_MS = 1_000;
const QUERY = JSON.stringify({ query: 'query Readiness { __typename }' });

/**
 * @param {{ CMS_URL: string, CMS_READ_TOKEN: string, CMS_TIMEOUT_MS: number }} env
 * @returns {import('express').RequestHandler}
 */
export function readiness(env) {
  /** @type {{ at: number, result: Promise<{ ready: boolean, detail: string }> } | undefined} */
  let last;

  const check = async () => {
    try {
      const response = await fetch(`${env.CMS_URL}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${env.CMS_READ_TOKEN}` },
        body: QUERY,
        signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS),
      });
      const body = /** @type {unknown} */ (await response.json().catch(() => null));
      const ok =
        response.ok &&
        typeof body === 'object' &&
        body !== null &&
        'data' in body &&
        typeof body.data === 'object' &&
        body.data !== null &&
        '__typename' in body.data;
      return { ready: ok, detail: ok ? 'ready' : `CMS answered HTTP ${response.status}` };
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error';
      return { ready: false, detail: name === 'TimeoutError' ? `CMS did not answer within ${env.CMS_TIMEOUT_MS} ms` : 'CMS unreachable' };
    }
  };

  return async (_req, res) => {
    if (!last || Date.now() - last.at > REUSE_MS) last = { at: Date.now(), result: check() };
    const { ready, detail } = await last.result;
    res.setHeader('Cache-Control', 'no-store');
    res.status(ready ? 200 : 503).type('text/plain').send(ready ? 'ready' : `not ready: ${detail}`);
  };
}
