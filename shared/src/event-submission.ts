/**
 * A partner's event submission (the form at /kalender/tipsa). One schema for the web form (its
 * field constraints), the web action and the CMS endpoint: the rules live here and nowhere else.
 *
 * The input is what a form sends: strings (and a list of strings for the audiences), in JSON or
 * form data. Errors are stable codes (`title.required`), never sentences: the web turns them into
 * Swedish or English text from its locale files.
 */
import { z } from 'zod';
import { plainTextToBlocks, type Block } from './blocks';
import { formParser, type FormParseResult } from './form-errors';
import { isOneOf } from './one-of';
import { stockholmLocalToUtc } from './stockholm-time';
import { AUDIENCES, EVENT_KINDS, type Audience, type EventKind } from './vocabulary';

export const SUBMISSION_LOCALES = ['sv', 'en'] as const;

/** The field that people leave empty because they never see it; bots fill it in. */
export const HONEYPOT_FIELD = 'website';

/** How far ahead an event may start. */
const MAX_YEARS_AHEAD = 3;

/** Field constraints, for the form's attributes and the schema alike. Lengths count characters after cleaning. */
export const EVENT_SUBMISSION_FIELDS = {
  // What and when
  title: { required: true, maxLength: 200 }, kind: { required: true }, startsAt: { required: true }, endsAt: { required: true },
  // Where
  venueName: { required: false, maxLength: 200 }, venueAddress: { required: false, maxLength: 300 }, venueCity: { required: false, maxLength: 120 }, onlineUrl: { required: false, maxLength: 500 },
  // About it
  description: { required: true, maxLength: 5000 }, audiences: { required: false },
  // Who arranges it
  organiserId: { required: false, maxLength: 64 }, organiserName: { required: false, maxLength: 200 },
  // The sender's contact details
  contactName: { required: true, maxLength: 200 }, contactEmail: { required: true, maxLength: 254 },
  // Registration link and consent
  registrationUrl: { required: false, maxLength: 500 }, consent: { required: true },
} as const;

export type EventSubmissionField = keyof typeof EVENT_SUBMISSION_FIELDS | 'idempotencyKey' | 'locale';

/** The maximum length of a text field (for `maxlength` and error messages); undefined for the others. */
export function eventSubmissionMaxLength(field: string): number | undefined {
  const constraints = Object.entries(EVENT_SUBMISSION_FIELDS).find(([name]) => name === field)?.[1];
  return constraints && 'maxLength' in constraints ? constraints.maxLength : undefined;
}

/** The fields in the order the form shows them (and the error summary lists them). */
export const EVENT_SUBMISSION_FIELD_ORDER = [
  'title',
  'kind',
  'startsAt',
  'endsAt',
  'description',
  'audiences',
  'registrationUrl',
  'venueName',
  'venueAddress',
  'venueCity',
  'onlineUrl',
  'organiserId',
  'organiserName',
  'contactName',
  'contactEmail',
  'consent',
  'idempotencyKey',
  'locale',
] as const satisfies readonly EventSubmissionField[];

/** Every error the schema can give. The web's locale files must have a text for each. */
export const EVENT_SUBMISSION_ERROR_CODES = [
  'form.invalid',
  // The CMS's answer to the same idempotency key with other content (a form sent twice, edited between).
  'form.conflict',
  'title.required', 'title.tooLong', 'title.invalid',
  'kind.required', 'kind.invalid',
  'startsAt.required', 'startsAt.invalid', 'startsAt.past', 'startsAt.tooFar',
  'endsAt.required', 'endsAt.invalid', 'endsAt.beforeStart',
  'venueName.required', 'venueName.tooLong', 'venueName.invalid',
  'venueAddress.tooLong', 'venueAddress.invalid',
  'venueCity.tooLong', 'venueCity.invalid',
  'onlineUrl.invalid', 'onlineUrl.tooLong',
  'description.required', 'description.tooLong', 'description.invalid',
  'audiences.invalid',
  'organiserId.invalid',
  'organiserName.required', 'organiserName.tooLong', 'organiserName.invalid',
  'contactName.required', 'contactName.tooLong', 'contactName.invalid',
  'contactEmail.required', 'contactEmail.invalid', 'contactEmail.tooLong',
  'registrationUrl.invalid', 'registrationUrl.tooLong',
  'consent.required',
  'idempotencyKey.invalid',
  'locale.invalid',
] as const;
export type EventSubmissionErrorCode = (typeof EVENT_SUBMISSION_ERROR_CODES)[number];

