import { randomUUID } from 'node:crypto';
import { json, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { eventSubmissionInputFromForm, isHoneypotFilled, parseEventSubmission, type EventSubmission } from '@stodportalen/shared';
import { EventSubmissionForm } from '../components/event-submission-form';
import { TipReceipt } from '../components/tip-receipt';
import type { OrganisationOption, SubmissionFormState } from '../models/event-submission';
import {
  clientKey,
  formValues,
  listSubmissionOrganisations,
  sendEventSubmission,
  submissionMailEnabled,
  submissionsOpen,
  tipReceiptSummary,
  tipReceiptView,
} from '../models/event-submission.server';
import { isCmsError } from '../utils/cms-error';
import { formAnswers, sendOrUnavailable, withRetryAfter } from '../utils/form-action.server';
import { getEnv } from '../utils/env.server';
import { logCmsError, requireLocale } from '../utils/http.server';
import { getDictionary, getLocale, localePath, useI18n, type Locale } from '../utils/i18n';
import { pageMeta } from '../utils/meta';
import { PageIntro } from '../components/page-layout';

// A static segment: /kalender/tipsa wins over /kalender/:slug.

export async function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const open = submissionsOpen();
  let organisations: OrganisationOption[] = [];
  let organisationsUnavailable = false;
  // The form promises a mail only when the CMS says it sends them (SMTP configured).
  let mail = false;
  if (open) {
    try {
      organisations = await listSubmissionOrganisations(locale);
    } catch (error) {
      // The form still works with a typed organisation name; the tip itself says if the CMS is down.
      if (!isCmsError(error)) throw error;
      logCmsError(error);
      organisationsUnavailable = true;
    }
    try {
      mail = await submissionMailEnabled();
    } catch (error) {
      if (!isCmsError(error)) throw error;
      logCmsError(error);
    }
  }
  return {
    open,
    organisations,
    organisationsUnavailable,
    mail,
    // One key per form shown: a double submit of the same form creates one draft.
    idempotencyKey: randomUUID(),
    retentionDays: getEnv().SUBMISSION_RETENTION_DAYS,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const input = { ...eventSubmissionInputFromForm(await request.formData()), locale };
  const values = formValues(input);
  const answer = formAnswers<SubmissionFormState>(values);
  const receipt = localePath(locale, '/kalender/tipsa/tack');
  // A bot: it gets the receipt without a tip, nothing is sent on.
  if (isHoneypotFilled(input)) return redirect(receipt, 303);
  if (!submissionsOpen()) return answer.closed();

  const parsed = parseEventSubmission(input);
  if (!parsed.success) return answer.invalid(parsed.errors);
  return sendOrUnavailable(async () => {
    const outcome = await sendEventSubmission(input, clientKey(context.clientAddress));
    if (outcome.kind === 'accepted') {
      // The CMS dropped it as a bot's: no reference to show.
      if (outcome.reference === null) return redirect(receipt, 303);
      return receiptAnswer(locale, parsed.data, outcome.reference, outcome.mail);
    }
    if (outcome.kind === 'rateLimited') return answer.rateLimited(outcome.retryAfter);
    // Conflict: the same form was sent before with other text. Everything typed stays, and the
    // form gets a new key (below), so sending again makes this text a tip of its own.
    return answer.invalid(outcome.errors, outcome.kind === 'conflict' ? 409 : 400);
  }, answer.unavailable);
}

/**
 * The receipt, answered to the POST itself (200): the reference and what was sent never go into an
 * address, a log line, a cookie or a cache (`no-store`, below). Sending the same form again is
 * deduplicated by its idempotency key in the CMS, which gives the same reference back.
 */
async function receiptAnswer(locale: Locale, submission: EventSubmission, reference: string, mail: boolean) {
  let organisations: OrganisationOption[] = [];
  if (submission.organiserId) {
    try {
      organisations = await listSubmissionOrganisations(locale);
    } catch (error) {
      // The tip is in; the receipt leaves out the organiser's name rather than fail.
      if (!isCmsError(error)) throw error;
      logCmsError(error);
    }
  }
  const view = await tipReceiptView(locale, tipReceiptSummary(submission, reference, organisations), mail);
  return json({ receipt: view }, { headers: { 'Cache-Control': 'no-store, private' } });
}

/**
 * Never stored by any cache: each form carries its own idempotency key (and an answer holds what
 * the person typed).
 */
export const headers: HeadersFunction = ({ actionHeaders, errorHeaders }) => {
  return withRetryAfter(new Headers({ 'Cache-Control': 'no-store, private' }), actionHeaders, errorHeaders);
};

export const meta: MetaFunction<typeof loader> = ({ location, matches }) => {
  const t = getDictionary(getLocale(location.pathname)).tip.form;
  return pageMeta({ title: t.metaTitle, description: t.metaDescription, location, matches });
};

export default function EventTipPage() {
  const { open, organisations, organisationsUnavailable, mail, idempotencyKey, retentionDays } = useLoaderData<typeof loader>();
  const answered = useActionData<typeof action>();
  const { locale, t } = useI18n();
  if (answered && 'receipt' in answered) return <TipReceipt {...answered.receipt} />;
  const f = t.tip.form;
  const state: SubmissionFormState = answered ?? { values: {}, errors: {}, problem: null };
  // After an error the same key goes round again, unless it was the key that was wrong or already
  // used for other content.
  const keyUsable = !state.errors.idempotencyKey && state.errors.form !== 'form.conflict';
  const key = state.values.idempotencyKey && keyUsable ? state.values.idempotencyKey : idempotencyKey;

  return (
    <div className="space-y-8">
      <PageIntro heading={f.heading} lead={open ? f.lead : null}>
        {open ? <p>{mail ? f.review : f.reviewNoMail}</p> : null}
      </PageIntro>
      {open ? (
        <EventSubmissionForm
          locale={locale}
          t={f}
          kinds={t.calendar.kinds}
          audiences={t.calendar.audiences}
          organisations={organisations}
          organisationsUnavailable={organisationsUnavailable}
          state={{ ...state, values: { ...state.values, idempotencyKey: key } }}
          retentionDays={retentionDays}
          mail={mail}
        />
      ) : (
        <div className="space-y-4">
          <h2 className="text-2xl font-bold text-slate-900">{f.closedHeading}</h2>
          <p>{f.closedText}</p>
          <p>
            <a href={localePath(locale, '/kalender')} className="link">
              {f.calendarLink}
            </a>
          </p>
        </div>
      )}
    </div>
  );
}
