import { factories } from '@strapi/strapi';

// No routes at all: written by search-miss-record, read by nobody outside the CMS.
export default factories.createCoreService('api::search-miss-count.search-miss-count');
