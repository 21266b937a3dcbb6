import type { Core } from '@strapi/strapi';
import { uploadOrigins } from '../src/uploads/config';

// The admin panel shows media from the S3 bucket when UPLOAD_PROVIDER=s3 (Strapi's default CSP
// otherwise, which allows only 'self', data: and blob:).
const mediaOrigins = uploadOrigins(process.env);

const config: Core.Config.Middlewares = [
  // A request id for each request, named in the JSON log (src/middlewares/request-id.ts).
  'global::request-id',
  'strapi::logger',
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
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
