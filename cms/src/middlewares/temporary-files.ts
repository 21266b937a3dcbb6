import { temporaryFilePaths, type UploadedFile } from './body-guard';

type Context = { request: { files?: Record<string, UploadedFile | UploadedFile[]> }; state: Record<string, unknown> };

/**
 * `global::temporary-files`, just after strapi::body: notes where the multipart body's files were
 * written, under every field name, so `global::body-guard` can remove them all when the request
 * ends (strapi::body forgets all but the field `files` once the request went well).
 */
export default () =>
  async (ctx: Context, next: () => Promise<void>): Promise<void> => {
    const paths = temporaryFilePaths(ctx.request.files);
    if (paths.length > 0) ctx.state.temporaryFiles = paths;
    await next();
  };
