import fs from 'node:fs/promises';
import type { Core } from '@strapi/strapi';

type Context = {
  path: string;
  url: string;
  method: string;
  status: number;
  body: unknown;
  is: (...types: string[]) => string | false | null;
  get: (name: string) => string;
  request: { files?: Record<string, UploadedFile | UploadedFile[]> };
  state?: { temporaryFiles?: unknown };
};
export type UploadedFile = { filepath?: string };

/**
 * Where a multipart body may be read at all, and whose credentials let it be read there:
 * the admin's media library (an editor's session) and the content API's upload route (an API
 * token or a users-permissions JWT; the route's own permission check follows).
 */
const UPLOAD_ROUTES: { prefix: string; kind: 'admin' | 'content-api' }[] = [
  { prefix: '/upload', kind: 'admin' },
  { prefix: '/api/upload', kind: 'content-api' },
];

function uploadRoute(path: string) {
  return UPLOAD_ROUTES.find(({ prefix }) => path === prefix || path.startsWith(`${prefix}/`));
}

function bearerToken(authorization: string): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  return match?.[1] ?? null;
}

async function isValidCredential(strapi: Core.Strapi, kind: 'admin' | 'content-api', token: string): Promise<boolean> {
  if (kind === 'admin') {
    // An editor's session token (a signed JWT, checked without the database), or an admin API token.
    if (strapi.sessionManager('admin').validateAccessToken(token).isValid) return true;
    const adminTokens = strapi.service('admin::api-token-admin');
    const result: unknown = await adminTokens?.authenticateAdminToken?.(token).catch(() => null);
    return typeof result === 'object' && result !== null && Reflect.get(result, 'authenticated') === true;
  }
  const apiTokens = strapi.service('admin::api-token-content-api');
  if (apiTokens && (await apiTokens.getByAccessKey(apiTokens.hash(token)))) return true;
  try {
    await strapi.plugin('users-permissions').service('jwt').verify(token);
    return true;
  } catch {
    return false;
  }
}

/** The temporary files of a parsed multipart body, under any field name. */
export function temporaryFilePaths(files: Record<string, UploadedFile | UploadedFile[]> | undefined): string[] {
  return Object.values(files ?? {})
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .map((file) => file?.filepath)
    .filter((filepath): filepath is string => typeof filepath === 'string');
}

/**
 * Removes the temporary files of a parsed multipart body, whatever happened to the request. After a
 * request that went well strapi::body removes only the files under the field `files` and then
 * deletes `ctx.request.files`: the paths recorded by `global::temporary-files` (just after
 * strapi::body) catch the files under any other field name.
 */
async function removeTemporaryFiles(ctx: Context): Promise<void> {
  const recorded = Array.isArray(ctx.state?.temporaryFiles) ? (ctx.state.temporaryFiles as string[]) : [];
  const paths = new Set([...recorded, ...temporaryFilePaths(ctx.request.files)]);
  await Promise.all([...paths].map((filepath) => fs.rm(filepath, { force: true })));
}

/**
 * `global::body-guard`, just before strapi::body, which reads every body before any route, policy or
 * permission is looked at (issue 10):
 *
 * - Multipart: koa-body with formidable writes each file to the temporary folder, so an anonymous
 *   client could fill the disk through any path. A multipart body is refused with 415 before it is
 *   read, except on the upload routes, and there only with valid credentials (401 otherwise); the
 *   route's own permission check still follows. The temporary files are removed however the request
 *   ends (strapi::body removes them only when nothing threw).
 * - GraphQL: strapi::body leaves exactly `/graphql` to Apollo's own parser (64 kB, JSON only), but
 *   parses `/graphql?anything` itself with the 1 MB JSON limit. A POST carries its operation in the
 *   body, so its query string is dropped and Apollo's limit holds for every GraphQL POST.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const graphqlEndpoint: string = strapi.plugin('graphql')?.config('endpoint') ?? '/graphql';
  return async (ctx: Context, next: () => Promise<void>): Promise<void> => {
    if (ctx.method === 'POST' && ctx.path === graphqlEndpoint && ctx.url !== graphqlEndpoint) ctx.url = graphqlEndpoint;
    if (!ctx.is('multipart')) return next();
    const route = uploadRoute(ctx.path);
    if (!route) {
      ctx.status = 415;
      ctx.body = { data: null, error: { status: 415, name: 'UnsupportedMediaTypeError', message: 'Multipart bodies are only accepted by the upload routes.', details: {} } };
      return;
    }
    const token = bearerToken(ctx.get('authorization'));
    if (!token || !(await isValidCredential(strapi, route.kind, token))) {
      ctx.status = 401;
      ctx.body = { data: null, error: { status: 401, name: 'UnauthorizedError', message: 'Missing or invalid credentials', details: {} } };
      return;
    }
    try {
      await next();
    } finally {
      await removeTemporaryFiles(ctx);
    }
  };
};
