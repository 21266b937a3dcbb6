import { redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { randomUUID } from 'node:crypto';
import { accessibilityReportInputFromForm, isHoneypotFilled, isIdempotencyKey, parseAccessibilityReport } from '@stodportalen/shared';
import { AccessibilityStatement, REPORT_FORM_ID } from '../components/accessibility-statement';
import { CmsPage } from '../components/cms-page';
import { fixedPageMeta } from '../components/fixed-cms-page';
import type { ReportFormState } from '../models/accessibility';
import { getAccessibilityStatement, reportValues, sendAccessibilityReport } from '../models/accessibility.server';
import { clientKey, submissionsOpen } from '../models/event-submission.server';
import { loadFixedPage } from '../models/page.server';
import { formAnswers, sendOrUnavailable, withRetryAfter } from '../utils/form-action.server';
import { requireLocale, withCms } from '../utils/http.server';
import { localePath, useI18n } from '../utils/i18n';

/** The receipt: `?skickad=1` (an answer can come) or `?skickad=utan-svar` (no e-mail was given). */
const SENT_PARAM = 'skickad';

/**
 * /tillganglighet: the CMS page "tillganglighet" (its introduction) and the statement's details
 * (single type accessibility-statement), with the feedback form the DOS law requires.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const [{ view }, statement] = await Promise.all([loadFixedPage(params, 'legal', 'tillganglighet'), withCms(() => getAccessibilityStatement(locale))]);
  const sent = new URL(request.url).searchParams.get(SENT_PARAM);
  return {
    view,
    statement,
    formOpen: submissionsOpen(),
    sent: sent === '1' ? ('reply' as const) : sent === 'utan-svar' ? ('noReply' as const) : null,
    // One key per form shown: the same form sent twice stores one report.
    idempotencyKey: randomUUID(),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const input = { ...accessibilityReportInputFromForm(await request.formData()), locale };
  const values = reportValues(input);
  const answer = formAnswers<ReportFormState>(values);
  const receipt = (reply: boolean) => `${localePath(locale, '/tillganglighet')}?${SENT_PARAM}=${reply ? '1' : 'utan-svar'}#${REPORT_FORM_ID}`;
  if (isHoneypotFilled(input)) return redirect(receipt(false), 303);
  if (!submissionsOpen()) return answer.closed();
  const parsed = parseAccessibilityReport(input);
  if (!parsed.success) return answer.invalid(parsed.errors);
  return sendOrUnavailable(async () => {
    const outcome = await sendAccessibilityReport(input, clientKey(context.clientAddress));
    if (outcome.kind === 'accepted') return redirect(receipt(parsed.data.email !== undefined), 303);
    if (outcome.kind === 'rateLimited') return answer.rateLimited(outcome.retryAfter);
    return answer.invalid(outcome.errors);
  }, answer.unavailable);
}

/** An answer to the form holds what the person typed: never stored by a cache. */
export const headers: HeadersFunction = ({ actionHeaders, loaderHeaders }) => {
  const headers = new Headers(loaderHeaders);
  if (actionHeaders.has('Retry-After') || actionHeaders.has('Content-Type')) headers.set('Cache-Control', 'no-store, private');
  return withRetryAfter(headers, actionHeaders);
};

export const meta = fixedPageMeta;

export default function AccessibilityStatementPage() {
  const { view, statement, formOpen, sent, idempotencyKey } = useLoaderData<typeof loader>();
  const submitted = useActionData<typeof action>();
  const { locale, t } = useI18n();
  const state: ReportFormState = submitted ?? { values: {}, errors: {}, problem: null };
  // After an error the form keeps its key, so that sending it again still counts as the same form.
  const key = isIdempotencyKey(state.values.idempotencyKey) ? state.values.idempotencyKey : idempotencyKey;
  const form: ReportFormState = { ...state, values: { ...state.values, idempotencyKey: key } };
  return (
    <CmsPage
      view={view}
      blocks={view.page.body}
      showUpdated
      after={<AccessibilityStatement locale={locale} t={t.accessibility} statement={statement} form={form} formOpen={formOpen} sent={sent} />}
    />
  );
}
