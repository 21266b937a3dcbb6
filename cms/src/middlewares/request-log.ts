import type { Core } from '@strapi/strapi';

type Context = { method: string; path: string; status: number };

const QUIET_PATH = '/api/read-model/changes';

/**
 * `global::request-log`, in place of `strapi::logger`: the same request line, but with the path
 * only. Strapi's own writes `ctx.url`, query string included, and a query can hold search terms
 * or filters on names (tests/integration/logs.test.ts).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: () => Promise<void>): Promise<void> => {
    const start = Date.now();
    try {
      await next();
    } finally {
      // Each web instance polls the change log every second: only its failures are worth a line.
      if (!(ctx.path === QUIET_PATH && ctx.status === 200)) strapi.log.http(`${ctx.method} ${ctx.path} (${Math.ceil(Date.now() - start)} ms) ${ctx.status}`);
    }
  };
