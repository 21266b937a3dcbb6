/**
 * The origins a browser may call the CMS from with credentials: the admin panel and the portal,
 * nothing else (strapi::cors would otherwise reflect any Origin with
 * `Access-Control-Allow-Credentials: true`). The portal reads the CMS from its server, so no
 * visitor's browser ever needs CORS; the list only serves editors and tools on those origins.
 *
 * - `CMS_ADMIN_ORIGIN`: where the admin panel is served (default: PUBLIC_URL, else, outside
 *   production only, the local listen address as http://localhost:PORT and http://127.0.0.1:PORT);
 * - `WEB_URL`: the portal (outside production only, default http://localhost:3000);
 * - `CORS_ORIGINS`: more origins, comma-separated (`*` is refused).
 *
 * In production nothing local is allowed by default: an origin that is not configured gets no CORS
 * headers (a production CMS without WEB_URL would otherwise trust whatever runs on localhost:3000).
 */
export function corsOrigins(env: NodeJS.ProcessEnv): string[] {
  const production = env.NODE_ENV === 'production';
  const port = env.PORT?.trim() || '1337';
  const admin = [env.CMS_ADMIN_ORIGIN, env.PUBLIC_URL].map((value) => value?.trim()).find((value) => value);
  const web = env.WEB_URL?.trim();
  const candidates = [
    ...(admin ? [admin] : production ? [] : [`http://localhost:${port}`, `http://127.0.0.1:${port}`]),
    ...(web ? [web] : production ? [] : ['http://localhost:3000']),
    ...(env.CORS_ORIGINS ?? '').split(','),
  ];
  const origins = new Set<string>();
  for (const candidate of candidates) {
    const origin = originOf(candidate.trim());
    if (origin) origins.add(origin);
  }
  return [...origins];
}

/** `https://example.org/path` → `https://example.org`; anything that is not an http(s) URL → null. */
function originOf(value: string): string | null {
  if (value === '') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
