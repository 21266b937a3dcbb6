import type { Core } from '@strapi/strapi';
import { answerError, answerRateLimited, clientKey, type SubmissionContext } from '../../../submissions/client-key';
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
          answerError(ctx, 400, 'ValidationError', 'The report is not valid.', { errors: outcome.errors });
          return;
        case 'rate-limited':
          answerRateLimited(ctx, outcome.retryAfterSeconds, 'Too many reports from this client; try again later.');
          return;
        default:
          ctx.status = outcome.kind === 'created' ? 201 : 202;
          ctx.body = { data: { status: 'received' } };
      }
    },
  };
};
