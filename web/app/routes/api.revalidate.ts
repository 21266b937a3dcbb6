// POST /api/revalidate: the CMS says content changed (cms/src/bootstrap/revalidate.ts). The web
// then purges its caches, so the change shows on the next request.
import type { ActionFunctionArgs } from '@remix-run/node';
import { isRevalidateSecret, purgeForChange, readChange } from '../utils/revalidate.server';
import { getEnv } from '../utils/env.server';

const headers = { 'Cache-Control': 'no-store' };

export function loader() {
  // Not configured: as if the endpoint did not exist.
  if (!getEnv().REVALIDATE_SECRET) return new Response(null, { status: 404, headers });
  return new Response(null, { status: 405, headers: { ...headers, Allow: 'POST' } });
}

export async function action({ request }: ActionFunctionArgs) {
  if (!getEnv().REVALIDATE_SECRET) return new Response(null, { status: 404, headers });
  if (request.method !== 'POST') return new Response(null, { status: 405, headers: { ...headers, Allow: 'POST' } });
  const authorization = request.headers.get('authorization') ?? '';
  const token = /^Bearer (.+)$/.exec(authorization)?.[1] ?? null;
  if (!isRevalidateSecret(token)) {
    return new Response(null, { status: 401, headers: { ...headers, 'WWW-Authenticate': 'Bearer' } });
  }
  const change = await readChange(request);
  const purged = await purgeForChange(change);
  return Response.json({ purged }, { headers });
}
