import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { Link } from '../components/site-link';
import { eventHref } from '../components/event-list';
import { contentLangProps, FallbackNotice } from '../components/fallback-notice';
import type { FollowUpActivity, FollowUpItem, PlanValidity } from '../models/follow-up';
import { getPlanFollowUp } from '../models/follow-up.server';
import { queryWithFallback } from '../models/localized.server';
import { invariantResponse, requireLocale, withCms } from '../utils/http.server';
import { formatDate, intlLocale, useI18n, type Dictionary, type Locale } from '../utils/i18n';
import { textMeta } from '../utils/meta';
import { Fact, PageIntro, PageLink, TitledSection } from '../components/page-layout';

/** The plan's follow-up: per activity what was done, from editors' entries and the events that have ended. */
export async function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const found = await withCms(() => queryWithFallback(locale, (l) => getPlanFollowUp(l)));
  invariantResponse(found, 404);
  return { followUp: found.data, contentLocale: found.locale, fallback: found.fallback };
}

export const meta = textMeta((t) => t.followUp);

export default function PlanFollowUpPage() {
  const { followUp, contentLocale, fallback } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const u = t.followUp;
  return (
    <div className="space-y-10">
      {fallback ? <FallbackNotice /> : null}
      <PageIntro as="header" heading={u.heading} headingClassName="break-words" lead={u.lead}>
        <PageLink to="/handlingsplan" bold={false}>
          {u.backLink}
        </PageLink>
      </PageIntro>

      <Validity validity={followUp.validity} locale={locale} t={t} />

      <TitledSection id="aktiviteter-rubrik" heading={u.activitiesHeading} small className="space-y-6">
        <ol className="space-y-8">
          {followUp.activities.map((activity) => (
            <Activity key={activity.id} activity={activity} contentLocale={contentLocale} locale={locale} t={t} />
          ))}
        </ol>
      </TitledSection>
    </div>
  );
}

function Validity({ validity, locale, t }: { validity: PlanValidity; locale: Locale; t: Dictionary }) {
  const u = t.followUp;
  // No dates in the plan's metadata: no claim about them.
  if (!validity.period && !validity.revisionDueOn) return null;
  return (
    <TitledSection id="giltighet-rubrik" heading={u.validityHeading} small className="space-y-3 rounded-xl bg-slate-50 p-5">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(0,16rem)_1fr]">
        {validity.period ? (
          <Fact label={u.validityPeriod} valueClassName="">
            {validity.period}
          </Fact>
        ) : null}
        {validity.revisionDueOn ? (
          <Fact label={u.revisionDueOn} valueClassName="">
            <time dateTime={validity.revisionDueOn}>{formatDate(validity.revisionDueOn, locale)}</time>
          </Fact>
        ) : null}
      </dl>
      {/* As on /handlingsplan: whether the period is over, in the tense that is true today. */}
      {validity.period && validity.periodEnded !== null ? (
        <p className={validity.periodEnded ? 'font-semibold text-slate-900' : undefined}>
          {validity.periodEnded ? t.plan.validity.periodEnded(validity.period) : t.plan.validity.periodCurrent(validity.period)}
        </p>
      ) : null}
      {validity.revisionOverdue === true ? <p className="font-semibold text-slate-900">{u.revisionOverdue}</p> : null}
      {validity.revisionOverdue === false ? <p>{u.revisionUpcoming}</p> : null}
    </TitledSection>
  );
}

function Activity({ activity, contentLocale, locale, t }: { activity: FollowUpActivity; contentLocale: Locale; locale: Locale; t: Dictionary }) {
  const u = t.followUp;
  return (
    <li className="space-y-3 border-s-4 border-teal-700 ps-5">
      <h3 className="text-xl font-bold break-words text-slate-900" {...contentLangProps(contentLocale, locale)}>
        {activity.order}. {activity.title}
      </h3>
      <p>
        {u.statusLabel}: <span className="font-semibold">{t.plan.status[activity.status]}</span>
      </p>
      {activity.items.length === 0 ? (
        <p>{u.nothingReported}</p>
      ) : (
        <ul className="space-y-4">
          {activity.items.map((item) => (
            <Item key={`${item.kind}-${item.id}`} item={item} contentLocale={contentLocale} locale={locale} t={t} />
          ))}
        </ul>
      )}
    </li>
  );
}

function Item({ item, contentLocale, locale, t }: { item: FollowUpItem; contentLocale: Locale; locale: Locale; t: Dictionary }) {
  const u = t.followUp;
  const date = (
    <p className="font-bold text-slate-900">
      <time dateTime={item.date}>{formatDate(item.date, locale)}</time>
    </p>
  );
  if (item.kind === 'event') {
    return (
      <li className="space-y-1">
        {date}
        <EventLine label={u.pastEvent} event={item.event} lang={contentLangProps(contentLocale, locale)} />
      </li>
    );
  }
  return (
    <li className="space-y-1">
      {date}
      <p className="whitespace-pre-line" {...contentLangProps(contentLocale, locale)}>
        {item.summary}
      </p>
      {item.reached !== null ? (
        <p>{item.reached === 1 ? u.reached.one : u.reached.other.replace('{count}', new Intl.NumberFormat(intlLocale(locale)).format(item.reached))}</p>
      ) : null}
      {item.event ? (
        <EventLine label={u.eventLink} event={item.event} lang={contentLangProps(contentLocale, locale)} />
      ) : null}
      {item.document ? (
        <p>
          {u.documentLink}:{' '}
          <a href={item.document.url} rel="noreferrer" className="link break-words">
            {item.document.title ?? item.document.url}
          </a>
        </p>
      ) : null}
    </li>
  );
}

/** "Label: <the event's title as a link>". */
function EventLine({ label, event, lang }: { label: string; event: { slug: string; title: string }; lang: ReturnType<typeof contentLangProps> }) {
  const { locale } = useI18n();
  return (
    <p>
      {label}:{' '}
      <Link to={eventHref(locale, event.slug)} className="link" {...lang}>
        {event.title}
      </Link>
    </p>
  );
}
