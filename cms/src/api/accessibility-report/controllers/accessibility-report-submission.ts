import type { Core } from '@strapi/strapi';
import { answerRejection, clientKey, type SubmissionContext } from '../../../submissions/client-key';
import { createAccessibilityReportService } from '../../../submissions/accessibility-report';

/**
 * POST /api/accessibility-reports: only the submission token may call it (bootstrap/api-tokens.ts).
 * The answer never echoes what was sent.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = createAccessibilityReportService(strapi);
  return {
    async create(ctx: SubmissionContext) {
      const outcome = await reports.submit(ctx.request.body, clientKey(ctx));
      switch (outcome.kind) {
        case 'invalid':
        case 'rate-limited':
          answerRejection(ctx, outcome, 'report');
          return;
        default:
          ctx.status = outcome.kind === 'created' ? 201 : 202;
          ctx.body = { data: { status: 'received' } };
      }
    },
  };
};