export const isEventSubmissionErrorCode = isOneOf(EVENT_SUBMISSION_ERROR_CODES);

// ---------------------------------------------------------------------------------------------
// Cleaning

// Lone UTF-16 surrogates (not valid text; databases and mail refuse them).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Control characters except tab and newline.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Invisible format characters (Unicode category Cf: zero-width space, soft hyphen, bidi marks and
// overrides, word joiner, byte order mark, tag characters …): they hide text from a moderator
// and break search. Only the two joiners are kept, where text needs them: U+200D inside an emoji
// sequence (👩‍💻) and U+200C between letters (Persian and other scripts).
const FORMAT = /[^\P{Cf}\u200C\u200D]/gu;
const STRAY_ZWJ = /(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
const STRAY_ZWNJ = /(?<![\p{L}\p{M}])\u200C|\u200C(?![\p{L}\p{M}])/gu;
const TAG = /<\/?[a-zA-Z!?][^<>]*>?/g;
const COMMENT = /<!--[\s\S]*?(-->|$)/g;

/**
 * Text as a person meant it: no markup (tags and comments are removed, what is left of a broken
 * tag loses its `<`), no control or invisible format characters, Unicode in composed form, single
 * spaces on one line.
 */
export function cleanText(value: string, { multiline = false } = {}): string {
  let text = value.replace(LONE_SURROGATE, '\uFFFD').normalize('NFC').replace(/\r\n?/g, '\n');
  text = text.replace(COMMENT, '').replace(TAG, '');
  // Anything that could still start a tag: "<script" without its ">".
  text = text.replace(/<(?=[a-zA-Z!?/])/g, '');
  text = text.replace(CONTROL, '').replace(FORMAT, '').replace(STRAY_ZWJ, '').replace(STRAY_ZWNJ, '');
  if (multiline) {
    return text
      .split('\n')
      .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Only absolute http(s) addresses with a host; nothing a browser would run. */
export function isHttpUrl(value: string): boolean {
  if (/\s/.test(value) || /[\u0000-\u001F\u007F]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

// A deliberately plain check: one @, something on both sides, a dot in the domain, no spaces.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}

// ---------------------------------------------------------------------------------------------
// Field schemas

type Ctx = z.RefinementCtx;

/** Codes are built from the field name; parseEventSubmission checks them against the list. */
function issue(ctx: Ctx, code: string): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message: code });
  return z.NEVER;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A text field: missing or empty is `<field>.required` when required, another type `<field>.invalid`. */
function textField<F extends keyof typeof EVENT_SUBMISSION_FIELDS>(field: F, options: { multiline?: boolean } = {}) {
  const constraints: { required: boolean; maxLength?: number } = EVENT_SUBMISSION_FIELDS[field];
  const maxLength = constraints.maxLength ?? 1000;
  return z.unknown().optional().transform((value, ctx): string | undefined => {
    if (isBlank(value)) {
      if (constraints.required) return issue(ctx, `${field}.required`);
      return undefined;
    }
    if (typeof value !== 'string') return issue(ctx, `${field}.invalid`);
    // Far too long before cleaning: refuse without spending time on it.
    if (value.length > maxLength * 4 + 1000) return issue(ctx, `${field}.tooLong`);
    const text = cleanText(value, options);
    if (text === '') {
      if (constraints.required) return issue(ctx, `${field}.required`);
      return undefined;
    }
    if ([...text].length > maxLength) return issue(ctx, `${field}.tooLong`);
    return text;
  });
}

function requiredTextField(field: 'title' | 'description' | 'contactName' | 'contactEmail', options: { multiline?: boolean } = {}) {
  return textField(field, options).transform((value, ctx): string => (value === undefined ? issue(ctx, `${field}.required`) : value));
}

function urlField(field: 'onlineUrl' | 'registrationUrl') {
  return textField(field).transform((value, ctx) => {
    if (value === undefined) return undefined;
    if (!isHttpUrl(value)) return issue(ctx, `${field}.invalid`);
    return value;
  });
}

/** A `datetime-local` value in Swedish time → an ISO instant in UTC. */
function dateTimeField(field: 'startsAt' | 'endsAt') {
  return z.unknown().optional().transform((value, ctx): string => {
    if (isBlank(value)) return issue(ctx, `${field}.required`);
    if (typeof value !== 'string' || value.length > 40) return issue(ctx, `${field}.invalid`);
    const instant = stockholmLocalToUtc(value);
    if (!instant) return issue(ctx, `${field}.invalid`);
    return instant;
  });
}

const kindField = z.unknown().optional().transform((value, ctx): EventKind => {
  if (isBlank(value)) return issue(ctx, 'kind.required');
  const kind = EVENT_KINDS.find((candidate) => candidate === value);
  if (!kind) return issue(ctx, 'kind.invalid');
  return kind;
});

/** Checkboxes: absent, one value or several; duplicates are fine, unknown values are not. */
const audiencesField = z.unknown().optional().transform((value, ctx): Audience[] => {
  if (isBlank(value)) return [];
  const values = Array.isArray(value) ? value : [value];
  if (values.length > AUDIENCES.length * 2) return issue(ctx, 'audiences.invalid');
  const audiences: Audience[] = [];
  for (const item of values) {
    const audience = AUDIENCES.find((candidate) => candidate === item);
    if (!audience) return issue(ctx, 'audiences.invalid');
    if (!audiences.includes(audience)) audiences.push(audience);
  }
  return audiences;
});

/** A known organisation's documentId (the CMS checks that it exists). */
const organiserIdField = z.unknown().optional().transform((value, ctx): string | undefined => {
  if (isBlank(value)) return undefined;
  if (typeof value !== 'string' || !/^[a-z0-9]{1,64}$/.test(value.trim())) return issue(ctx, 'organiserId.invalid');
  return value.trim();
});

const emailField = requiredTextField('contactEmail').transform((value, ctx): string => {
  if (!EMAIL.test(value)) return issue(ctx, 'contactEmail.invalid');
  return value;
});

const consentField = z.unknown().optional().transform((value, ctx): true => {
  if (value === true || value === 'yes' || value === 'on' || value === 'true') return true;
  return issue(ctx, 'consent.required');
});

/** A form's idempotency key (a UUID from the page's loader): shared by the tip and the accessibility report forms. */
export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(value);
}

const idempotencyKeyField = z.unknown().optional().transform((value, ctx): string => {
  if (!isIdempotencyKey(value)) return issue(ctx, 'idempotencyKey.invalid');
  return value;
});

const localeField = z.unknown().optional().transform((value, ctx): (typeof SUBMISSION_LOCALES)[number] => {
  if (isBlank(value)) return 'sv';
  const locale = SUBMISSION_LOCALES.find((candidate) => candidate === value);
  if (!locale) return issue(ctx, 'locale.invalid');
  return locale;
});

/** Ignored fields (status, publishedAt, anything else) are dropped by z.object. */
export const EventSubmissionSchema = z
  .object({
    title: requiredTextField('title'),
    kind: kindField,
    startsAt: dateTimeField('startsAt'),
    endsAt: dateTimeField('endsAt'),
    venueName: textField('venueName'),
    venueAddress: textField('venueAddress'),
    venueCity: textField('venueCity'),
    onlineUrl: urlField('onlineUrl'),
    description: requiredTextField('description', { multiline: true }),
    audiences: audiencesField,
    organiserId: organiserIdField,
    organiserName: textField('organiserName'),
    contactName: requiredTextField('contactName'),
    contactEmail: emailField,
    registrationUrl: urlField('registrationUrl'),
    consent: consentField,
    idempotencyKey: idempotencyKeyField,
    locale: localeField,
  }, { error: () => 'form.invalid' })
  .superRefine(
    (value, ctx) => {
      // Runs even when single fields failed, so the person sees every problem at once; each
      // check only looks at fields that parsed.
      const starts = typeof value.startsAt === 'string' ? Date.parse(value.startsAt) : Number.NaN;
      const ends = typeof value.endsAt === 'string' ? Date.parse(value.endsAt) : Number.NaN;
      const now = Date.now();
      if (!Number.isNaN(starts)) {
        if (starts < now - 60_000) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'startsAt.past' });
        else if (starts > now + MAX_YEARS_AHEAD * 366 * 86_400_000) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'startsAt.tooFar' });
      }
      if (!Number.isNaN(starts) && !Number.isNaN(ends) && ends <= starts) {
        ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'endsAt.beforeStart' });
      }
      if (isBlank(value.venueName) && isBlank(value.onlineUrl)) {
        ctx.addIssue({ code: 'custom', path: ['venueName'], message: 'venueName.required' });
      }
      if (isBlank(value.organiserId) && isBlank(value.organiserName)) {
        ctx.addIssue({ code: 'custom', path: ['organiserName'], message: 'organiserName.required' });
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

export type EventSubmission = z.output<typeof EventSubmissionSchema>;

/** The raw values of the form, as the person typed them (to show again after an error). */
export type EventSubmissionValues = Partial<Record<Exclude<EventSubmissionField, 'audiences'>, string>> & { audiences?: string[] };

export type EventSubmissionErrors = Partial<Record<EventSubmissionField | 'form', EventSubmissionErrorCode>>;

export type EventSubmissionResult = FormParseResult<EventSubmission, EventSubmissionErrors>;

/** Parses input; the errors are the first code per field. */
export const parseEventSubmission: (input: unknown) => EventSubmissionResult = formParser(
  EventSubmissionSchema,
  EVENT_SUBMISSION_FIELD_ORDER,
  (message, field): { field: EventSubmissionField | 'form'; code: EventSubmissionErrorCode } => {
    if (isEventSubmissionErrorCode(message)) return { field, code: message };
    // A message that is no code (zod's own): the field's general code, where it has one.
    const fallback = `${field}.invalid`;
    return isEventSubmissionErrorCode(fallback) ? { field, code: fallback } : { field: 'form', code: 'form.invalid' };
  },
  'form.invalid',
);

/** True when the honeypot field holds anything: the sender is a bot, the submission is dropped. */
export function isHoneypotFilled(input: unknown): boolean {
  if (typeof input !== 'object' || input === null || !(HONEYPOT_FIELD in input)) return false;
  const value: unknown = Reflect.get(input, HONEYPOT_FIELD);
  return !isBlank(value);
}

/** What a form posts, as the plain object the schema reads (audiences may repeat). */
export function eventSubmissionInputFromForm(form: { get(name: string): unknown; getAll(name: string): unknown[] }): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of EVENT_SUBMISSION_FIELD_ORDER) {
    if (field === 'audiences') input.audiences = form.getAll('audiences').filter((value) => typeof value === 'string');
    else {
      const value = form.get(field);
      if (typeof value === 'string') input[field] = value;
    }
  }
  const honeypot = form.get(HONEYPOT_FIELD);
  if (typeof honeypot === 'string') input[HONEYPOT_FIELD] = honeypot;
  return input;
}

