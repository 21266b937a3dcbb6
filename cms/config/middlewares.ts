import type { Core } from '@strapi/strapi';
import { corsOrigins } from '../src/cors';
import { UPLOAD_SIZE_LIMIT, uploadOrigins } from '../src/uploads/config';

// The admin panel shows media from the S3 bucket when UPLOAD_PROVIDER=s3 (Strapi's default CSP
// otherwise, which allows only 'self', data: and blob:).
const mediaOrigins = uploadOrigins(process.env);

const config: Core.Config.Middlewares = [
  // A request id for each request, named in the JSON log (src/middlewares/request-id.ts).
  'global::request-id',
  // Strapi's request line without the query string (src/middlewares/request-log.ts).
  'global::request-log',
  'strapi::errors',
  mediaOrigins.length === 0
    ? 'strapi::security'
    : {
        name: 'strapi::security',
        config: {
          contentSecurityPolicy: {
            useDefaults: true,
            directives: {
              'connect-src': ["'self'", 'https:'],
              'img-src': ["'self'", 'data:', 'blob:', ...mediaOrigins],
              'media-src': ["'self'", 'data:', 'blob:', ...mediaOrigins],
              upgradeInsecureRequests: null,
            },
          },
        },
      },
  // Only the admin panel's and the portal's origins (src/cors.ts); never any Origin reflected.
  { name: 'strapi::cors', config: { origin: corsOrigins(process.env) } },
  'strapi::poweredBy',
  'strapi::query',
  // Multipart only on the upload routes with valid credentials, and every GraphQL POST under
  // Apollo's own 64 kB limit (src/middlewares/body-guard.ts).
  'global::body-guard',
  {
    name: 'strapi::body',
    config: {
      // koa-body's defaults for JSON (1 MB: the admin saves whole documents), forms and text.
      jsonLimit: '1mb',
      formLimit: '56kb',
      textLimit: '56kb',
      // Uploads: at most the upload plugin's own size limit (all files of one request together).
      formidable: { maxFileSize: UPLOAD_SIZE_LIMIT, maxFields: 50, maxFieldsSize: 1024 * 1024 },
    },
  },
  // Where the multipart files were written, so body-guard removes every one of them.
  'global::temporary-files',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
