import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import type { ReactNode } from 'react';
import { ContentBlocks } from '../components/blocks-renderer';
import { FallbackNotice, contentLangProps, useContentLang } from '../components/fallback-notice';
import { ChannelValue, LevelBadge, OpenStatusText } from '../components/support-contact';
import type { ContactChannel, SupportResource } from '../models/support';
import { getSupportResource } from '../models/support.server';
import { invariantResponse, requireLocale, withCms } from '../utils/http.server';
import { formatDate, getDictionary, localePath, type Dictionary, type Locale } from '../utils/i18n';
import { metaContext, pageMeta } from '../utils/meta';
import { breadcrumbList } from '../utils/structured-data';
import { Fact, PageIntro, TitledSection } from '../components/page-layout';

export async function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const slug = params.slug ?? '';
  invariantResponse(slug, 404);
  const resource = await withCms(() => getSupportResource(locale, slug, new Date()));
  invariantResponse(resource, 404);
  return { resource };
}

export const meta: MetaFunction<typeof loader> = ({ data, location, matches }) => {
  const { locale, origin } = metaContext(location, matches);
  const t = getDictionary(locale);
  if (!data) return pageMeta({ title: t.support.metaTitle, description: t.support.metaDescription, location, matches });
  const { resource } = data;
  return pageMeta({
    title: resource.name,
    description: resource.summary ?? t.support.metaDescription,
    location,
    matches,
    contentLocale: resource.contentLocale,
    translations: [resource.contentLocale, ...resource.otherLocales],
    structuredData: [breadcrumbList({ origin, locale, section: 'support', title: resource.name, path: localePath(locale, `/stod/${encodeURIComponent(resource.slug)}`) })],
  });
};

export default function SupportResourcePage() {
  const { resource } = useLoaderData<typeof loader>();
  const { locale, t, lang } = useContentLang(resource.contentLocale);
  const timed = resource.channels.some((channel) => channel.status && channel.status.kind !== 'always');

  return (
    <div className="space-y-8">
      <p className="print:hidden">
        <a href={localePath(locale, '/stod')} className="link">
          {t.support.resource.backLink}
        </a>
      </p>
      {resource.contentLocale !== locale ? <FallbackNotice /> : null}
      <article className="space-y-8">
        <PageIntro
          as="header"
          heading={resource.name}
          lead={resource.summary || null}
          lang={lang}
          before={<LevelBadge level={resource.level} t={t} />}
        />

        <TitledSection
          id="kontakt-rubrik"
          heading={t.support.resource.contactHeading}
          small
          className="space-y-4 rounded-xl border-2 border-amber-500 bg-amber-50 p-5"
        >
          {resource.channels.length > 0 ? (
            <ul className="space-y-5">
              {resource.channels.map((channel, index) => (
                <Channel key={index} index={index} channel={channel} resource={resource} locale={locale} t={t} />
              ))}
            </ul>
          ) : (
            <p>{t.support.resource.noChannels}</p>
          )}
          {timed ? <p className="text-base text-slate-700">{t.support.resource.statusNote}</p> : null}
        </TitledSection>

        <ContentBlocks blocks={resource.body} headingBase={2} lang={lang} />

        <TitledSection id="om-rubrik" heading={t.support.resource.factsHeading} small>
          <Facts resource={resource} locale={locale} t={t} />
        </TitledSection>
      </article>
    </div>
  );
}

function Channel({
  index,
  channel,
  resource,
  locale,
  t,
}: {
  index: number;
  channel: ContactChannel;
  resource: SupportResource;
  locale: Locale;
  t: Dictionary;
}) {
  // Web and chat links use the label as their text; other kinds show it above the value.
  const label = channel.kind === 'web' || channel.kind === 'chat' ? null : channel.label;
  const hoursId = `oppettider-${index}`;
  return (
    <li className="space-y-1">
      <p className="font-bold text-slate-900">
        {t.support.channelKinds[channel.kind]}
        {label ? (
          <>
            {': '}
            <span {...contentLangProps(resource.contentLocale, locale)}>{label}</span>
          </>
        ) : null}
      </p>
      <p className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <ChannelValue channel={channel} t={t} />
        {channel.isFree ? <span>{t.support.resource.free}</span> : null}
      </p>
      {channel.status ? (
        <p>
          <OpenStatusText channel={channel} t={t} />
        </p>
      ) : null}
      {channel.hours.length > 0 ? (
        <div>
          <p id={hoursId} className="font-semibold text-slate-900">
            {t.support.resource.openingHours}
          </p>
          <ul aria-labelledby={hoursId}>
            {channel.hours.map((row, rowIndex) => (
              <li key={rowIndex}>
                {t.support.days[row.day]} {t.support.time(row.opens)}–{t.support.time(row.closes)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {channel.hoursNote ? <p {...contentLangProps(resource.contentLocale, locale)}>{channel.hoursNote}</p> : null}
    </li>
  );
}

function Facts({ resource, locale, t }: { resource: SupportResource; locale: Locale; t: Dictionary }) {
  const lang = contentLangProps(resource.contentLocale, locale);
  const website = resource.organisation?.website;
  const rows: { label: string; value: ReactNode }[] = [];
  if (resource.organisation) {
    rows.push({
      label: t.support.resource.organisation,
      value: (
        <>
          <span {...lang}>{resource.organisation.name}</span>
          {website ? (
            <>
              {' – '}
              <a href={website} rel="noreferrer" className="link break-words" data-url-shown="">
                {website.replace(/^https?:\/\//i, '').replace(/\/$/, '')}
              </a>
            </>
          ) : null}
        </>
      ),
    });
  }
  if (resource.audiences.length > 0) {
    rows.push({ label: t.support.resource.audiences, value: resource.audiences.map((a) => t.support.audiences[a]).join(', ') });
  }
  rows.push({
    label: t.support.resource.level,
    value: `${t.support.levels[resource.level]}. ${t.support.levelExplanations[resource.level]}`,
  });
  rows.push({ label: t.support.resource.scope, value: t.support.scopes[resource.scope] });
  if (resource.languages) rows.push({ label: t.support.resource.languages, value: <span {...lang}>{resource.languages}</span> });
  if (resource.anonymous) rows.push({ label: t.support.resource.anonymous, value: t.support.resource.anonymousYes });
  // Always shown: a resource nobody has reviewed says so.
  rows.push({
    label: t.followUp.reviewedOn,
    value: resource.reviewedOn ? <time dateTime={resource.reviewedOn}>{formatDate(resource.reviewedOn, locale)}</time> : t.followUp.notReviewedYet,
  });
  if (resource.verifiedOn) rows.push({ label: t.support.resource.verifiedOn, value: formatDate(resource.verifiedOn, locale) });
  if (resource.sourceUrl) {
    rows.push({
      label: t.support.resource.source,
      value: (
        <a href={resource.sourceUrl} rel="noreferrer" className="link break-words" data-url-shown="">
          {resource.sourceUrl.replace(/^https?:\/\//i, '').replace(/\/$/, '')}
        </a>
      ),
    });
  }
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(0,14rem)_1fr]">
      {rows.map((row) => (
        <Fact key={row.label} label={row.label}>
          {row.value}
        </Fact>
      ))}
    </dl>
  );
}