/** The event's fields (Strapi's shape) for a submission; the CMS adds status, relations and keys. */
export function eventDataFromSubmission(submission: EventSubmission): {
  title: string;
  kind: EventKind;
  startsAt: string;
  endsAt: string;
  venue: { name?: string; address?: string; city?: string } | null;
  onlineUrl: string | null;
  description: Block[];
  audiences: Record<Audience, boolean>;
  organiserName: string | null;
  registrationUrl: string | null;
  submitterName: string;
  submitterEmail: string;
} {
  const venue = submission.venueName || submission.venueAddress || submission.venueCity
    ? { name: submission.venueName, address: submission.venueAddress, city: submission.venueCity }
    : null;
  return {
    title: submission.title,
    kind: submission.kind,
    startsAt: submission.startsAt,
    endsAt: submission.endsAt,
    venue,
    onlineUrl: submission.onlineUrl ?? null,
    description: plainTextToBlocks(submission.description),
    audiences: {
      youngPeople: submission.audiences.includes('youngPeople'),
      adults: submission.audiences.includes('adults'),
      closeOnes: submission.audiences.includes('closeOnes'),
      professionals: submission.audiences.includes('professionals'),
      peopleWhoBuySex: submission.audiences.includes('peopleWhoBuySex'),
    },
    organiserName: submission.organiserName ?? null,
    registrationUrl: submission.registrationUrl ?? null,
    submitterName: submission.contactName,
    submitterEmail: submission.contactEmail,
  };
}
