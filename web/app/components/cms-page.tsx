// A page from the CMS (young people, staff, about, legal): title, lead, text and what the route
// adds around it. Content in another language than the page (the Swedish fallback) gets `lang`.
import type { Block } from '@stodportalen/shared';
import type { ReactNode } from 'react';
import { toNumberedSteps, topHeadingAnchors, type PageView } from '../models/page';
import { formatDate, useI18n, type Locale } from '../utils/i18n';
import { BlocksRenderer } from './blocks-renderer';
import { PageToc } from './design-system';
import { FallbackNotice, contentLangProps } from './fallback-notice';
import { ResponsiveImg } from './responsive-image';

export function CmsPage({
  view,
  blocks,
  blocksLocale,
  showSummary = true,
  showUpdated = false,
  before,
  after,
  notice,
  toc = false,
}: {
  view: PageView;
  /** The text to show (the page's body, or its easy-read version). */
  blocks: readonly Block[];
  /** The language of `blocks` when it differs from the page's (easy read in Swedish). */
  blocksLocale?: Locale;
  showSummary?: boolean;
  showUpdated?: boolean;
  /** Shown between the lead and the text, e.g. the easy-read switch. */
  before?: ReactNode;
  /** Shown after the text, e.g. a link back to the area. */
  after?: ReactNode;
  /** Replaces the standard fallback notice (e.g. for easy-read text in Swedish). */
  notice?: string | null;
  /** "På den här sidan" over the text, when it has at least three top headings (the staff guides). */
  toc?: boolean;
}) {
  const { locale, t } = useI18n();
  const { page } = view;
  const textLocale = blocksLocale ?? view.locale;
  const anchors = toc ? topHeadingAnchors(blocks) : undefined;
  const tocItems = anchors && anchors.size >= 3 ? [...anchors.values()].map(({ id, text }) => ({ href: `#${id}`, label: text })) : null;
  return (
    <div className="space-y-6">
      {view.fallback || notice ? <FallbackNotice message={notice ?? undefined} /> : null}
      <article className="space-y-6" {...contentLangProps(view.locale, locale)}>
        <header className="space-y-4">
          {/* Long Swedish compounds ("Tillgänglighetsredogörelse") must not widen the page at 320 px. */}
          <h1 className="text-3xl leading-tight font-bold break-words hyphens-auto text-slate-900 sm:text-4xl">
            {page.title}
          </h1>
          {showSummary && page.summary ? <p className="text-xl">{page.summary}</p> : null}
        </header>
        {page.image ? <ResponsiveImg image={page.image} priority className="rounded-lg" /> : null}
        {before}
        {tocItems ? (
          <div lang={locale}>
            <PageToc heading={t.plan.tocHeading} items={tocItems} />
          </div>
        ) : null}
        <div {...contentLangProps(textLocale, view.locale)}>
          <PageBody blocks={blocks} anchors={anchors} />
        </div>
        {/* Always shown: a page nobody has reviewed says so. */}
        <p className="text-slate-700" lang={locale}>
          {t.followUp.reviewedOn}{' '}
          {page.reviewedOn ? <time dateTime={page.reviewedOn}>{formatDate(page.reviewedOn, locale)}</time> : t.followUp.notReviewedYet}
        </p>
        {showUpdated && page.updatedAt ? (
          <p className="text-slate-700" lang={locale}>
            {t.pages.page.updatedLabel}: {formatDate(page.updatedAt, locale)}
          </p>
        ) : null}
      </article>
      {after}
    </div>
  );
}

/**
 * The text; when its top headings number steps in order ("1. Socialtjänsten", "2. …"), the steps
 * become an ordered list (each item keeps its heading), so the order is in the structure too.
 */
export function PageBody({ blocks, anchors }: { blocks: readonly Block[]; anchors?: ReadonlyMap<Block, { id: string }> }) {
  const numbered = toNumberedSteps(blocks);
  if (!numbered) {
    return (
      <div>
        <BlocksRenderer blocks={blocks} headingBase={2} anchors={anchors} />
      </div>
    );
  }
  const { intro, steps } = numbered;
  return (
    <div>
      <BlocksRenderer blocks={intro} headingBase={2} anchors={anchors} />
      {/* list-none drops list semantics in Safari/VoiceOver; role="list" keeps them. */}
      <ol role="list" className="my-6 list-none space-y-0 ps-0">
        {steps.map((step, index) => (
          <li key={index} className="border-s-4 border-teal-700 ps-5 pt-1 pb-4 [&>:first-child]:mt-0">
            <BlocksRenderer blocks={[step.heading, ...step.body]} headingBase={2} anchors={anchors} />
          </li>
        ))}
      </ol>
    </div>
  );
}
