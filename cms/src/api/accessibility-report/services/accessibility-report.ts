import { factories } from '@strapi/strapi';

// No core routes: reports are only created through routes/accessibility-report-submission.ts and read in the admin.
export default factories.createCoreService('api::accessibility-report.accessibility-report');
