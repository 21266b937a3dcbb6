import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData, useRouteLoaderData } from '@remix-run/react';
import { Link } from '../components/site-link';
import { AcuteContactList } from '../components/acute-help';
import { CampaignPeriod } from '../components/campaign-period';
import { EventList } from '../components/event-list';
import { FallbackBadge, contentLangProps } from '../components/fallback-notice';
import type { CampaignCard } from '../models/campaign';
import type { HomeContent } from '../models/home';
import { getHomeContent } from '../models/home.server';
import { fallbackSiteSettings } from '../models/site';
import type { loader as rootLoader } from '../root';
import { metaContext, pageMeta } from '../utils/meta';
import { governmentOrganization } from '../utils/structured-data';
import { logCmsError, requireLocale } from '../utils/http.server';
import { isCmsError } from '../utils/cms-error';
import { getDictionary, localePath, useI18n } from '../utils/i18n';
import { PageIntro, PageLink, TitledSection } from '../components/page-layout';
import type { LayoutHandle } from '../utils/layout-handle';

/**
 * The home page stays up when the CMS is down (200): the help it offers and the residents' summary
 * of the plan are in the locale file, and the acute numbers fall back to the build. Only the current
 * campaign and the next events (one CMS request, GetHome) are left out. The officials' case summary
 * is not shown here: it is on /handlingsplan under its own heading.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  let content: HomeContent | null = null;
  try {
    content = await getHomeContent(locale, new Date());
  } catch (error) {
    if (!isCmsError(error)) throw error;
    logCmsError(error);
  }
  return { content };
}

/** The full acute cards are on this page, so the layout leaves out the band and the aside. */
export const handle: LayoutHandle = { acuteHelp: 'cards' };

export const meta: MetaFunction = ({ location, matches }) => {
  const { locale, origin } = metaContext(location, matches);
  const t = getDictionary(locale);
  return pageMeta({ title: t.home.metaTitle, location, matches, structuredData: [governmentOrganization({ origin, locale })] });
};

export default function Home() {
  const { content } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const site = useRouteLoaderData<typeof rootLoader>('root')?.site ?? fallbackSiteSettings(locale);

  return (
    <div className="space-y-12">
      {/* The help right after the heading: on a phone the first screen shows the heading and the first number. */}
      <div className="space-y-6">
        <PageIntro heading={t.home.heading} />
        <TitledSection id="hjalp-rubrik" heading={t.home.helpHeading} small className="space-y-3 rounded-xl border-2 border-acute-line bg-acute p-4 sm:p-5">
          <AcuteContactList contacts={site.acuteContacts} t={t} />
          <p>{t.home.helpIntro}</p>
        </TitledSection>
        <p className="text-xl">{t.home.lead}</p>
        <p className="font-semibold text-slate-900">{t.home.notYourFault}</p>
      </div>

      <TitledSection id="malgrupper-rubrik" heading={t.home.audienceHeading}>
        <ul className="grid gap-4 lg:grid-cols-2">
          {t.home.audiences.map((audience) => (
            <li key={audience.title} className="border-l-4 border-teal-700 pl-4">
              <h3 className="text-xl font-bold text-slate-900">
                <Link to={localePath(locale, audience.path)} className="link">
                  {audience.title}
                </Link>
              </h3>
              <p>{audience.text}</p>
            </li>
          ))}
        </ul>
      </TitledSection>

      {content?.currentCampaign ? <CurrentCampaign campaign={content.currentCampaign} /> : null}

      {content ? (
        <TitledSection id="evenemang-rubrik" heading={t.calendar.home.eventsHeading}>
          {content.nextEvents.length > 0 ? (
            <EventList events={content.nextEvents} compact />
          ) : (
            <p>{t.calendar.home.eventsEmpty}</p>
          )}
          <PageLink to="/kalender">{t.calendar.home.eventsLink}</PageLink>
        </TitledSection>
      ) : null}

      <TitledSection id="sakerhet-rubrik" heading={t.home.safetyHeading} className="space-y-3">
        <p>{t.home.safetyText}</p>
      </TitledSection>

      <TitledSection id="plan-rubrik" heading={t.home.planHeading} className="space-y-4 rounded-xl bg-slate-50 p-5">
        <p>{t.home.planIntro}</p>
        <p>{t.home.planActivitiesIntro}</p>
        <ol className="list-decimal space-y-2 pl-7">
          {t.home.planActivities.map((activity) => (
            <li key={activity} className="pl-1">
              {activity}
            </li>
          ))}
        </ol>
        <PageLink to="/handlingsplan">{t.home.planLink}</PageLink>
        <p>
          <Link to={`${localePath(locale, '/handlingsplan')}#status-rubrik`} className="link">
            {t.home.planStatusLink}
          </Link>
        </p>
      </TitledSection>
    </div>
  );
}

function CurrentCampaign({ campaign }: { campaign: CampaignCard }) {
  const { locale, t } = useI18n();
  const lang = contentLangProps(campaign.contentLocale, locale);
  return (
    <TitledSection id="kampanj-rubrik" heading={t.calendar.home.campaignHeading} className="space-y-3 rounded-xl border-2 border-teal-700 p-5">
      <p className="text-xl font-semibold text-slate-900" {...lang}>
        {campaign.title}
      </p>
      {campaign.contentLocale !== locale ? <FallbackBadge /> : null}
      <p className="text-slate-700">
        <CampaignPeriod startsOn={campaign.startsOn} endsOn={campaign.endsOn} />
      </p>
      <p {...lang}>{campaign.lede}</p>
      <PageLink to={`/kampanjer/${encodeURIComponent(campaign.slug)}`}>{t.calendar.home.campaignLink}</PageLink>
    </TitledSection>
  );
}
