import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::follow-up.follow-up');
