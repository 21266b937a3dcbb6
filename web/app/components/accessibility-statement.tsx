// The accessibility statement in the order of DIGG's model statement: compliance, what to do and
// whom to contact (with the feedback form), enforcement, then the technical part: non-accessible
// content, content outside the law, how the site was tested. Works without JavaScript.
import { ACCESSIBILITY_REPORT_FIELD_ORDER,
  ACCESSIBILITY_REPORT_KEY_FIELD, ACCESSIBILITY_REPORT_FIELDS, type AccessibilityReportField } from '@stodportalen/shared';
import type { AccessibilityGap, AccessibilityStatementView, ReportFormState } from '../models/accessibility';
import { formatDate, localePath, type Dictionary, type Locale } from '../utils/i18n';
import { FormErrorSummary, summaryItems } from './form-error-summary';
import { TextArea, TextField } from './form-fields';
import { HoneypotAndSubmit } from './honeypot-field';

type Texts = Dictionary['accessibility'];

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
  const summary = summaryItems(errors.form ? t.errors[errors.form] : undefined, ACCESSIBILITY_REPORT_FIELD_ORDER, message, (field) =>
    field === 'locale' ? null : `#${field}`,
  );
  /** What every question of the form takes from its field's name. */
  const fieldProps = (field: 'description' | 'pageUrl' | 'email') => ({
    id: field,
    label: t.fields[field].label,
    hint: t.fields[field].hint,
    error: message(field),
    errorPrefix: t.errorPrefix,
    value: values[field],
    maxLength: ACCESSIBILITY_REPORT_FIELDS[field].maxLength,
  });
  return (
    <div className="space-y-6">
      <FormErrorSummary items={summary} problem={problem} t={t} />
      <form method="post" action={`${localePath(locale, '/tillganglighet')}#${REPORT_FORM_ID}`} noValidate className="space-y-6">
        <TextArea {...fieldProps('description')} required />
        <TextField {...fieldProps('pageUrl')} optionalLabel={t.optional} autoComplete="off" />
        <TextField {...fieldProps('email')} type="email" optionalLabel={t.optional} autoComplete="email" inputMode="email" />
        <p>{t.privacy}</p>
        <input type="hidden" name={ACCESSIBILITY_REPORT_KEY_FIELD} value={values.idempotencyKey ?? ''} />
        <p>
          <a href={localePath(locale, '/integritet')} className="link">
            {t.privacyLink}
          </a>
        </p>
        <HoneypotAndSubmit honeypotLabel={t.honeypot} submitLabel={t.submit} />
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
            <a className="link break-all" href={`mailto:${statement.contactEmail}`} data-url-shown="">
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
