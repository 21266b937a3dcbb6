import type { Core } from '@strapi/strapi';
import { createSearchMissService } from '../../../search/misses';

type Context = { request: { body?: unknown }; status: number; body: unknown };

/** POST /api/search-misses: only the submission token may call it. The answer never echoes the query. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const misses = createSearchMissService(strapi);
  return {
    async create(ctx: Context) {
      const outcome = await misses.record(ctx.request.body);
      if (outcome === 'invalid') {
        ctx.status = 400;
        ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: 'Not a search miss.' } };
        return;
      }
      ctx.status = 202;
      ctx.body = { data: { status: 'received' } };
    },
  };
};
