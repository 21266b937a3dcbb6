import { factories } from '@strapi/strapi';

// No core routes: counted only through routes/search-miss-record.ts, read in the admin.
export default factories.createCoreService('api::search-miss.search-miss');
