import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { Link } from '../components/site-link';
import type { ReactNode } from 'react';
import { BlocksRenderer } from '../components/blocks-renderer';
import { PageToc, type TocItem } from '../components/design-system';
import { Heading } from '../components/heading';
import type { ActionPlan, PlanSection, SectionExtra } from '../models/plan';
import { getActionPlan } from '../models/plan.server';
import { planValidity, type PlanValidity } from '../models/plan-validity';
import { stockholmDate } from '@stodportalen/shared';
import { queryWithFallback } from '../models/localized.server';
import { contentLangProps, FallbackNotice } from '../components/fallback-notice';
import { metaContext, pageMeta } from '../utils/meta';
import { article } from '../utils/structured-data';
import { invariantResponse, requireLocale, withCms } from '../utils/http.server';
import { formatDate, getDictionary, localePath, useI18n, type Dictionary, type Locale } from '../utils/i18n';
import { toSafeUrl } from '../utils/safe-url';
import { assignTermLinks, type TermLink } from '../utils/term-links';

export async function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  // The plan is adopted in Swedish: other locales show it in Swedish with a notice.
  const found = await withCms(() => queryWithFallback(locale, getActionPlan));
  invariantResponse(found, 404);
  // Against today's date in Stockholm, so "the revision date has passed" is never hard-coded.
  const validity = planValidity(found.data.metadata, stockholmDate(new Date()));
  return { plan: found.data, contentLocale: found.locale, fallback: found.fallback, validity };
}

export const meta: MetaFunction<typeof loader> = ({ data, location, matches }) => {
  const { locale, origin, shareImageOf } = metaContext(location, matches);
  const t = getDictionary(locale);
  if (!data) return pageMeta({ title: t.plan.metaTitle, description: t.plan.metaDescription, location, matches, type: 'article' });
  const { plan, contentLocale } = data;
  return pageMeta({
    title: plan.title,
    description: t.plan.metaDescription,
    location,
    matches,
    type: 'article',
    contentLocale,
    translations: [contentLocale, ...plan.otherLocales],
    structuredData: [
      article({ origin, locale, headline: plan.title, description: t.plan.metaDescription, path: localePath(contentLocale, '/handlingsplan'), contentLocale, modified: plan.updatedAt, image: shareImageOf(null) }),
    ],
  });
};

/** Ids of the structured parts when no section of the plan holds them. */
const TRAILING_IDS: Record<SectionExtra['kind'], string> = {
  activities: 'plan-aktiviteter',
  terms: 'plan-begrepp',
  references: 'plan-referenser',
};

