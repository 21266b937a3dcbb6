import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { Link } from '../components/site-link';
import type { ReactNode } from 'react';
import { ContentBlocks } from '../components/blocks-renderer';
import { CampaignPeriod } from '../components/campaign-period';
import { EventTime, eventHref } from '../components/event-list';
import { FallbackNotice, useContentLang, type contentLangProps } from '../components/fallback-notice';
import { ResponsiveImg } from '../components/responsive-image';
import { getCampaign } from '../models/campaign.server';
import { invariantResponse, requireLocale, withCms } from '../utils/http.server';
import { getDictionary, getLocale, localePath } from '../utils/i18n';
import { metaContext, pageMeta } from '../utils/meta';
import { article, breadcrumbList } from '../utils/structured-data';
import { campaignPath } from '../models/campaign';
import { Fact, PageIntro, PageLink, TitledSection } from '../components/page-layout';

export async function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const found = await withCms(() => getCampaign(locale, params.slug ?? '', new Date()));
  invariantResponse(found, 404);
  return found;
}

export const meta: MetaFunction<typeof loader> = ({ data, location, matches }) => {
  const t = getDictionary(getLocale(location.pathname)).calendar;
  if (!data) return pageMeta({ title: t.campaigns.metaTitle, location, matches });
  const { campaign } = data;
  const { locale, origin, shareImageOf } = metaContext(location, matches);
  const path = campaignPath(locale, campaign.slug);
  const canonicalPath = campaignPath(campaign.contentLocale, campaign.slug);
  return pageMeta({
    title: campaign.title,
    description: campaign.lede,
    location,
    matches,
    type: 'article',
    image: campaign.image,
    contentLocale: campaign.contentLocale,
    translations: [campaign.contentLocale, ...campaign.otherLocales],
    structuredData: [
      article({ origin, locale, headline: campaign.title, description: campaign.lede, path: canonicalPath, contentLocale: campaign.contentLocale, modified: campaign.updatedAt, image: shareImageOf(campaign.image) }),
      breadcrumbList({ origin, locale, section: 'campaigns', title: campaign.title, path }),
    ],
  });
};

export default function CampaignPage() {
  const { campaign, fallback } = useLoaderData<typeof loader>();
  const { locale, t, lang } = useContentLang(campaign.contentLocale);
  const c = t.calendar.campaigns;

  return (
    <article className="space-y-8">
      {fallback ? <FallbackNotice /> : null}
      <PageIntro as="header" heading={campaign.title} lead={campaign.lede} lang={lang} />
      {campaign.image ? <ResponsiveImg image={campaign.image} priority className="rounded-lg" /> : null}

      <dl className="grid gap-x-6 gap-y-3 rounded-xl bg-slate-50 p-5 sm:grid-cols-[minmax(0,12rem)_1fr]">
        <Fact label={c.periodLabel}>
          <CampaignPeriod startsOn={campaign.startsOn} endsOn={campaign.endsOn} />
        </Fact>
        {campaign.audiences.length > 0 ? (
          <Fact label={c.audiencesLabel} valueClassName="">
            {campaign.audiences.map((audience) => t.calendar.audiences[audience]).join(', ')}
          </Fact>
        ) : null}
      </dl>

      <ContentBlocks blocks={campaign.body} headingBase={2} lang={lang} />

      {campaign.resources.length > 0 ? (
        <TitledSection id="stod-rubrik" heading={c.resourcesHeading}>
          <LinkList
            items={campaign.resources.map((resource) => ({
              key: resource.slug,
              href: localePath(locale, `/stod/${encodeURIComponent(resource.slug)}`),
              title: resource.name,
              text: resource.summary ? (
                <p className="mt-1" {...lang}>
                  {resource.summary}
                </p>
              ) : null,
            }))}
            lang={lang}
          />
        </TitledSection>
      ) : null}

      {campaign.events.length > 0 ? (
        <TitledSection id="kampanj-evenemang-rubrik" heading={c.eventsHeading}>
          <LinkList
            items={campaign.events.map((event) => ({
              key: event.slug,
              href: eventHref(locale, event.slug),
              title: event.title,
              text: (
                <p className="mt-1">
                  {t.calendar.kinds[event.kind]}, <EventTime startsAt={event.startsAt} endsAt={event.endsAt} />
                </p>
              ),
            }))}
            lang={lang}
          />
        </TitledSection>
      ) : null}

      <PageLink to="/kampanjer">{c.backLink}</PageLink>
    </article>
  );
}

/** Linked titles with a line below each, marked at the start edge. */
function LinkList({
  items,
  lang,
}: {
  items: { key: string; href: string; title: string; text: ReactNode }[];
  lang: ReturnType<typeof contentLangProps>;
}) {
  return (
    <ul className="space-y-4">
      {items.map((item) => (
        <li key={item.key} className="border-s-4 border-teal-700 ps-4">
          <Link to={item.href} className="link font-semibold" {...lang}>
            {item.title}
          </Link>
          {item.text}
        </li>
      ))}
    </ul>
  );
}
