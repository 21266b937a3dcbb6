import { SHARED_HEADERS } from '@stodportalen/shared';
import { requestIdFrom } from '../logging/json';

type Context = { get: (name: string) => string; set: (name: string, value: string) => void; state: Record<string, unknown> };

/**
 * `global::request-id`: every request gets an id (the caller's X-Request-Id when it looks like one),
 * sent back as X-Request-Id and named by each JSON log line of the request (src/logging/json.ts).
 */
export default () =>
  async (ctx: Context, next: () => Promise<void>): Promise<void> => {
    const requestId = requestIdFrom(ctx.get(SHARED_HEADERS.requestId) || undefined);
    ctx.state.requestId = requestId;
    ctx.set(SHARED_HEADERS.requestId, requestId);
    await next();
  };
