// Server-only configuration. The same schema as server.mjs (server/env.mjs), which already refused
// to start with a bad environment; the CMS URL and token never reach the browser.
import { parseEnv, type WebEnv } from '../../server/env.mjs';

let cached: WebEnv | undefined;

export function getEnv(): WebEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The portal's public origin: PUBLIC_URL when set, otherwise the request's own. */
export function publicOrigin(request: Request): string {
  return getEnv().PUBLIC_URL ?? new URL(request.url).origin;
}
