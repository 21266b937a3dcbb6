/**
 * A report of an accessibility problem (the feedback form on /tillganglighet, required by the DOS
 * law and DIGG's model statement). One schema for the form's constraints, the web action and the
 * CMS endpoint. Errors are stable codes; the web turns them into text from its locale files.
 *
 * Privacy: the e-mail address is optional (a reply needs one, a report does not), and the page
 * address is only what the person chooses to give.
 */
import { z } from 'zod';
import { formParser, type FormParseResult } from './form-errors';
import { isOneOf } from './one-of';
import { cleanText, HONEYPOT_FIELD, isEmailAddress, isHttpUrl, isIdempotencyKey, SUBMISSION_LOCALES } from './event-submission';

export const ACCESSIBILITY_REPORT_FIELDS = {
  description: { required: true, maxLength: 5000 },
  pageUrl: { required: false, maxLength: 500 },
  email: { required: false, maxLength: 254 },
} as const;

/** The form's fields in the order it shows them (and the error summary lists them). */
export const ACCESSIBILITY_REPORT_FIELD_ORDER = ['description', 'pageUrl', 'email', 'locale'] as const;
export type AccessibilityReportField = (typeof ACCESSIBILITY_REPORT_FIELD_ORDER)[number];

/** The hidden field against double submits: the same key (from the same client) stores one report. */
export const ACCESSIBILITY_REPORT_KEY_FIELD = 'idempotencyKey';

export const ACCESSIBILITY_REPORT_ERROR_CODES = [
  'form.invalid',
  'description.required', 'description.tooLong', 'description.invalid',
  'pageUrl.invalid', 'pageUrl.tooLong',
  'email.invalid', 'email.tooLong',
  'locale.invalid',
] as const;
export type AccessibilityReportErrorCode = (typeof ACCESSIBILITY_REPORT_ERROR_CODES)[number];

export const isAccessibilityReportErrorCode = isOneOf(ACCESSIBILITY_REPORT_ERROR_CODES);

function issue(ctx: z.RefinementCtx, code: AccessibilityReportErrorCode): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message: code });
  return z.NEVER;
}

function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function text(field: keyof typeof ACCESSIBILITY_REPORT_FIELDS, multiline = false) {
  const { maxLength } = ACCESSIBILITY_REPORT_FIELDS[field];
  return z.unknown().optional().transform((value, ctx): string | undefined => {
    if (blank(value)) return undefined;
    if (typeof value !== 'string') return issue(ctx, `${field}.invalid`);
    if (value.length > maxLength * 4 + 1000) return issue(ctx, `${field}.tooLong`);
    const cleaned = cleanText(value, { multiline });
    if (cleaned === '') return undefined;
    if ([...cleaned].length > maxLength) return issue(ctx, `${field}.tooLong`);
    return cleaned;
  });
}

export const AccessibilityReportSchema = z.object(
  {
    description: text('description', true).transform((value, ctx): string => value ?? issue(ctx, 'description.required')),
    // A full address, or the page's path on this site ("/kalender").
    pageUrl: text('pageUrl').transform((value, ctx) => {
      if (value === undefined) return undefined;
      if (!isHttpUrl(value) && !/^\/[^\s]*$/.test(value)) return issue(ctx, 'pageUrl.invalid');
      return value;
    }),
    email: text('email').transform((value, ctx) => {
      if (value === undefined) return undefined;
      if (!isEmailAddress(value)) return issue(ctx, 'email.invalid');
      return value;
    }),
    locale: z.unknown().optional().transform((value, ctx): (typeof SUBMISSION_LOCALES)[number] => {
      if (blank(value)) return 'sv';
      return SUBMISSION_LOCALES.find((candidate) => candidate === value) ?? issue(ctx, 'locale.invalid');
    }),
    // Not a field the person sees: a missing or broken key is an unreadable form (a fresh page has a new one).
    idempotencyKey: z.unknown().optional().transform((value, ctx): string => (isIdempotencyKey(value) ? value : issue(ctx, 'form.invalid'))),
  },
  { error: () => 'form.invalid' },
);

export type AccessibilityReport = z.output<typeof AccessibilityReportSchema>;
export type AccessibilityReportValues = Partial<Record<AccessibilityReportField | typeof ACCESSIBILITY_REPORT_KEY_FIELD, string>>;
export type AccessibilityReportErrors = Partial<Record<AccessibilityReportField | 'form', AccessibilityReportErrorCode>>;
export type AccessibilityReportResult = FormParseResult<AccessibilityReport, AccessibilityReportErrors>;

/** Parses input; the errors are the first code per field. */
export const parseAccessibilityReport: (input: unknown) => AccessibilityReportResult = formParser(
  AccessibilityReportSchema,
  ACCESSIBILITY_REPORT_FIELD_ORDER,
  (message, field) => ({ field, code: isAccessibilityReportErrorCode(message) ? message : 'form.invalid' }),
  'form.invalid',
);

/** What the form posts, as the plain object the schema reads (the honeypot included, for the CMS to drop). */
export function accessibilityReportInputFromForm(form: { get(name: string): unknown }): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of [...ACCESSIBILITY_REPORT_FIELD_ORDER, ACCESSIBILITY_REPORT_KEY_FIELD, HONEYPOT_FIELD]) {
    const value = form.get(field);
    if (typeof value === 'string') input[field] = value;
  }
  return input;
}

/**
 * What a report stores, field by field, as the privacy notice (/integritet) lists it. Every
 * attribute of the accessibility-report schema must be here: cms/src/submissions/accessibility-report-data.test.ts
 * derives the set from the schema, so a new stored field without a notice entry fails.
 */
export const STORED_ACCESSIBILITY_REPORT_FIELDS = {
  // The report itself: what the accessibility contact needs to fix the problem.
  description: 'report', pageUrl: 'report',
  // The reporter: only for an answer.
  email: 'contact', reporterLocale: 'contact',
  // Technical: whether the mail went out, and against double submissions.
  mailSent: 'technical', submissionKey: 'technical',
} as const;

export type StoredAccessibilityReportField = keyof typeof STORED_ACCESSIBILITY_REPORT_FIELDS;
export type StoredAccessibilityReportCategory = (typeof STORED_ACCESSIBILITY_REPORT_FIELDS)[StoredAccessibilityReportField];

/**
 * What the retention (cms/src/moderation/retention.ts) removes or trims when a report is older
 * than ACCESSIBILITY_REPORT_RETENTION_DAYS: the e-mail address, and of the page address whatever
 * could identify the reporter (a query string or fragment may hold search words or a personal
 * link; an address on another site may be their own page). A path on this site stays.
 */
export const CLEARED_ACCESSIBILITY_REPORT_FIELDS = ['email', 'pageUrl'] as const satisfies readonly StoredAccessibilityReportField[];

/** The page address with nothing that could identify the reporter: a path on this site without query or fragment, else null. */
export function anonymousPageUrl(pageUrl: string | null): string | null {
  if (pageUrl === null) return null;
  if (!pageUrl.startsWith('/') || pageUrl.startsWith('//')) return null;
  const path = pageUrl.replace(/[?#].*$/s, '');
  return path === '' ? null : path;
}
