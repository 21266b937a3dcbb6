// The event tip form (/kalender/tipsa). A plain POST form: it works the same with or without
// JavaScript. Field constraints (required, max lengths) come from the shared schema's field list.
import {
  AUDIENCES,
  EVENT_KINDS,
  EVENT_SUBMISSION_FIELD_ORDER,
  eventSubmissionMaxLength,
  type EventSubmissionErrorCode,
  type EventSubmissionField,
} from '@stodportalen/shared';
import type { OrganisationOption, SubmissionFormState } from '../models/event-submission';
import { intlLocale, localePath, type Dictionary, type Locale } from '../utils/i18n';
import type { ReactNode } from 'react';
import { FormErrorSummary, summaryItems } from './form-error-summary';
import { Choice, ChoiceGroup, FieldGroup, SelectOptions, FieldMessages, Hint, ErrorMessage, TextArea, TextField, describedBy, inputClassFor } from './form-fields';
import { HoneypotAndSubmit } from './honeypot-field';

type Texts = Dictionary['tip']['form'];

/** Where the error summary links for each field: the input, or the first radio/checkbox of a group. */
function fieldAnchor(field: EventSubmissionField, hasOrganisations: boolean): string | null {
  if (field === 'kind') return `#kind-${EVENT_KINDS[0]}`;
  if (field === 'audiences') return `#audiences-${AUDIENCES[0]}`;
  if (field === 'organiserId') return hasOrganisations ? '#organiserId' : '#organiserName';
  if (field === 'idempotencyKey' || field === 'locale') return null;
  return `#${field}`;
}

/** The message for a code, with the field's maximum length filled in ("5 000" in Swedish). */
export function errorText(t: Texts, code: EventSubmissionErrorCode, locale: Locale): string {
  const max = eventSubmissionMaxLength(code.split('.')[0] ?? '');
  return t.errors[code].replace('{max}', max === undefined ? '' : formatNumber(max, locale));
}

function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

/** `2026-03-12 18:00` (typed where the browser has no date picker) as a datetime-local value. */
function dateTimeValue(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(value.trim()) ? value.trim().replace(' ', 'T') : value;
}

