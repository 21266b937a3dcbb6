import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::follow-up.follow-up');
