import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useRouteLoaderData } from '@remix-run/react';
import { AcuteContactList } from '../components/acute-help';
import { fallbackSiteSettings } from '../models/site';
import type { PlanIntro } from '../models/plan';
import { getPlanIntro } from '../models/plan.server';
import type { loader as rootLoader } from '../root';
import { pageMeta } from '../utils/meta';
import { logCmsError, requireLocale } from '../utils/http.server';
import { isCmsError } from '../utils/cms-error';
import { noHydration } from '../utils/hydration';
import { getDictionary, getLocale, localePath, titleWith, useI18n } from '../utils/i18n';

export const handle = noHydration;

/**
 * The home page stays up when the CMS is down (200): the help it offers is in the locale file
 * and the acute numbers fall back to the build. Only the plan summary is left out.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  let plan: PlanIntro | null = null;
  let planAvailable = true;
  try {
    plan = await getPlanIntro(locale);
  } catch (error) {
    if (!isCmsError(error)) throw error;
    logCmsError(error);
    planAvailable = false;
  }
  return { plan, planAvailable };
}

export const meta: MetaFunction = ({ location, matches }) => {
  const t = getDictionary(getLocale(location.pathname));
  return pageMeta({ title: t.home.metaTitle, location, matches });
};

export default function Home() {
  const { plan, planAvailable } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const site = useRouteLoaderData<typeof rootLoader>('root')?.site ?? fallbackSiteSettings(locale);

  return (
    <div className="space-y-12">
      <div className="space-y-4">
        <h1 className="text-3xl font-bold leading-tight text-slate-900 sm:text-4xl">{t.home.heading}</h1>
        <p className="text-xl">{t.home.lead}</p>
        <p className="font-semibold text-slate-900">{t.home.notYourFault}</p>
      </div>

      <section
        aria-labelledby="hjalp-rubrik"
        className="space-y-4 rounded-xl border-2 border-amber-500 bg-amber-50 p-5"
      >
        <h2 id="hjalp-rubrik" className="text-2xl font-bold text-slate-900 sm:text-3xl">
          {t.home.helpHeading}
        </h2>
        <p>{t.home.helpIntro}</p>
        <AcuteContactList contacts={site.acuteContacts} size="large" />
      </section>

      <section aria-labelledby="malgrupper-rubrik" className="space-y-4">
        <h2 id="malgrupper-rubrik" className="text-2xl font-bold text-slate-900 sm:text-3xl">
          {t.home.audienceHeading}
        </h2>
        <ul className="space-y-4">
          {t.home.audiences.map((audience) => (
            <li key={audience.title} className="border-l-4 border-teal-700 pl-4">
              <h3 className="text-xl font-bold text-slate-900">{audience.title}</h3>
              <p>{audience.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sakerhet-rubrik" className="space-y-3">
        <h2 id="sakerhet-rubrik" className="text-2xl font-bold text-slate-900 sm:text-3xl">
          {t.home.safetyHeading}
        </h2>
        <p>{t.home.safetyText}</p>
      </section>

      <section aria-labelledby="plan-rubrik" className="space-y-4 rounded-xl bg-slate-50 p-5">
        <h2 id="plan-rubrik" className="text-2xl font-bold text-slate-900 sm:text-3xl">
          {t.home.planHeading}
        </h2>
        {plan ? (
          <>
            <p className="text-xl font-semibold text-slate-900">{plan.title}</p>
            {plan.summary.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
            {plan.overallGoal ? (
              <p className="border-l-4 border-teal-700 bg-white p-4">
                <strong className="font-bold text-slate-900">{t.home.planGoalLabel}: </strong>
                {plan.overallGoal}
              </p>
            ) : null}
          </>
        ) : !planAvailable ? (
          <p>{t.home.planUnavailable}</p>
        ) : null}
        <p>
          <Link to={localePath(locale, '/handlingsplan')} className="link font-semibold">
            {t.home.planLink}
          </Link>
        </p>
      </section>
    </div>
  );
}