export function EventSubmissionForm({
  locale,
  t,
  kinds,
  audiences,
  organisations,
  organisationsUnavailable,
  state,
  retentionDays,
  mail,
}: {
  locale: Locale;
  t: Texts;
  kinds: Record<(typeof EVENT_KINDS)[number], string>;
  audiences: Record<(typeof AUDIENCES)[number], string>;
  organisations: OrganisationOption[];
  organisationsUnavailable: boolean;
  state: SubmissionFormState;
  retentionDays: number;
  /** Whether the CMS sends mails (SMTP): the e-mail field's hint promises one only then. */
  mail: boolean;
}) {
  const { values, errors, problem } = state;
  const error = (field: EventSubmissionField): string | undefined => {
    const code = errors[field];
    return code ? errorText(t, code, locale) : undefined;
  };
  const summary = summaryItems(
    errors.form ? errorText(t, errors.form, locale) : undefined,
    EVENT_SUBMISSION_FIELD_ORDER,
    error,
    (field) => fieldAnchor(field, organisations.length > 0),
  );
  const common = { errorPrefix: t.errorPrefix };
  const max = eventSubmissionMaxLength;
  const organiserIdError = error('organiserId');
  const consentError = error('consent');
  const retention = t.consent.retention.replace('{days}', String(retentionDays));

  return (
    <div className="space-y-8">
      <FormErrorSummary items={summary} problem={problem} t={t} />

      <form method="post" action={localePath(locale, '/kalender/tipsa')} noValidate className="space-y-10">
        <input type="hidden" name="idempotencyKey" value={values.idempotencyKey ?? ''} />

        <FormSection id="tipsa-event" heading={t.eventHeading}>
          <TextField id="title" label={t.title.label} error={error('title')} value={values.title} maxLength={max('title')} required {...common} />
          <ChoiceGroup
            name="kind"
            type="radio"
            legend={t.kind.legend}
            error={error('kind')}
            choices={EVENT_KINDS.map((kind) => ({ value: kind, label: kinds[kind] }))}
            selected={values.kind ? [values.kind] : []}
            required
            {...common}
          />
          <TextField id="startsAt" type="datetime-local" label={t.startsAt.label} hint={t.startsAt.hint} error={error('startsAt')} value={dateTimeValue(values.startsAt)} required width="sm:w-72" {...common} />
          <TextField id="endsAt" type="datetime-local" label={t.endsAt.label} hint={t.endsAt.hint} error={error('endsAt')} value={dateTimeValue(values.endsAt)} required width="sm:w-72" {...common} />
          <TextArea
            id="description"
            label={t.description.label}
            hint={t.description.hint.replace('{max}', formatNumber(max('description') ?? 0, locale))}
            error={error('description')}
            value={values.description}
            maxLength={max('description')}
            required
            {...common}
          />
          <ChoiceGroup
            name="audiences"
            type="checkbox"
            legend={t.audiences.legend}
            optionalLabel={t.optional}
            hint={t.audiences.hint}
            error={error('audiences')}
            choices={AUDIENCES.map((audience) => ({ value: audience, label: audiences[audience] }))}
            selected={values.audiences ?? []}
            {...common}
          />
          <TextField id="registrationUrl" type="url" inputMode="url" label={t.registrationUrl.label} optionalLabel={t.optional} hint={t.registrationUrl.hint} error={error('registrationUrl')} value={values.registrationUrl} maxLength={max('registrationUrl')} {...common} />
        </FormSection>

        <FormSection id="tipsa-place" heading={t.placeHeading} intro={t.placeHint}>
          <TextField id="venueName" label={t.venueName.label} hint={t.venueName.hint} error={error('venueName')} value={values.venueName} maxLength={max('venueName')} {...common} />
          <TextField id="venueAddress" label={t.venueAddress.label} optionalLabel={t.optional} error={error('venueAddress')} value={values.venueAddress} maxLength={max('venueAddress')} autoComplete="address-line1" {...common} />
          <TextField id="venueCity" label={t.venueCity.label} optionalLabel={t.optional} error={error('venueCity')} value={values.venueCity} maxLength={max('venueCity')} autoComplete="address-level2" width="sm:w-80" {...common} />
          <TextField id="onlineUrl" type="url" inputMode="url" label={t.onlineUrl.label} hint={t.onlineUrl.hint} error={error('onlineUrl')} value={values.onlineUrl} maxLength={max('onlineUrl')} {...common} />
        </FormSection>

        <FormSection id="tipsa-organiser" heading={t.organiserHeading}>
          {organisations.length > 0 ? (
            <FieldGroup error={organiserIdError}>
              <label htmlFor="organiserId" className="block font-bold text-slate-900">
                {t.organiserId.label}
              </label>
              <FieldMessages id="organiserId" hint={t.organiserId.hint} error={organiserIdError} errorPrefix={t.errorPrefix} />
              <select
                id="organiserId"
                name="organiserId"
                defaultValue={values.organiserId ?? ''}
                aria-describedby={describedBy('organiserId-hint', organiserIdError && 'organiserId-error')}
                aria-invalid={organiserIdError ? true : undefined}
                className={inputClassFor(organiserIdError)}
              >
                <SelectOptions
                  none={t.organiserId.none}
                  options={organisations.map((organisation) => ({ value: organisation.documentId, label: organisation.name }))}
                />
              </select>
            </FieldGroup>
          ) : organisationsUnavailable ? (
            <p>{t.organisationsUnavailable}</p>
          ) : null}
          <TextField
            id="organiserName"
            label={organisations.length > 0 ? t.organiserName.label : t.organiserId.label}
            hint={organisations.length > 0 ? t.organiserName.hint : undefined}
            error={error('organiserName')}
            value={values.organiserName}
            maxLength={max('organiserName')}
            autoComplete="organization"
            {...common}
          />
        </FormSection>

        <FormSection id="tipsa-contact" heading={t.contactHeading} intro={t.contactIntro}>
          <TextField id="contactName" label={t.contactName.label} error={error('contactName')} value={values.contactName} maxLength={max('contactName')} autoComplete="name" required {...common} />
          <TextField id="contactEmail" type="email" inputMode="email" label={t.contactEmail.label} hint={mail ? t.contactEmail.hint : t.contactEmail.hintNoMail} error={error('contactEmail')} value={values.contactEmail} maxLength={max('contactEmail')} autoComplete="email" required {...common} />
          <FieldGroup error={consentError}>
            <fieldset aria-describedby={describedBy('consent-hint', consentError && 'consent-error')} className="space-y-2">
              <legend className="mb-2 font-bold text-slate-900">{t.consent.legend}</legend>
              <Hint id="consent-hint">{retention}</Hint>
              <p>
                <a href={localePath(locale, '/integritet')} className="link">
                  {t.consent.privacyLink}
                </a>
              </p>
              {consentError ? (
                <ErrorMessage id="consent-error" prefix={t.errorPrefix}>
                  {consentError}
                </ErrorMessage>
              ) : null}
              <Choice
                id="consent"
                name="consent"
                type="checkbox"
                value="yes"
                label={t.consent.label}
                checked={values.consent === 'yes'}
                required
                invalid={Boolean(consentError)}
              />
            </fieldset>
          </FieldGroup>
        </FormSection>

        <HoneypotAndSubmit honeypotLabel={t.honeypot} submitLabel={t.submit} />
      </form>
    </div>
  );
}

/** A part of the form under its h2, with an optional line of introduction. */
function FormSection({ id, heading, intro, children }: { id: string; heading: string; intro?: string; children: ReactNode }) {
  const title = (
    <h2 id={id} className="text-2xl font-bold text-slate-900">
      {heading}
    </h2>
  );
  return (
    <section aria-labelledby={id} className="space-y-6">
      {intro ? (
        <div className="space-y-2">
          {title}
          <p>{intro}</p>
        </div>
      ) : (
        title
      )}
      {children}
    </section>
  );
}
