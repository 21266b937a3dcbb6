import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { BlocksRenderer } from '../components/blocks-renderer';
import { CampaignPeriod } from '../components/campaign-period';
import { EventTime, eventHref } from '../components/event-list';
import { FallbackNotice, contentLangProps } from '../components/fallback-notice';
import { getCampaign } from '../models/campaign.server';
import { invariantResponse, requireLocale, withCms } from '../utils/http.server';
import { getDictionary, getLocale, localePath, useI18n } from '../utils/i18n';
import { pageMeta } from '../utils/meta';
import { Heading } from '../components/heading';

export async function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const found = await withCms(() => getCampaign(locale, params.slug ?? '', new Date()));
  invariantResponse(found, 404);
  return found;
}

export const meta: MetaFunction<typeof loader> = ({ data, location, matches }) => {
  const t = getDictionary(getLocale(location.pathname)).kalender;
  if (!data) return pageMeta({ title: t.campaigns.metaTitle, location, matches });
  return pageMeta({ title: data.campaign.title, description: data.campaign.lede, location, matches, type: 'article' });
};

export default function CampaignPage() {
  const { campaign, fallback } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const c = t.kalender.campaigns;
  const lang = contentLangProps(campaign.contentLocale, locale);

  return (
    <article className="space-y-8">
      {fallback ? <FallbackNotice /> : null}
      <header className="space-y-4">
        <Heading level={1} {...lang}>
          {campaign.title}
        </Heading>
        <p className="text-xl" {...lang}>
          {campaign.lede}
        </p>
      </header>

      <dl className="grid gap-x-6 gap-y-3 rounded-xl bg-slate-50 p-5 sm:grid-cols-[minmax(0,12rem)_1fr]">
        <div className="sm:contents">
          <dt className="font-bold text-slate-900">{c.periodLabel}</dt>
          <dd className="mb-2 sm:mb-0">
            <CampaignPeriod startsOn={campaign.startsOn} endsOn={campaign.endsOn} />
          </dd>
        </div>
        {campaign.audiences.length > 0 ? (
          <div className="sm:contents">
            <dt className="font-bold text-slate-900">{c.audiencesLabel}</dt>
            <dd>{campaign.audiences.map((audience) => t.kalender.audiences[audience]).join(', ')}</dd>
          </div>
        ) : null}
      </dl>

      {campaign.body.length > 0 ? (
        <div {...lang}>
          <BlocksRenderer blocks={campaign.body} headingBase={2} />
        </div>
      ) : null}

      {campaign.resources.length > 0 ? (
        <section aria-labelledby="stod-rubrik" className="space-y-4">
          <h2 id="stod-rubrik" className="text-2xl font-bold text-slate-900 sm:text-3xl">
            {c.resourcesHeading}
          </h2>
          <ul className="space-y-4">
            {campaign.resources.map((resource) => (
              <li key={resource.slug} className="border-s-4 border-teal-700 ps-4">
                <Link
                  to={localePath(locale, `/stod/${encodeURIComponent(resource.slug)}`)}
                  className="link font-semibold"
                  {...lang}
                >
                  {resource.name}
                </Link>
                {resource.summary ? (
                  <p className="mt-1" {...lang}>
                    {resource.summary}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {campaign.events.length > 0 ? (
        <section aria-labelledby="kampanj-evenemang-rubrik" className="space-y-4">
          <h2 id="kampanj-evenemang-rubrik" className="text-2xl font-bold text-slate-900 sm:text-3xl">
            {c.eventsHeading}
          </h2>
          <ul className="space-y-4">
            {campaign.events.map((event) => (
              <li key={event.slug} className="border-s-4 border-teal-700 ps-4">
                <Link to={eventHref(locale, event.slug)} className="link font-semibold" {...lang}>
                  {event.title}
                </Link>
                <p className="mt-1">
                  {t.kalender.kinds[event.kind]}, <EventTime startsAt={event.startsAt} endsAt={event.endsAt} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p>
        <Link to={localePath(locale, '/kampanjer')} className="link font-semibold">
          {c.backLink}
        </Link>
      </p>
    </article>
  );
}
