import type { Core } from '@strapi/strapi';

// Bounded REST pages: no client can ask for everything at once.
const config: Core.Config.Api = {
  rest: { defaultLimit: 25, maxLimit: 100, withCount: true },
};

export default config;
