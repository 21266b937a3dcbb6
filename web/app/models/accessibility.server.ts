// The accessibility statement's details (GraphQL, read-only token) and the feedback form's reports
// (REST, the submission token, `POST /api/accessibility-reports`). Both on the server only.
import {
  ACCESSIBILITY_REPORT_FIELD_ORDER,
  ACCESSIBILITY_REPORT_FIELDS,
  ACCESSIBILITY_REPORT_KEY_FIELD,
  isAccessibilityReportErrorCode,
  type AccessibilityReportErrors,
  type AccessibilityReportValues,
} from '@stodportalen/shared';
import { GetAccessibilityStatementDocument, type AccessibilityStatementFieldsFragment } from '@stodportalen/shared/graphql';
import { z } from 'zod';
import { CmsError } from '../utils/cms-error';
import { cmsRequest } from '../utils/cms.server';
import type { Locale } from '../utils/i18n';
import type { AccessibilityGap, AccessibilityStatementView, Compliance } from './accessibility';
import { postToSubmissionRoute, retryAfterOf } from './event-submission.server';
import { optionalText } from './cms-text';

const OPERATION = 'SubmitAccessibilityReport';

function gaps(list: AccessibilityStatementFieldsFragment['shortcomings'] | undefined): AccessibilityGap[] {
  return (list ?? []).flatMap((gap) => {
    const content = optionalText(gap?.content);
    return content ? [{ content, criterion: optionalText(gap?.criterion), reason: optionalText(gap?.reason) }] : [];
  });
}

function compliance(value: string | null | undefined): Compliance | null {
  return value === 'full' || value === 'partial' || value === 'none' ? value : null;
}

/**
 * The published statement in `locale`; each localized field falls back to the Swedish version
 * while the translation lacks it. An empty statement (nothing published) is all nulls. Throws CmsError.
 */
export async function getAccessibilityStatement(locale: Locale): Promise<AccessibilityStatementView> {
  const data = await cmsRequest(GetAccessibilityStatementDocument, { locale });
  const own = data.statement;
  const sv = data.swedish;
  const pick = <T>(read: (statement: AccessibilityStatementFieldsFragment) => T | null): T | null =>
    (own ? read(own) : null) ?? (sv ? read(sv) : null);
  const ownShortcomings = gaps(own?.shortcomings);
  const ownOutside = gaps(own?.outsideScope);
  return {
    compliance: pick((s) => compliance(s.compliance)),
    contactEmail: pick((s) => optionalText(s.contactEmail)),
    responseTime: pick((s) => optionalText(s.responseTime)),
    assessmentMethod: pick((s) => optionalText(s.assessmentMethod)),
    assessedOn: pick((s) => optionalText(s.assessedOn)),
    shortcomings: ownShortcomings.length > 0 ? ownShortcomings : gaps(sv?.shortcomings),
    outsideScope: ownOutside.length > 0 ? ownOutside : gaps(sv?.outsideScope),
  };
}

/** What the person typed, each field cut to its maximum, to show again after an error. */
export function reportValues(input: Record<string, unknown>): AccessibilityReportValues {
  const values: AccessibilityReportValues = {};
  for (const field of ACCESSIBILITY_REPORT_FIELD_ORDER) {
    const value = input[field];
    const max = field === 'locale' ? 10 : ACCESSIBILITY_REPORT_FIELDS[field].maxLength;
    if (typeof value === 'string') values[field] = value.slice(0, max);
  }
  const key = input[ACCESSIBILITY_REPORT_KEY_FIELD];
  if (typeof key === 'string') values.idempotencyKey = key.slice(0, 64);
  return values;
}

export type ReportOutcome = { kind: 'accepted' } | { kind: 'invalid'; errors: AccessibilityReportErrors } | { kind: 'rateLimited'; retryAfter: string | undefined };

const invalidSchema = z.object({ error: z.object({ details: z.object({ errors: z.record(z.string(), z.string()) }) }) });

/** Posts a report; network failures and unexpected answers throw a CmsError. */
export async function sendAccessibilityReport(input: Record<string, unknown>, key: string): Promise<ReportOutcome> {
  const response = await postToSubmissionRoute(OPERATION, '/api/accessibility-reports', input, key);
  const { payload } = response;
  if (response.status === 201 || response.status === 202) return { kind: 'accepted' };
  if (response.status === 429) return { kind: 'rateLimited', retryAfter: retryAfterOf(response.headers.get('Retry-After')) };
  const invalid = response.status === 400 ? invalidSchema.safeParse(payload) : null;
  if (invalid?.success) {
    const errors: AccessibilityReportErrors = {};
    for (const [field, code] of Object.entries(invalid.data.error.details.errors)) {
      const key = field === 'form' ? 'form' : ACCESSIBILITY_REPORT_FIELD_ORDER.find((candidate) => candidate === field);
      if (key && isAccessibilityReportErrorCode(code)) errors[key] = code;
    }
    return { kind: 'invalid', errors: Object.keys(errors).length > 0 ? errors : { form: 'form.invalid' } };
  }
  throw new CmsError(OPERATION, payload, `HTTP ${response.status}`);
}
