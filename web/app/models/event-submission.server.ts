// Partners' event tips: the organisations to choose from (GraphQL, read-only token) and sending a
// tip to the CMS's submission route (REST, the submission-only token). Both on the server only.
import { createHmac, randomBytes } from 'node:crypto';
import {
  EVENT_SUBMISSION_FIELD_ORDER,
  eventSubmissionMaxLength,
  HONEYPOT_FIELD,
  isEventSubmissionErrorCode,
  SHARED_HEADERS,
  type EventSubmission,
  type EventSubmissionErrors,
  type EventSubmissionValues,
} from '@stodportalen/shared';
import { ListSubmissionOrganisationsDocument } from '@stodportalen/shared/graphql';
import { z } from 'zod';
import { CmsError, cmsFetch, cmsRequest, postToCms, type CmsAnswer } from '../utils/cms.server';
import { getEnv } from '../utils/env.server';
import { DEFAULT_LOCALE, type Locale } from '../utils/i18n';
import { isCmsError } from '../utils/cms-error';
import type { OrganisationOption, TipReceiptSummary, TipReceiptView } from './event-submission';
import { getPrivacyNotice } from './privacy-notice.server';

const OPERATION = 'SubmitEvent';

/** The published organisations, named in the page's language where a translation exists. */
export async function listSubmissionOrganisations(locale: Locale): Promise<OrganisationOption[]> {
  const translate = locale !== DEFAULT_LOCALE;
  const data = await cmsRequest(ListSubmissionOrganisationsDocument, { baseLocale: DEFAULT_LOCALE, locale, translate });
  const base = data.organisations.flatMap((org) => (org?.documentId && org.name ? [{ documentId: org.documentId, name: org.name }] : []));
  if (!translate) return base;
  const names = new Map((data.translations ?? []).flatMap((org) => (org?.documentId && org.name ? [[org.documentId, org.name] as const] : [])));
  return base.map((org) => ({ ...org, name: names.get(org.documentId) ?? org.name })).sort((a, b) => a.name.localeCompare(b.name, locale));
}

let processSecret: string | undefined;

/**
 * The client key the CMS rate-limits tips by: an HMAC-SHA256 of the visitor's address with a
 * server secret. The address itself never leaves the web, and the key cannot be turned back
 * into it without the secret.
 */
export function clientKey(address: string): string {
  const secret = (processSecret ??= getEnv().CLIENT_KEY_SECRET ?? randomBytes(32).toString('hex'));
  return createHmac('sha256', secret).update(address).digest('hex');
}

/**
 * Whether the CMS really sends mails about tips (SMTP configured), asked with the submission token
 * (`GET /api/event-submissions/status`). Anything but a clear yes is a no: the form then promises
 * no mail. A network failure throws a CmsError.
 */
export async function submissionMailEnabled(): Promise<boolean> {
  const { status, payload } = await cmsFetch({ operation: 'SubmissionStatus', path: '/api/event-submissions/status', credential: 'submission' });
  return status === 200 && z.object({ data: z.object({ mail: z.literal(true) }) }).safeParse(payload).success;
}

export function submissionsOpen(): boolean {
  return getEnv().CMS_SUBMISSION_TOKEN !== undefined;
}

/** Fields without a maximum length of their own (a choice, a date, the key) are shown up to this. */
const SHORT_FIELD_ECHO_LENGTH = 100;

/**
 * The form's values as the person typed them (everything but the honeypot), to show again: each at
 * most its field's maximum length, so an answer is never larger than a full form.
 */
export function formValues(input: Record<string, unknown>): EventSubmissionValues {
  const values: EventSubmissionValues = {};
  for (const field of EVENT_SUBMISSION_FIELD_ORDER) {
    const value = input[field];
    const max = eventSubmissionMaxLength(field) ?? SHORT_FIELD_ECHO_LENGTH;
    if (field === 'audiences') {
      values.audiences = Array.isArray(value)
        ? value.filter((item): item is string => typeof item === 'string').slice(0, 20).map((item) => item.slice(0, SHORT_FIELD_ECHO_LENGTH))
        : [];
    } else if (typeof value === 'string') values[field] = value.slice(0, max);
  }
  return values;
}

/**
 * The CMS's Retry-After, when it is one (seconds, or an HTTP date), to pass on to the visitor.
 */
export function retryAfterOf(value: string | null): string | undefined {
  const trimmed = value?.trim() ?? '';
  if (/^\d{1,7}$/.test(trimmed)) return trimmed;
  if (trimmed.length <= 40 && /^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(trimmed) && !Number.isNaN(Date.parse(trimmed))) {
    return trimmed;
  }
  return undefined;
}

const createdSchema = z.object({ data: z.object({ reference: z.string(), status: z.literal('pending'), mail: z.boolean().optional() }) });
const invalidSchema = z.object({ error: z.object({ details: z.object({ errors: z.record(z.string(), z.string()) }) }) });

