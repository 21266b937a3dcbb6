import type { Core } from '@strapi/strapi';
import { requiredSecret } from '../src/env';
import { previewSecret, previewTypeOf } from '../src/preview';
import { webUrl } from '../src/submissions/settings';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  // Integration tests boot Strapi from code without building the admin panel.
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  auth: { secret: requiredSecret('ADMIN_JWT_SECRET') },
  apiToken: { salt: requiredSecret('API_TOKEN_SALT') },
  transfer: { token: { salt: requiredSecret('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: requiredSecret('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // Draft preview: the admin opens the web's /forhandsvisning, which asks the CMS for the draft
  // with PREVIEW_SECRET (api/preview). Off without the secret.
  preview: {
    enabled: previewSecret() !== null,
    config: {
      allowedOrigins: [new URL(webUrl()).origin],
      handler: (uid, { documentId, locale }) => {
        const secret = previewSecret();
        const type = previewTypeOf(uid);
        if (!secret || !type) return null;
        const contentLocale = locale ?? 'sv';
        const query = new URLSearchParams({ type, id: documentId, locale: contentLocale, secret });
        return `${webUrl()}${contentLocale === 'en' ? '/en' : ''}/forhandsvisning?${query.toString()}`;
      },
    },
  },
});

export default config;
