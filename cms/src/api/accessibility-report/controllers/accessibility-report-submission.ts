import type { Core } from '@strapi/strapi';
import { clientKey, type SubmissionContext } from '../../../submissions/client-key';
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
          ctx.status = 400;
          ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: 'The report is not valid.', details: { errors: outcome.errors } } };
          return;
        case 'rate-limited':
          ctx.status = 429;
          ctx.set('Retry-After', String(outcome.retryAfterSeconds));
          ctx.body = { data: null, error: { status: 429, name: 'RateLimitError', message: 'Too many reports from this client; try again later.', details: { retryAfterSeconds: outcome.retryAfterSeconds } } };
          return;
        default:
          ctx.status = outcome.kind === 'created' ? 201 : 202;
          ctx.body = { data: { status: 'received' } };
      }
    },
  };
};
