// The receipt after an event tip: shown by the form's action (with the CMS's reference and a
// summary of what was sent) and at /kalender/tipsa/tack (old links, bots: without them).
import type { ReactNode } from 'react';
import type { TipReceiptView } from '../models/event-submission';
import { formatEventTime, isoDateTime } from '../utils/date-time';
import { localePath, useI18n } from '../utils/i18n';
import { PageIntro, TitledSection } from './page-layout';

export function TipReceipt({ summary, mail, retentionDays, rejectedRetentionDays, requestContact }: TipReceiptView) {
  const { locale, t } = useI18n();
  const r = t.tip.receipt;
  const steps = [
    r.readStep,
    mail ? r.mailStep : r.noMailStep,
    r.retentionStep.replace('{days}', String(retentionDays)),
    r.rejectedStep.replace('{days}', String(rejectedRetentionDays)),
    ...(requestContact ? [r.requestContact.replace('{contact}', requestContact)] : []),
  ];
  const rows: [string, ReactNode][] = summary
    ? [
        [r.summary.title, summary.title],
        [
          r.summary.time,
          <>
            <time dateTime={isoDateTime(summary.startsAt)}>{formatEventTime(summary.startsAt, summary.endsAt, locale, t.calendar.time)}</time>{' '}
            {r.summary.swedishTime}
          </>,
        ],
        ...(summary.place ? [[r.summary.place, summary.place] as [string, ReactNode]] : []),
        ...(summary.onlineUrl ? [[r.summary.onlineUrl, summary.onlineUrl] as [string, ReactNode]] : []),
        ...(summary.organiser ? [[r.summary.organiser, summary.organiser] as [string, ReactNode]] : []),
        [r.summary.contactEmail, summary.contactEmail],
      ]
    : [];
  return (
    <div className="space-y-8">
      <PageIntro heading={r.heading} lead={r.lead} className="rounded-xl border-s-8 border-teal-700 bg-teal-50 p-5">
        {summary ? (
          <p>
            {r.referenceLabel} <strong className="font-mono break-all" data-testid="tip-reference">{summary.reference}</strong>
            <br />
            {mail ? r.referenceHint : r.referenceHintNoMail}
          </p>
        ) : null}
      </PageIntro>
      {summary ? (
        <TitledSection id="tack-summary" heading={r.summary.heading} small>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd className="break-words">{value}</dd>
              </div>
            ))}
          </dl>
        </TitledSection>
      ) : null}
      <TitledSection id="tack-next" heading={r.nextHeading} small>
        <ol className="list-decimal space-y-3 ps-7">
          {steps.map((step) => (
            <li key={step} className="ps-1">
              {step}
            </li>
          ))}
        </ol>
      </TitledSection>
      <ul className="space-y-2">
        <li>
          <a href={localePath(locale, '/integritet')} className="link">
            {r.privacyLink}
          </a>
        </li>
        <li>
          <a href={localePath(locale, '/kalender')} className="link">
            {r.calendarLink}
          </a>
        </li>
        <li>
          <a href={localePath(locale, '/kalender/tipsa')} className="link">
            {r.anotherLink}
          </a>
        </li>
      </ul>
    </div>
  );
}
