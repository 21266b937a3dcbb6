// The accessibility statement in the order of DIGG's model statement: compliance, what to do and
// whom to contact (with the feedback form), enforcement, then the technical part: non-accessible
// content, content outside the law, how the site was tested. Works without JavaScript.
import { ACCESSIBILITY_REPORT_FIELD_ORDER,
  ACCESSIBILITY_REPORT_KEY_FIELD, ACCESSIBILITY_REPORT_FIELDS, HONEYPOT_FIELD, type AccessibilityReportField } from '@stodportalen/shared';
import type { AccessibilityGap, AccessibilityStatementView, ReportFormState } from '../models/accessibility';
import { formatDate, localePath, type Dictionary, type Locale } from '../utils/i18n';
import { ErrorSummary, FormProblem, Honeypot, TextArea, TextField, type SummaryItem } from './form-fields';

type Texts = Dictionary['tillganglighet'];

export const REPORT_FORM_ID = 'rapportera';

function Section({ id, heading, children }: { id?: string; heading: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id ?? heading}-heading`} id={id} className="space-y-4">
      <h2 id={`${id ?? heading}-heading`} className="text-2xl font-bold text-slate-900">
        {heading}
      </h2>
      {children}
    </section>
  );
}

function GapList({ gaps, empty, t }: { gaps: AccessibilityGap[]; empty: string; t: Texts }) {
  if (gaps.length === 0) return <p>{empty}</p>;
  return (
    <ul className="list-disc space-y-3 ps-6">
      {gaps.map((gap) => (
        <li key={gap.content}>
          <p>{gap.content}</p>
          {gap.criterion ? (
            <p>
              <span className="font-bold">{t.criterion}</span> {gap.criterion}
            </p>
          ) : null}
          {gap.reason ? (
            <p>
              <span className="font-bold">{t.reason}</span> {gap.reason}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function ReportForm({ locale, t, state, open }: { locale: Locale; t: Texts; state: ReportFormState; open: boolean }) {
  if (!open) return <p>{t.closed}</p>;
  const { values, errors, problem } = state;
  const message = (field: AccessibilityReportField) => {
    const code = errors[field];
    return code ? t.errors[code] : undefined;
  };
  const summary: SummaryItem[] = [
    ...(errors.form ? [{ text: t.errors[errors.form], href: null }] : []),
    ...ACCESSIBILITY_REPORT_FIELD_ORDER.flatMap((field) => {
      const text = message(field);
      if (!text) return [];
      return [{ text, href: field === 'locale' ? null : `#${field}` }];
    }),
  ];
  return (
    <div className="space-y-6">
      {summary.length > 0 ? <ErrorSummary title={t.errorSummaryTitle} items={summary} /> : null}
      {problem ? <FormProblem focus={summary.length === 0}>{problem === 'rateLimited' ? t.rateLimited : t.unavailable}</FormProblem> : null}
      <form method="post" action={`${localePath(locale, '/tillganglighet')}#${REPORT_FORM_ID}`} noValidate className="space-y-6">
        <TextArea
          id="description"
          label={t.fields.description.label}
          hint={t.fields.description.hint}
          error={message('description')}
          errorPrefix={t.errorPrefix}
          value={values.description}
          maxLength={ACCESSIBILITY_REPORT_FIELDS.description.maxLength}
          required
        />
        <TextField
          id="pageUrl"
          label={t.fields.pageUrl.label}
          optionalLabel={t.optional}
          hint={t.fields.pageUrl.hint}
          error={message('pageUrl')}
          errorPrefix={t.errorPrefix}
          value={values.pageUrl}
          maxLength={ACCESSIBILITY_REPORT_FIELDS.pageUrl.maxLength}
          autoComplete="off"
        />
        <TextField
          id="email"
          type="email"
          label={t.fields.email.label}
          optionalLabel={t.optional}
          hint={t.fields.email.hint}
          error={message('email')}
          errorPrefix={t.errorPrefix}
          value={values.email}
          maxLength={ACCESSIBILITY_REPORT_FIELDS.email.maxLength}
          autoComplete="email"
          inputMode="email"
        />
        <p>{t.privacy}</p>
        <input type="hidden" name={ACCESSIBILITY_REPORT_KEY_FIELD} value={values.idempotencyKey ?? ''} />
        <p>
          <a href={localePath(locale, '/integritet')} className="link">
            {t.privacyLink}
          </a>
        </p>
        {/* People never see this field; bots fill it in, and their reports are dropped. */}
        <Honeypot name={HONEYPOT_FIELD} label={t.honeypot} />
        <button type="submit" className="min-h-12 rounded-lg bg-teal-800 px-6 py-3 text-lg font-bold text-white shadow hover:bg-teal-900">
          {t.submit}
        </button>
      </form>
    </div>
  );
}

export function AccessibilityStatement({
  locale,
  t,
  statement,
  form,
  formOpen,
  sent,
}: {
  locale: Locale;
  t: Texts;
  statement: AccessibilityStatementView;
  form: ReportFormState;
  formOpen: boolean;
  sent: 'reply' | 'noReply' | null;
}) {
  return (
    <div className="space-y-10">
      <Section id="forenlighet" heading={t.complianceHeading}>
        <p>{statement.compliance ? t.compliance[statement.compliance] : t.compliance.missing}</p>
      </Section>
      <Section id="kontakt" heading={t.contactHeading}>
        <p>{t.contactText}</p>
        {statement.contactEmail ? (
          <p>
            {t.contactEmail}{' '}
            <a className="link break-all" href={`mailto:${statement.contactEmail}`}>
              {statement.contactEmail}
            </a>
          </p>
        ) : (
          <p>{t.contactMissing}</p>
        )}
        <p>{statement.responseTime ? `${t.responseTime} ${statement.responseTime}` : t.responseTimeMissing}</p>
      </Section>
      <Section id={REPORT_FORM_ID} heading={t.reportHeading}>
        {sent ? (
          <div role="status" className="space-y-2 rounded-lg border-s-8 border-teal-700 bg-teal-50 p-5 font-semibold text-slate-900">
            <p>{t.sent}</p>
            {sent === 'noReply' ? <p>{t.sentWithoutReply}</p> : null}
          </div>
        ) : null}
        <p>{t.reportLead}</p>
        <ReportForm locale={locale} t={t} state={form} open={formOpen} />
      </Section>
      <Section id="tillsyn" heading={t.enforcementHeading}>
        <p>
          {t.enforcementText}{' '}
          <a className="link" href={t.enforcementUrl}>
            {t.enforcementLink}
          </a>
          .
        </p>
      </Section>
      <Section id="teknisk-information" heading={t.technicalHeading}>
        <h3 className="text-xl font-bold text-slate-900">{t.shortcomingsHeading}</h3>
        <GapList gaps={statement.shortcomings} empty={t.noShortcomings} t={t} />
        <h3 className="text-xl font-bold text-slate-900">{t.outsideScopeHeading}</h3>
        <GapList gaps={statement.outsideScope} empty={t.noOutsideScope} t={t} />
      </Section>
      <Section id="testning" heading={t.testedHeading}>
        <p className="whitespace-pre-line">{statement.assessmentMethod ?? t.assessmentMethodMissing}</p>
        <p>
          {statement.assessedOn ? (
            <>
              {t.assessedOn} <time dateTime={statement.assessedOn}>{formatDate(statement.assessedOn, locale)}</time>.
            </>
          ) : (
            t.assessedOnMissing
          )}
        </p>
        <p>{t.testedText}</p>
      </Section>
    </div>
  );
}
