import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { getPrivacyNotice } from '../models/privacy-notice.server';
import { isCmsError } from '../utils/cms-error';
import { getEnv } from '../utils/env.server';
import { requireLocale } from '../utils/http.server';
import { getDictionary, getLocale, localePath, useI18n } from '../utils/i18n';
import { pageMeta } from '../utils/meta';
import { PageIntro, TitledSection } from '../components/page-layout';

// The receipt after a tip (`tipsa_` keeps it out of the form's layout: a page of its own).

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'no-store, private' });

export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const env = getEnv();
  // The contact for early deletion, when editors have published one; the receipt stands without it.
  const requestContact = await getPrivacyNotice(locale).then(
    (notice) => notice.requestContact,
    (error: unknown) => {
      if (!isCmsError(error)) throw error;
      return null;
    },
  );
  return {
    retentionDays: env.SUBMISSION_RETENTION_DAYS,
    rejectedRetentionDays: env.REJECTED_TIP_RETENTION_DAYS,
    // Set by the form's action when the CMS sends no mail (kalender.tipsa.tsx, NO_MAIL_PARAM).
    mail: new URL(request.url).searchParams.get('epost') !== 'nej',
    requestContact,
  };
}

export const meta: MetaFunction<typeof loader> = ({ location, matches }) => {
  const t = getDictionary(getLocale(location.pathname)).tip.receipt;
  return pageMeta({ title: t.metaTitle, location, matches, noindex: true });
};

export default function EventTipReceipt() {
  const { retentionDays, rejectedRetentionDays, mail, requestContact } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const r = t.tip.receipt;
  const steps = [
    r.readStep,
    mail ? r.mailStep : r.noMailStep,
    r.retentionStep.replace('{days}', String(retentionDays)),
    r.rejectedStep.replace('{days}', String(rejectedRetentionDays)),
    ...(requestContact ? [r.requestContact.replace('{contact}', requestContact)] : []),
  ];
  return (
    <div className="space-y-8">
      <PageIntro heading={r.heading} lead={r.lead} className="rounded-xl border-s-8 border-teal-700 bg-teal-50 p-5" />
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
