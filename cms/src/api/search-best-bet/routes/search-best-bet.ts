import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::search-best-bet.search-best-bet');
