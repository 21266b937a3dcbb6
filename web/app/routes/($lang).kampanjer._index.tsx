import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { CampaignPeriod } from '../components/campaign-period';
import { FallbackBadge, contentLangProps } from '../components/fallback-notice';
import { feedAlternates } from '../feeds/links';
import type { CampaignCard } from '../models/campaign';
import { getCampaigns } from '../models/campaign.server';
import { requireLocale, withCms } from '../utils/http.server';
import { getDictionary, getLocale, localePath, useI18n } from '../utils/i18n';
import { pageMeta } from '../utils/meta';
import { Heading } from '../components/heading';

export async function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { groups } = await withCms(() => getCampaigns(locale, new Date()));
  return { groups };
}

export const meta: MetaFunction<typeof loader> = ({ location, matches }) => {
  const locale = getLocale(location.pathname);
  const t = getDictionary(locale).kalender;
  return [
    ...pageMeta({ title: t.campaigns.metaTitle, description: t.campaigns.metaDescription, location, matches }),
    ...feedAlternates(locale, '/kampanjer', t.feeds.campaignsTitle),
  ];
};

export default function Campaigns() {
  const { groups } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const c = t.kalender.campaigns;
  const f = t.kalender.feeds;
  const sections = [
    { id: 'pagaende', heading: c.current, campaigns: groups.current },
    { id: 'kommande', heading: c.upcoming, campaigns: groups.upcoming },
    { id: 'avslutade', heading: c.past, campaigns: groups.past },
  ].filter((section) => section.campaigns.length > 0);

  return (
    <div className="space-y-10">
      <div className="space-y-4">
        <Heading level={1}>{c.heading}</Heading>
        <p className="text-xl">{c.lead}</p>
      </div>

      {sections.length === 0 ? <p>{c.empty}</p> : null}
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`${section.id}-rubrik`} className="space-y-4">
          <h2 id={`${section.id}-rubrik`} className="text-2xl font-bold text-slate-900 sm:text-3xl">
            {section.heading}
          </h2>
          <CampaignList campaigns={section.campaigns} />
        </section>
      ))}

      <section aria-labelledby="folj-rubrik" className="space-y-3">
        <h2 id="folj-rubrik" className="text-2xl font-bold text-slate-900">
          {f.campaignsHeading}
        </h2>
        <ul className="list-disc space-y-2 ps-7">
          <li>
            <a href={localePath(locale, '/kampanjer/rss.xml')} type="application/rss+xml" className="link">
              {f.rss}
            </a>
          </li>
          <li>
            <a href={localePath(locale, '/kampanjer/atom.xml')} type="application/atom+xml" className="link">
              {f.atom}
            </a>
          </li>
        </ul>
      </section>
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
              <span className="font-semibold text-slate-900">{t.kalender.campaigns.periodLabel}: </span>
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
