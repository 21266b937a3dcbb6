import type { Core } from '@strapi/strapi';
import { requiredSecretList } from '../src/env';
import cronTasks from './cron-tasks';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: requiredSecretList('APP_KEYS') },
  // Local uploads live in <public>/uploads (a volume in docker-compose.yml); tests give each
  // throwaway CMS a directory of its own.
  dirs: { public: env('STRAPI_PUBLIC_DIR', './public') },
  // No calls home: the update check and telemetry stay off (see docs/decisions/002).
  logger: { updates: { enabled: false }, startup: { enabled: env.bool('STRAPI_STARTUP_LOG', true) } },
  // Scheduled publishing (each minute) and removal of submitters' contact details (daily).
  cron: { enabled: env.bool('CRON_ENABLED', true), tasks: cronTasks },
});

export default config;
