import { createHash } from 'node:crypto';
import type { Core, Modules } from '@strapi/strapi';
import { eventDataFromSubmission, parseEventSubmission, TIP_CONSENT_VERSION, type EventSubmission, type EventSubmissionErrors } from '@stodportalen/shared';
import { notifyNewSubmission, notifyReceipt } from './notifications';
import { createSubmissionIntake, type IntakeOutcome } from '../submissions/intake';
import { partnerKey } from '../submissions/partner-key';
import { TIP_RATE_LIMITS } from '../submissions/settings';
import { storeOnce } from '../shared-state/claims';

const EVENT_UID = 'api::event.event';
const ORGANISATION_UID = 'api::organisation.organisation';
/** Submissions are written in the CMS's default locale, like every event; communicators translate. */
const SUBMISSION_LOCALE = 'sv';

export type SubmissionOutcome =
  | IntakeOutcome<EventSubmissionErrors>
  | { kind: 'conflict' }
  | { kind: 'created' | 'duplicate'; reference: string };

/**
 * What was submitted, as a hash: a repeat of the same idempotency key is only the same tip when
 * this matches too. The language of the page it was sent from does not count.
 */
function fingerprintOf(submission: EventSubmission): string {
  const { idempotencyKey: _key, locale: _locale, ...content } = submission;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * A partner's event submission becomes a draft event waiting for review, never anything else:
 * the payload's own status or publishedAt are not even read (the schema drops unknown fields).
 */
export function createSubmissionService(strapi: Core.Strapi) {
  const intake = createSubmissionIntake(strapi, 'event-tip', { perClient: TIP_RATE_LIMITS.perClient, perSender: TIP_RATE_LIMITS.perPartner });

  function submit(input: unknown, clientKey: string): Promise<SubmissionOutcome> {
    return intake.handle(input, clientKey, parseEventSubmission, store);
  }

  async function store(submission: EventSubmission, submissionKey: string, clientKey: string): Promise<SubmissionOutcome> {
    const fingerprint = fingerprintOf(submission);

    // The Query Engine, not the Document Service: content-API reads are forced to published
    // versions (bootstrap/document-middlewares.ts), and this looks for a draft.
    const existing: { documentId: string; submissionFingerprint: string | null } | null = await strapi.db
      .query(EVENT_UID)
      .findOne({ where: { submissionKey }, select: ['documentId', 'submissionFingerprint'] });
    if (existing) {
      // The same form sent again with other content (edited after going back): only the first
      // was stored, so the sender must not be told that this one was received.
      if (existing.submissionFingerprint && existing.submissionFingerprint !== fingerprint) return { kind: 'conflict' };
      return { kind: 'duplicate', reference: existing.documentId };
    }

    // The same form sent twice at once, to this instance or another: the claim in the shared
    // database lets one store it; the other waits and answers with the same reference.
    const once = await storeOnce(strapi, { scope: 'event-tip', key: submissionKey, fingerprint }, async (): Promise<{ outcome: SubmissionOutcome; reference: string | null }> => {
      let organiser: { documentId: string; name: string } | null = null;
      if (submission.organiserId) {
        organiser = await strapi.db.query(ORGANISATION_UID).findOne({
          where: { documentId: submission.organiserId, locale: SUBMISSION_LOCALE, publishedAt: { $notNull: true } },
          select: ['documentId', 'name'],
        });
        if (!organiser) return { outcome: { kind: 'invalid', errors: { organiserId: 'organiserId.invalid' } }, reference: null };
      }

      const slot = await intake.takeSlot(clientKey, partnerKey(submission));
      if (!slot.ok) return { outcome: slot.outcome, reference: null };

      const data = eventDataFromSubmission(submission);
      try {
        const created = await strapi.documents(EVENT_UID).create({
          locale: SUBMISSION_LOCALE,
          status: 'draft',
          data: {
            ...data,
            organiser: organiser?.documentId ?? null,
            organiserName: organiser ? null : data.organiserName,
            moderationStatus: 'pending',
            moderatorNote: null,
            submissionKey,
            submissionFingerprint: fingerprint,
            submitterLocale: submission.locale,
            // What the sender agreed to (the consent box is required by the schema) and when.
            consentVersion: TIP_CONSENT_VERSION,
            consentedAt: new Date().toISOString(),
            publishAt: null,
            // Strapi's generated input types have no null for an empty field (the Document Service
            // stores it as null) and require the slug, which registerSlugFill fills from the title.
          } as unknown as Modules.Documents.Params.Data.Input<typeof EVENT_UID>,
        });
        notifyNewSubmission(strapi, {
          documentId: created.documentId,
          locale: SUBMISSION_LOCALE,
          title: data.title,
          startsAt: data.startsAt,
          endsAt: data.endsAt,
          organiser: organiser?.name ?? data.organiserName,
        }).catch((error: unknown) => strapi.log.error(`[submissions] notifying communicators failed: ${String(error)}`));
        notifyReceipt(strapi, {
          reference: created.documentId,
          locale: submission.locale,
          title: data.title,
          startsAt: data.startsAt,
          endsAt: data.endsAt,
          organiser: organiser?.name ?? data.organiserName,
          place: [submission.venueName, submission.venueAddress, submission.venueCity].filter(Boolean).join(', ') || null,
          onlineUrl: data.onlineUrl,
          description: submission.description,
          contactName: submission.contactName,
          contactEmail: submission.contactEmail,
        }).catch((error: unknown) => strapi.log.error(`[submissions] the receipt mail failed: ${String(error)}`));
        return { outcome: { kind: 'created', reference: created.documentId }, reference: created.documentId };
      } catch (error) {
        await slot.release();
        throw error;
      }
    });
    return once.kind === 'ran' ? once.outcome : once;
  }

  return { submit };
}
