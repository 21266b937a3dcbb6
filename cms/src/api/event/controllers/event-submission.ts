import type { Core } from '@strapi/strapi';
import { smtpConfigured } from '../../../mail/send';
import { answerError, answerRejection, clientKey, type SubmissionContext as Context } from '../../../submissions/client-key';
import { createSubmissionService } from '../../../moderation/submit';

function isStrapiValidationError(error: unknown): boolean {
  return error instanceof Error && error.name === 'ValidationError';
}

/**
 * POST /api/event-submissions: only the submission token may call it (the route's scope is this
 * action, and that token has no other). See cms/README.md.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const submissions = createSubmissionService(strapi);
  return {
    /** GET /api/event-submissions/status: whether mails about tips are really sent. */
    async status(ctx: Context) {
      ctx.body = { data: { mail: smtpConfigured() } };
    },
    async create(ctx: Context) {
      try {
        const outcome = await submissions.submit(ctx.request.body, clientKey(ctx));
        switch (outcome.kind) {
          case 'dropped':
            ctx.status = 202;
            ctx.body = { data: { status: 'accepted' } };
            return;
          case 'invalid':
          case 'rate-limited':
            answerRejection(ctx, outcome, 'submission');
            return;
          case 'conflict':
            answerError(
              ctx,
              409,
              'ConflictError',
              'This form was already sent with other content; only the first submission was kept. Send the new content with a new idempotency key.',
              { errors: { form: 'form.conflict' } },
            );
            return;
          default:
            ctx.status = outcome.kind === 'created' ? 201 : 200;
            // mail: whether the sender will get mails about the tip; the receipt says so when not.
            ctx.body = { data: { reference: outcome.reference, status: 'pending', duplicate: outcome.kind === 'duplicate', mail: smtpConfigured() } };
        }
      } catch (error) {
        // What the schema let through but Strapi's own validation refused: still the sender's problem.
        if (!isStrapiValidationError(error)) throw error;
        strapi.log.warn(`[submissions] Strapi refused a submission the schema accepted: ${error instanceof Error ? error.message : String(error)}`);
        answerError(ctx, 400, 'ValidationError', 'The submission is not valid.', { errors: { form: 'form.invalid' } });
      }
    },
  };
};