export default function ActionPlanPage() {
  const { plan, contentLocale, fallback, validity } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  // Each glossary term links to /begrepp where it first appears in the sections' text.
  const termLinks = assignTermLinks(
    plan.sections.map(shownBody),
    plan.terms.map((term) => ({ name: term.name, href: `${localePath(locale, '/begrepp')}#${term.slug}` })),
  );

  return (
    <>
    {fallback ? <FallbackNotice className="mb-8" /> : null}
    <article className="space-y-10" {...contentLangProps(contentLocale, locale)}>
      <header className="space-y-4">
        <PrintCoverLine plan={plan} t={t} />
        <Heading level={1}>{plan.title}</Heading>
        <p>
          <Link to={localePath(locale, '/handlingsplan/uppfoljning')} className="link font-semibold">
            {t.followUp.planLink}
          </Link>
        </p>
      </header>

      <PlanStatus validity={validity} locale={locale} t={t} />

      <section aria-labelledby="fakta-rubrik" className="rounded-xl bg-slate-50 p-5">
        <h2 id="fakta-rubrik" className="mb-4 text-2xl font-bold text-slate-900">
          {t.plan.factsHeading}
        </h2>
        <PlanFacts plan={plan} locale={locale} t={t} />
      </section>

      {plan.summary.length > 0 ? (
        <section aria-labelledby="arende-rubrik" className="space-y-4">
          <h2 id="arende-rubrik" className="text-2xl font-bold text-slate-900">
            {t.plan.caseHeading}
          </h2>
          <p className="text-slate-700">{t.plan.caseIntro}</p>
          {plan.summary.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      ) : null}

      {plan.overallGoal ? (
        <section aria-labelledby="mal-rubrik" className="border-l-8 border-teal-700 bg-teal-50 p-5">
          <h2 id="mal-rubrik" className="mb-2 text-2xl font-bold text-slate-900">
            {t.plan.goalHeading}
          </h2>
          <p className="text-xl">{plan.overallGoal}</p>
        </section>
      ) : null}

      <TableOfContents plan={plan} t={t} />

      <div className="space-y-10">
        {plan.sections.map((section, index) => (
          <Section key={section.anchor} section={section} plan={plan} locale={locale} t={t} termLinks={termLinks[index]} />
        ))}
        {plan.trailingExtras.map((kind) => (
          <section key={kind} className="space-y-4">
            <Heading level={2} id={TRAILING_IDS[kind]}>
              {extraHeading(kind, t)}
            </Heading>
            <Extra kind={kind} plan={plan} level={2} locale={locale} t={t} />
          </section>
        ))}
      </div>
    </article>
    </>
  );
}

function extraHeading(kind: SectionExtra['kind'], t: Dictionary): string {
  if (kind === 'activities') return t.plan.activitiesHeading;
  if (kind === 'terms') return t.plan.termsHeading;
  return t.plan.referencesHeading;
}

/**
 * On paper only: one line that says which document this is (title, validity period, case number),
 * from the plan's own metadata; a part the plan does not give is left out.
 */
function PrintCoverLine({ plan, t }: { plan: ActionPlan; t: Dictionary }) {
  const m = plan.metadata;
  const parts = [
    plan.title,
    m.validityPeriod ? `${t.plan.facts.validityPeriod}: ${m.validityPeriod}` : null,
    m.referenceNumber ? `${t.plan.facts.referenceNumber}: ${m.referenceNumber}` : null,
  ].filter((part): part is string => part !== null);
  return (
    <p data-print-cover="" className="hidden border-b-2 border-black pb-2 text-base font-semibold print:block">
      {parts.join(' · ')}
    </p>
  );
}

function PlanFacts({ plan, locale, t }: { plan: ActionPlan; locale: Locale; t: Dictionary }) {
  const m = plan.metadata;
  const date = (value: string | null) => (value ? formatDate(value, locale) : null);
  const join = (...parts: (string | null)[]) => {
    const present = parts.filter((part): part is string => part !== null);
    return present.length > 0 ? present.join(', ') : null;
  };
  const councilAdopted = m.councilAdoptedOn
    ? join(date(m.councilAdoptedOn), m.councilAdoptionReference)
    : t.plan.facts.notInPlan;
  const rows: [string, string | null][] = [
    [t.plan.facts.referenceNumber, m.referenceNumber],
    [t.plan.facts.commissionedBy, m.commissionedBy],
    [t.plan.facts.approved, join(m.approvedBy, date(m.approvedOn))],
    [t.plan.facts.councilAdopted, councilAdopted],
    [t.plan.facts.responsibleUnit, m.responsibleUnit],
    [t.plan.facts.validityPeriod, m.validityPeriod],
    [t.plan.facts.revisionDueOn, date(m.revisionDueOn)],
    [t.plan.facts.updatedAt, date(plan.updatedAt)],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(0,16rem)_1fr]">
      {rows.map(([label, value]) =>
        value ? (
          <div key={label} className="sm:contents">
            <dt className="font-bold text-slate-900">{label}</dt>
            <dd className="mb-2 sm:mb-0">{value}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}

/** The validity period and the revision date, and plainly whether they have passed. */
function PlanStatus({ validity, locale, t }: { validity: PlanValidity; locale: Locale; t: Dictionary }) {
  const lines: string[] = [];
  if (validity.period) lines.push(validity.periodEnded ? t.plan.validity.periodEnded(validity.period) : t.plan.validity.periodCurrent(validity.period));
  if (validity.revisionDueOn) {
    const date = formatDate(validity.revisionDueOn, locale);
    lines.push(validity.revisionOverdue ? t.plan.validity.revisionOverdue(date) : t.plan.validity.revisionPending(date));
  }
  if (lines.length === 0) return null;
  const outdated = validity.periodEnded === true || validity.revisionOverdue === true;
  return (
    <section
      aria-labelledby="status-rubrik"
      className={`space-y-2 rounded-xl border-2 p-5 ${outdated ? 'border-amber-600 bg-amber-50' : 'border-slate-300'}`}
    >
      <h2 id="status-rubrik" className="text-2xl font-bold text-slate-900">
        {t.plan.validity.heading}
      </h2>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </section>
  );
}

function TableOfContents({ plan, t }: { plan: ActionPlan; t: Dictionary }) {
  const groups: { section: PlanSection; children: PlanSection[] }[] = [];
  for (const section of plan.sections) {
    const last = groups[groups.length - 1];
    if (section.level === 3 && last) last.children.push(section);
    else groups.push({ section, children: [] });
  }
  const items: TocItem[] = [
    ...groups.map(({ section, children }) => ({
      href: `#${section.anchor}`,
      label: section.heading,
      children: children.map((child) => ({ href: `#${child.anchor}`, label: child.heading })),
    })),
    ...plan.trailingExtras.map((kind) => ({ href: `#${TRAILING_IDS[kind]}`, label: extraHeading(kind, t) })),
  ];
  return <PageToc heading={t.plan.tocHeading} items={items} id="innehall-rubrik" />;
}

/** The blocks of a section's text that are shown (not replaced by a structured part). */
function shownBody(section: PlanSection): PlanSection['body'] {
  if (section.extras.some((extra) => extra.replaces === 'body')) return [];
  const replaced = new Set(section.extras.flatMap((extra) => (typeof extra.replaces === 'object' ? [extra.replaces.block] : [])));
  return section.body.filter((_, index) => !replaced.has(index));
}

function Section({
  section,
  plan,
  locale,
  t,
  termLinks,
}: {
  section: PlanSection;
  plan: ActionPlan;
  locale: Locale;
  t: Dictionary;
  termLinks?: readonly TermLink[];
}) {
  const replacesBody = section.extras.filter((extra) => extra.replaces === 'body');
  const inBody = new Map<number, ReactNode>();
  for (const extra of section.extras) {
    if (typeof extra.replaces === 'object') {
      inBody.set(
        extra.replaces.block,
        <Extra key={extra.kind} kind={extra.kind} plan={plan} level={section.level} locale={locale} t={t} />,
      );
    }
  }
  const after = section.extras.filter((extra) => extra.replaces === 'nothing');
  return (
    <section className="space-y-4">
      <Heading level={section.level} id={section.anchor}>
        {section.heading}
      </Heading>
      {replacesBody.length > 0 ? (
        replacesBody.map((extra) => (
          <Extra key={extra.kind} kind={extra.kind} plan={plan} level={section.level} locale={locale} t={t} />
        ))
      ) : (
        <BlocksRenderer blocks={section.body} headingBase={section.level + 1} replace={inBody} termLinks={termLinks} />
      )}
      {after.map((extra) => (
        <div key={extra.kind} className="space-y-4 pt-2">
          <Heading level={section.level + 1}>{extraHeading(extra.kind, t)}</Heading>
          <Extra kind={extra.kind} plan={plan} level={section.level + 1} locale={locale} t={t} />
        </div>
      ))}
    </section>
  );
}

/** A structured part; `level` is the heading level it sits under. */
function Extra({
  kind,
  plan,
  level,
  locale,
  t,
}: {
  kind: SectionExtra['kind'];
  plan: ActionPlan;
  level: number;
  locale: Locale;
  t: Dictionary;
}) {
  if (kind === 'activities') return <Activities plan={plan} locale={locale} t={t} />;
  if (kind === 'terms') return <Terms plan={plan} level={level} t={t} />;
  return <References plan={plan} />;
}

const STATUS_STYLES = {
  notReported: 'border-dashed border-slate-600 bg-white text-slate-900',
  planned: 'border-slate-600 bg-white text-slate-900',
  ongoing: 'border-amber-600 bg-amber-50 text-slate-900',
  done: 'border-teal-700 bg-teal-50 text-slate-900',
} as const;

function Activities({ plan, locale, t }: { plan: ActionPlan; locale: Locale; t: Dictionary }) {
  return (
    <ol id="aktiviteter" className="my-4 list-decimal space-y-4 pl-7">
      {plan.activities.map((activity) => (
        <li key={activity.id} className="pl-1">
          <p className="font-semibold text-slate-900">{activity.title}</p>
          {activity.description ? <p className="mt-1">{activity.description}</p> : null}
          <dl className="mt-2 space-y-1">
            <div>
              <dt className="inline">{t.plan.activityStatusLabel}: </dt>
              <dd className="inline">
                <span
                  className={`inline-block rounded-full border-2 px-3 font-semibold ${STATUS_STYLES[activity.status]}`}
                >
                  {t.plan.status[activity.status]}
                </span>
              </dd>
            </div>
            {activity.responsible ? (
              <div>
                <dt className="inline">{t.plan.activityResponsibleLabel}: </dt>
                <dd className="inline">{activity.responsible}</dd>
              </div>
            ) : null}
            {activity.followUpOn ? (
              <div>
                <dt className="inline">{t.plan.activityFollowUpLabel}: </dt>
                <dd className="inline">{formatDate(activity.followUpOn, locale)}</dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ol>
  );
}

function Terms({ plan, level, t }: { plan: ActionPlan; level: number; t: Dictionary }) {
  return (
    <dl className="space-y-6">
      {plan.terms.map((term) => (
        <div key={term.slug}>
          <dt id={`begrepp-${term.slug}`} className="text-xl font-bold text-slate-900">
            {term.name}
          </dt>
          <dd className="mt-1">
            <BlocksRenderer blocks={term.definition} headingBase={level + 1} />
            {term.source ? (
              <p className="text-slate-700">
                {t.plan.termSourceLabel}: {term.source}
              </p>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function References({ plan }: { plan: ActionPlan }) {
  return (
    <ol className="list-decimal space-y-2 pl-7">
      {plan.references.map((reference, index) => {
        const url = reference.url ? toSafeUrl(reference.url) : null;
        return (
          <li key={index} className="break-words pl-1">
            {url ? (
              <a href={url.href} rel={url.external ? 'noreferrer' : undefined} className="link">
                {reference.title}
              </a>
            ) : (
              reference.title
            )}
          </li>
        );
      })}
    </ol>
  );
}
