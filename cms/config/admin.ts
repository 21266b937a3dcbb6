import type { Core } from '@strapi/strapi';
import { requiredSecret } from '../src/env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  // Integration tests boot Strapi from code without building the admin panel.
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  auth: { secret: requiredSecret('ADMIN_JWT_SECRET') },
  apiToken: { salt: requiredSecret('API_TOKEN_SALT') },
  transfer: { token: { salt: requiredSecret('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: requiredSecret('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
});

export default config;
