// Server-only configuration. The same schema as the server's (server/env.ts), which already refused
// to start with a bad environment; the CMS URL and token never reach the browser.
import { parseEnv, publicOriginOf, type WebEnv } from '../../server/env';

let cached: WebEnv | undefined;

export function getEnv(): WebEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * The portal's public origin, the only origin of absolute links: PUBLIC_URL (required in
 * production), else the listen address. Never taken from a request's Host or X-Forwarded-* headers,
 * so no request can put another host into a page that caches keep for the next visitor.
 */
export function publicOrigin(): string {
  return publicOriginOf(getEnv());
}
