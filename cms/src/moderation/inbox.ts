import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { registerAdminRoutes } from '../bootstrap/admin-routes';
import { smtpConfigured } from '../mail/send';
import { buildReviewList } from '../review/review-list';
import { runExclusive } from '../shared-state/claims';
import { INBOX_PERMISSION } from './inbox-permission';
import { withDecisionMails } from './lifecycle';
import type { DecisionAnswer, DecisionMailOutcome, ModerationInbox, ScheduledItem } from './inbox-types';
import { SCHEDULED_TYPES } from './publish-due';

const EVENT_UID = 'api::event.event';
/** Tips are stored in Swedish (moderation/submit.ts); the inbox shows that version. */
const TIP_LOCALE = 'sv';
/** More than a communicator can work through at once; the count says how many there are in all. */
const LIST_LIMIT = 100;


type TipRow = {
  documentId: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  organiserName: string | null;
  organiser?: { name?: string | null } | null;
  createdAt: string;
  submitterEmail: string | null;
  moderationStatus: string | null;
  submissionKey: string | null;
};

const PENDING_WHERE = { publishedAt: null, locale: TIP_LOCALE, moderationStatus: 'pending', submissionKey: { $notNull: true } };

function iso(value: string | Date): string {
  return new Date(value).toISOString();
}

export async function buildInbox(strapi: Core.Strapi, now: Date = new Date()): Promise<ModerationInbox> {
  const rows = (await strapi.db.query(EVENT_UID).findMany({
    where: PENDING_WHERE,
    select: ['documentId', 'title', 'startsAt', 'endsAt', 'organiserName', 'createdAt', 'submitterEmail'],
    populate: { organiser: { select: ['name'] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    limit: LIST_LIMIT,
  })) as TipRow[];
  const pending = rows.map((row) => ({
    documentId: row.documentId,
    title: row.title,
    startsAt: iso(row.startsAt),
    endsAt: row.endsAt ? iso(row.endsAt) : null,
    organiser: row.organiser?.name ?? row.organiserName ?? null,
    receivedAt: iso(row.createdAt),
    ageMinutes: Math.max(0, Math.floor((now.getTime() - new Date(row.createdAt).getTime()) / 60_000)),
    hasEmail: Boolean(row.submitterEmail),
  }));
  const pendingCount = await strapi.db.query(EVENT_UID).count({ where: PENDING_WHERE });

  // Drafts with a publication time: what the scheduled publisher will publish (publish-due.ts).
  const scheduled: ScheduledItem[] = [];
  for (const uid of SCHEDULED_TYPES) {
    const due = (await strapi.db.query(uid).findMany({
      where: { publishedAt: null, publishAt: { $notNull: true } },
      select: ['documentId', 'title', 'publishAt', 'locale'],
      orderBy: [{ publishAt: 'asc' }, { id: 'asc' }],
    })) as { documentId: string; title: string; publishAt: string; locale: string }[];
    const seen = new Set<string>();
    for (const row of due) {
      if (seen.has(row.documentId)) continue;
      seen.add(row.documentId);
      scheduled.push({ type: uid === EVENT_UID ? 'event' : 'campaign', documentId: row.documentId, title: row.title, publishAt: iso(row.publishAt) });
    }
  }
  scheduled.sort((a, b) => a.publishAt.localeCompare(b.publishAt));

  const review = await buildReviewList(strapi, now);
  return {
    pending,
    pendingCount,
    scheduled: { count: scheduled.length, items: scheduled.slice(0, 20) },
    review: { intervalMonths: review.intervalMonths, items: review.items },
    mailConfigured: smtpConfigured(),
  };
}

/** The reason a rejected partner reads (mailed, and kept as the moderator's note: at most 2,000 characters). */
export const RejectionSchema = z.object({
  reason: z
    .string({ error: 'Skriv en motivering till den som tipsade.' })
    .trim()
    .min(1, { error: 'Skriv en motivering till den som tipsade.' })
    .max(2000, { error: 'Motiveringen får vara högst 2 000 tecken.' }),
});

type DecisionContext = {
  params?: { documentId?: string };
  request: { body?: unknown };
  status: number;
  body: unknown;
};

/** A decision already taken: said plainly, and nobody is mailed again (a double click, two communicators). */
function answerAlreadyDecided(ctx: DecisionContext, status: string | null): void {
  const message = status === 'rejected' ? 'Tipset är redan avvisat. Inget nytt mejl skickades.' : 'Tipset är redan godkänt. Inget nytt mejl skickades.';
  ctx.status = 409;
  ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message, details: { moderationStatus: status } } };
}

