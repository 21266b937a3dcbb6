// The pieces most pages are built from: the intro (h1 and lead), a titled section, a link on a
// line of its own, and a list of facts (label and value side by side on wide screens).
import { Link } from './site-link';
import type { ReactNode } from 'react';
import { localePath, useI18n, type Locale } from '../utils/i18n';
import { Heading } from './heading';

/** The page's h1 and lead; `children` (notes, links) follow the lead. */
export function PageIntro({
  heading,
  lead,
  as: Tag = 'div',
  className = '',
  headingClassName,
  lang,
  before,
  children,
}: {
  heading: ReactNode;
  lead?: ReactNode;
  as?: 'div' | 'header';
  className?: string;
  headingClassName?: string;
  /** For a heading and lead in another language than the page's (contentLangProps). */
  lang?: { lang?: Locale; dir?: 'ltr' | 'rtl' };
  /** Shown above the heading (a label, a badge). */
  before?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Tag className={`space-y-4 ${className}`.trim()}>
      {before}
      <Heading level={1} className={headingClassName} {...lang}>
        {heading}
      </Heading>
      {lead === undefined || lead === null ? null : (
        <p className="text-xl" {...lang}>
          {lead}
        </p>
      )}
      {children}
    </Tag>
  );
}

const SECTION_HEADING = 'text-2xl font-bold text-slate-900';

/** A section named by its h2 (`aria-labelledby`); `small` keeps the heading at one size on wide screens. */
export function TitledSection({
  id,
  heading,
  className = 'space-y-4',
  small = false,
  headingClassName,
  children,
}: {
  /** The h2's id. */
  id: string;
  heading: ReactNode;
  className?: string;
  small?: boolean;
  /** Replaces the heading's classes (e.g. `sr-only`). */
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName ?? (small ? SECTION_HEADING : `${SECTION_HEADING} sm:text-3xl`)}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** A link to another page of the site on a line of its own; `to` is the path without locale. */
export function PageLink({ to, children, bold = true }: { to: string; children: ReactNode; bold?: boolean }) {
  const { locale } = useI18n();
  return (
    <p>
      <Link to={localePath(locale, to)} className={bold ? 'link link-standalone font-semibold' : 'link link-standalone'}>
        {children}
      </Link>
    </p>
  );
}

/** One row of a fact list (inside `<dl>`). */
export function Fact({
  label,
  children,
  valueClassName = 'mb-2 sm:mb-0',
}: {
  label: ReactNode;
  children: ReactNode;
  valueClassName?: string;
}) {
  return (
    <div className="sm:contents">
      <dt className="font-bold text-slate-900">{label}</dt>
      <dd className={valueClassName || undefined}>{children}</dd>
    </div>
  );
}
