import type { Core } from '@strapi/strapi';
import { requiredSecret } from '../src/env';
import { previewSecret, previewUrl } from '../src/preview';
import { webUrl } from '../src/submissions/settings';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  // Integration tests boot Strapi from code without building the admin panel.
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  auth: { secret: requiredSecret('ADMIN_JWT_SECRET') },
  apiToken: { salt: requiredSecret('API_TOKEN_SALT') },
  transfer: { token: { salt: requiredSecret('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: requiredSecret('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // Draft preview: the admin frames the web's /forhandsvisning with a token for that document
  // (src/preview.ts); the web shows the draft it gets from api/preview with the same token. Off
  // without PREVIEW_SECRET. allowedOrigins lets the admin's CSP frame the portal.
  preview: {
    enabled: previewSecret() !== null,
    config: {
      allowedOrigins: [new URL(webUrl()).origin],
      handler: (uid, { documentId, locale }) => previewUrl(uid, documentId, locale),
    },
  },
});

export default config;
