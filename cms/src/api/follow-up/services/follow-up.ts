import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::follow-up.follow-up');
