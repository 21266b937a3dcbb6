import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { Link } from '../components/site-link';
import { CampaignPeriod } from '../components/campaign-period';
import { FallbackBadge, contentLangProps } from '../components/fallback-notice';
import { SyndicationLinks } from '../components/feed-links';
import type { CampaignCard } from '../models/campaign';
import { getCampaigns } from '../models/campaign.server';
import { requireLocale, withCms } from '../utils/http.server';
import { localePath, useI18n } from '../utils/i18n';
import { textMeta } from '../utils/meta';
import { PageIntro, TitledSection } from '../components/page-layout';

export async function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { groups } = await withCms(() => getCampaigns(locale, new Date()));
  return { groups };
}

export const meta = textMeta((t) => t.calendar.campaigns, { base: '/kampanjer', title: (t) => t.calendar.feeds.campaignsTitle });

export default function Campaigns() {
  const { groups } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const c = t.calendar.campaigns;
  const f = t.calendar.feeds;
  const sections = [
    { id: 'pagaende', heading: c.current, campaigns: groups.current },
    { id: 'kommande', heading: c.upcoming, campaigns: groups.upcoming },
    { id: 'avslutade', heading: c.past, campaigns: groups.past },
  ].filter((section) => section.campaigns.length > 0);

  return (
    <div className="space-y-10">
      <PageIntro heading={c.heading} lead={c.lead} />

      {sections.length === 0 ? <p>{c.empty}</p> : null}
      {sections.map((section) => (
        <TitledSection key={section.id} id={`${section.id}-rubrik`} heading={section.heading}>
          <CampaignList campaigns={section.campaigns} />
        </TitledSection>
      ))}

      <TitledSection id="folj-rubrik" heading={f.campaignsHeading} small className="space-y-3">
        <ul className="list-disc space-y-2 ps-7">
          <SyndicationLinks locale={locale} base="/kampanjer" rss={f.rss} atom={f.atom} />
        </ul>
      </TitledSection>
    </div>
  );
}

function CampaignList({ campaigns }: { campaigns: readonly CampaignCard[] }) {
  const { locale, t } = useI18n();
  return (
    <ul className="space-y-6">
      {campaigns.map((campaign) => {
        const lang = contentLangProps(campaign.contentLocale, locale);
        return (
          <li key={campaign.id} className="border-s-4 border-teal-700 ps-4">
            <h3 className="text-xl leading-snug font-bold text-slate-900 sm:text-2xl">
              <Link
                to={localePath(locale, `/kampanjer/${encodeURIComponent(campaign.slug)}`)}
                className="link"
                {...lang}
              >
                {campaign.title}
              </Link>
            </h3>
            {campaign.contentLocale !== locale ? <FallbackBadge className="mt-1" /> : null}
            <p className="mt-1 text-slate-700">
              <span className="font-semibold text-slate-900">{t.calendar.campaigns.periodLabel}: </span>
              <CampaignPeriod startsOn={campaign.startsOn} endsOn={campaign.endsOn} />
            </p>
            <p className="mt-2" {...lang}>
              {campaign.lede}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
