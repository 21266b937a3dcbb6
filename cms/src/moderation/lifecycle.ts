import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { DecisionMailOutcome } from './inbox-types';
import { notifyApproval, notifyRejection, type SubmitterRow } from './notifications';

const EVENT_UID = 'api::event.event';

type EventRow = SubmitterRow & { id: number; locale: string; moderationStatus: string | null; submissionKey: string | null };

const ROW_FIELDS = [
  'id',
  'locale',
  'title',
  'slug',
  'startsAt',
  'endsAt',
  'organiserName',
  'moderationStatus',
  'moderatorNote',
  'submissionKey',
  'submitterName',
  'submitterEmail',
  'submitterLocale',
];

async function draftRows(strapi: Core.Strapi, documentId: string): Promise<EventRow[]> {
  const rows: (Omit<EventRow, 'organiser'> & { organiserName: string | null })[] = await strapi.db
    .query(EVENT_UID)
    .findMany({ where: { documentId, publishedAt: null }, select: ROW_FIELDS, orderBy: { locale: 'asc' } });
  return rows.map((row) => ({ ...row, organiser: row.organiserName }));
}

/** The Swedish version when there is one (submissions are written in Swedish), else the first. */
function mainRow(rows: EventRow[]): EventRow | undefined {
  return rows.find((row) => row.locale === 'sv') ?? rows[0];
}

/** The decision mails started inside `withDecisionMails`, for the moderation inbox to report on. */
const decisionMails = new AsyncLocalStorage<Promise<DecisionMailOutcome>[]>();

/**
 * Runs a publish or an update and gives back, with its result, what became of the decision mails
 * it set off (none: the decision mailed nobody). Everywhere else the mails go out in the background.
 */
export async function withDecisionMails<T>(task: () => Promise<T>): Promise<{ result: T; mails: DecisionMailOutcome[] }> {
  const started: Promise<DecisionMailOutcome>[] = [];
  const result = await decisionMails.run(started, task);
  return { result, mails: await Promise.all(started) };
}

function startDecisionMail(strapi: Core.Strapi, mail: Promise<DecisionMailOutcome>): void {
  const outcome = mail.catch((error: unknown): DecisionMailOutcome => {
    strapi.log.error(`[moderation] mail failed: ${String(error)}`);
    return 'failed';
  });
  decisionMails.getStore()?.push(outcome);
}

/**
 * The moderation of partner submissions, wherever it is done (content manager, admin API, the
 * scheduled publisher):
 *  - publishing is approving: a submitted event's first publication sets it `approved` and mails
 *    the submitter; a `rejected` event cannot be published until its status is changed;
 *  - setting the status to `rejected` mails the submitter, with the moderator's note.
 */
export function registerModeration(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== EVENT_UID) return next();
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    // A tip created as rejected (admin) gets its decision date too: the retention counts from it.
    if (context.action === 'create' && params.data?.moderationStatus === 'rejected' && !params.data.moderatedAt) {
      params.data.moderatedAt = new Date().toISOString();
    }
    const documentId = params.documentId;
    if (!documentId) return next();

    if (context.action === 'publish') {
      const rows = await draftRows(strapi, documentId);
      const row = mainRow(rows);
      if (rows.some((candidate) => candidate.moderationStatus === 'rejected')) {
        throw new errors.ValidationError('Evenemanget är avvisat. Ändra granskningsstatus innan du publicerar det.');
      }
      const alreadyPublished = await strapi.db.query(EVENT_UID).count({ where: { documentId, publishedAt: { $notNull: true } } });
      const result = await next();
      if (row && rows.some((candidate) => candidate.moderationStatus === 'pending')) {
        await strapi.db.query(EVENT_UID).updateMany({ where: { documentId }, data: { moderationStatus: 'approved', moderatedAt: new Date().toISOString() } });
      }
      if (row?.submissionKey && alreadyPublished === 0) startDecisionMail(strapi, notifyApproval(strapi, row));
      return result;
    }

    if (context.action === 'update' && params.data?.moderationStatus === 'rejected') {
      const before = mainRow(await draftRows(strapi, documentId));
      const result = await next();
      // The decision's date: the retention clears a rejected tip's contact details N days after it.
      if (before?.moderationStatus !== 'rejected') {
        await strapi.db.query(EVENT_UID).updateMany({ where: { documentId }, data: { moderatedAt: new Date().toISOString() } });
      }
      if (before && before.moderationStatus !== 'rejected') {
        const after = mainRow(await draftRows(strapi, documentId));
        if (after) startDecisionMail(strapi, notifyRejection(strapi, after));
      }
      return result;
    }

    return next();
  });
}