export type SendOutcome =
  /** mail: whether the CMS really sends mails about the tip (false: no SMTP configured). */
  | { kind: 'accepted'; mail: boolean; reference: string | null }
  | { kind: 'invalid'; errors: EventSubmissionErrors }
  | { kind: 'rateLimited'; retryAfter: string | undefined }
  /** The form's idempotency key was already used for other content: only the first tip was kept. */
  | { kind: 'conflict'; errors: EventSubmissionErrors };

function errorsFromCms(raw: Record<string, string>): EventSubmissionErrors {
  const errors: EventSubmissionErrors = {};
  for (const [field, code] of Object.entries(raw)) {
    const key = field === 'form' ? 'form' : EVENT_SUBMISSION_FIELD_ORDER.find((candidate) => candidate === field);
    if (key && isEventSubmissionErrorCode(code)) errors[key] = code;
  }
  if (Object.keys(errors).length === 0) errors.form = 'form.invalid';
  return errors;
}

/**
 * POSTs a form's raw values (without the honeypot) to a submission route of the CMS through the
 * gateway (submission-only token, hashed client key). Network failures and timeouts throw a
 * CmsError; the answer, whatever its status, is the caller's to read.
 */
export function postToSubmissionRoute(operation: string, route: string, input: Record<string, unknown>, key: string): Promise<CmsAnswer> {
  const { [HONEYPOT_FIELD]: _honeypot, ...body } = input;
  return postToCms(operation, route, body, { headers: { [SHARED_HEADERS.clientKey]: key } });
}

/**
 * Posts a tip (the form's raw values; the CMS parses them with the same schema) to
 * `POST /api/event-submissions`. Network failures, timeouts and unexpected answers throw a
 * CmsError; the CMS's own answers (accepted, invalid, too many, conflict) are outcomes.
 */
export async function sendEventSubmission(input: Record<string, unknown>, key: string): Promise<SendOutcome> {
  const response = await postToSubmissionRoute(OPERATION, '/api/event-submissions', input, key);
  const { payload } = response;
  if (response.status === 200 || response.status === 201) {
    const created = createdSchema.safeParse(payload);
    if (!created.success) throw new CmsError(OPERATION, payload, `HTTP ${response.status} without a reference`);
    return { kind: 'accepted', mail: created.data.data.mail !== false, reference: created.data.data.reference };
  }
  // The CMS saw a bot and dropped the tip: there is no reference.
  if (response.status === 202) return { kind: 'accepted', mail: true, reference: null };
  if (response.status === 429) return { kind: 'rateLimited', retryAfter: retryAfterOf(response.headers.get('Retry-After')) };
  if (response.status === 400) {
    const parsed = invalidSchema.safeParse(payload);
    if (parsed.success) return { kind: 'invalid', errors: errorsFromCms(parsed.data.error.details.errors) };
  }
  if (response.status === 409) {
    const parsed = invalidSchema.safeParse(payload);
    return { kind: 'conflict', errors: parsed.success ? errorsFromCms(parsed.data.error.details.errors) : { form: 'form.conflict' } };
  }
  throw new CmsError(OPERATION, payload, `HTTP ${response.status}`);
}

/**
 * The receipt's summary of a tip the CMS accepted: what the partner typed (or chose) and the CMS's
 * reference. A chosen organisation is named from the form's list; when the list cannot be read the
 * organiser is left out rather than shown as an id.
 */
export function tipReceiptSummary(
  submission: Pick<EventSubmission, 'title' | 'startsAt' | 'endsAt' | 'venueName' | 'venueAddress' | 'venueCity' | 'onlineUrl' | 'organiserId' | 'organiserName' | 'contactEmail'>,
  reference: string,
  organisations: OrganisationOption[],
): TipReceiptSummary {
  const chosen = submission.organiserId ? (organisations.find((org) => org.documentId === submission.organiserId)?.name ?? null) : null;
  const place = [submission.venueName, submission.venueAddress, submission.venueCity].filter((part) => part).join(', ');
  return {
    reference,
    title: submission.title,
    startsAt: submission.startsAt,
    endsAt: submission.endsAt,
    place: place === '' ? null : place,
    onlineUrl: submission.onlineUrl || null,
    organiser: submission.organiserId ? chosen : submission.organiserName || null,
    contactEmail: submission.contactEmail,
  };
}

/**
 * The receipt's facts besides the tip: how long the CMS keeps the contact details and, when editors
 * have published one, whom to ask for early deletion (the receipt stands without it).
 */
export async function tipReceiptView(locale: Locale, summary: TipReceiptSummary | null, mail: boolean): Promise<TipReceiptView> {
  const env = getEnv();
  const requestContact = await getPrivacyNotice(locale).then(
    (notice) => notice.requestContact,
    (error: unknown) => {
      if (!isCmsError(error)) throw error;
      return null;
    },
  );
  return { summary, mail, retentionDays: env.SUBMISSION_RETENTION_DAYS, rejectedRetentionDays: env.REJECTED_TIP_RETENTION_DAYS, requestContact };
}
