import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { getEnv } from '../utils/env.server';
import { requireLocale } from '../utils/http.server';
import { getDictionary, getLocale, localePath, useI18n } from '../utils/i18n';
import { pageMeta } from '../utils/meta';

// The receipt after a tip (`tipsa_` keeps it out of the form's layout: a page of its own).

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'no-store, private' });

export async function loader({ params }: LoaderFunctionArgs) {
  requireLocale(params);
  return { retentionDays: getEnv().SUBMISSION_RETENTION_DAYS };
}

export const meta: MetaFunction<typeof loader> = ({ location, matches }) => {
  const t = getDictionary(getLocale(location.pathname)).tipsa.receipt;
  return pageMeta({ title: t.metaTitle, location, matches, noindex: true });
};

export default function EventTipReceipt() {
  const { retentionDays } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const r = t.tipsa.receipt;
  return (
    <div className="space-y-8">
      <div className="space-y-4 rounded-xl border-s-8 border-teal-700 bg-teal-50 p-5">
        <h1 className="text-3xl leading-tight font-bold text-slate-900 sm:text-4xl">{r.heading}</h1>
        <p className="text-xl">{r.lead}</p>
      </div>
      <section aria-labelledby="tack-next" className="space-y-4">
        <h2 id="tack-next" className="text-2xl font-bold text-slate-900">
          {r.nextHeading}
        </h2>
        <ol className="list-decimal space-y-3 ps-7">
          {r.steps.map((step) => (
            <li key={step} className="ps-1">
              {step.replace('{days}', String(retentionDays))}
            </li>
          ))}
        </ol>
      </section>
      <ul className="space-y-2">
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