export function createInboxDecisions(strapi: Core.Strapi) {
  async function pendingTip(documentId: string): Promise<TipRow> {
    const row = (await strapi.db.query(EVENT_UID).findOne({
      where: { documentId, locale: TIP_LOCALE, publishedAt: null, submissionKey: { $notNull: true } },
      select: ['documentId', 'title', 'moderationStatus', 'submissionKey'],
    })) as TipRow | null;
    if (!row) throw new errors.NotFoundError('Tipset finns inte. Det kan ha tagits bort.');
    return row;
  }

  const mailOf = (mails: DecisionMailOutcome[]): DecisionMailOutcome => mails[0] ?? 'no-address';

  /**
   * Runs a decision on a pending tip once. The check that the tip is still pending and the decision
   * must not interleave, or a double click would mail the partner twice: the decision is held in
   * the shared database (shared-state/claims.ts), against the same tip's decision in this process
   * and on any other CMS instance (a double click the load balancer sent to two). The tip is read
   * once held, so a decision that has just finished anywhere is seen.
   */
  async function decideOnce(ctx: DecisionContext, decision: 'approve' | 'reject', decide: () => Promise<void>): Promise<void> {
    const documentId = ctx.params?.documentId ?? '';
    const held = await runExclusive(strapi, { scope: 'moderation-decision', key: documentId, purpose: decision }, async () => {
      const tip = await pendingTip(documentId);
      if (tip.moderationStatus !== 'pending') return answerAlreadyDecided(ctx, tip.moderationStatus);
      await decide();
    });
    // Being decided right now, here or on another instance: by the time anyone reads this, it is.
    if (!held.ran) answerAlreadyDecided(ctx, held.heldFor === 'reject' ? 'rejected' : 'approved');
  }

  async function approve(ctx: DecisionContext): Promise<void> {
    const documentId = ctx.params?.documentId ?? '';
    await decideOnce(ctx, 'approve', async () => {
      const { mails } = await withDecisionMails(() => strapi.documents(EVENT_UID).publish({ documentId, locale: '*' }));
      const answer: DecisionAnswer = { documentId, moderationStatus: 'approved', mail: mailOf(mails) };
      ctx.body = { data: answer };
    });
  }

  async function reject(ctx: DecisionContext): Promise<void> {
    const documentId = ctx.params?.documentId ?? '';
    const parsed = RejectionSchema.safeParse(ctx.request.body ?? {});
    if (!parsed.success) {
      throw new errors.ValidationError(parsed.error.issues[0]?.message ?? 'Skriv en motivering till den som tipsade.', { errors: { reason: parsed.error.issues[0]?.message } });
    }
    await decideOnce(ctx, 'reject', async () => {
      const { mails } = await withDecisionMails(() =>
        strapi.documents(EVENT_UID).update({
          documentId,
          locale: TIP_LOCALE,
          status: 'draft',
          data: { moderationStatus: 'rejected', moderatorNote: parsed.data.reason },
        }),
      );
      const answer: DecisionAnswer = { documentId, moderationStatus: 'rejected', mail: mailOf(mails) };
      ctx.body = { data: answer };
    });
  }

  return { approve, reject };
}

/**
 * The communicators' moderation inbox on the admin API (`/admin/moderation-inbox`): pending tips,
 * "Godkänn" and "Avvisa med motivering", scheduled publications and the review list. Admin routes:
 * neither the public nor any content-API token reaches them.
 */
export function registerModerationInboxRoutes(strapi: Core.Strapi): void {
  const decisions = createInboxDecisions(strapi);
  registerAdminRoutes(
    strapi,
    'moderation-inbox',
    [
      {
        method: 'GET',
        path: '/moderation-inbox',
        handler: async (ctx) => {
          ctx.body = { data: await buildInbox(strapi) };
        },
      },
      { method: 'POST', path: '/moderation-inbox/:documentId/approve', handler: (ctx) => decisions.approve(ctx) },
      { method: 'POST', path: '/moderation-inbox/:documentId/reject', handler: (ctx) => decisions.reject(ctx) },
    ],
    [{ name: 'admin::hasPermissions', config: { actions: [INBOX_PERMISSION] } }],
  );
}
