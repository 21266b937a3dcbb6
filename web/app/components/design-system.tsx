// The portal's small design system (docs/decisions/027-design-system.md): pieces that every page
// can use, built on the tokens in tailwind.css (brand, ink, muted, line, surface, acute; the step
// type scale; the 44 px tap height). None needs JavaScript. Each has a browser test with an axe check
// in tests/browser/design-system.spec.ts, on the pages that use it.
import { Link } from './site-link';
import type { ReactNode } from 'react';

/**
 * LinkButton: a link that looks like a button, for the one main action of a section ("Tipsa om ett
 * evenemang"). A link, since it goes somewhere; `secondary` for a quieter outline.
 */
export function LinkButton({ to, children, secondary = false }: { to: string; children: ReactNode; secondary?: boolean }) {
  return (
    <Link to={to} className={secondary ? 'button button-secondary' : 'button'}>
      {children}
    </Link>
  );
}

/** Card: a bordered box in a list (a page, a campaign), with its heading as the link. */
export function Card({ heading, to, headingLevel = 3, children, lang }: { heading: ReactNode; to: string; headingLevel?: 2 | 3; children?: ReactNode; lang?: { lang?: string; dir?: 'ltr' | 'rtl' } }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="card h-full rounded-xl border-2 border-line bg-white p-5 hover:border-brand">
      <Heading className="text-step-1 leading-snug font-bold text-slate-900">
        <Link to={to} className="link" {...lang}>
          {heading}
        </Link>
      </Heading>
      {children ? <div className="mt-2 space-y-2">{children}</div> : null}
    </div>
  );
}

const NOTICE_STYLES = {
  info: 'border-sky-700 bg-sky-50',
  warning: 'border-amber-600 bg-amber-50',
  success: 'border-teal-700 bg-teal-50',
} as const;

/** Notice: a short message the visitor should not miss, with a coloured edge (not colour alone: it has a heading or bold text). */
export function Notice({ kind = 'info', children, className = '' }: { kind?: keyof typeof NOTICE_STYLES; children: ReactNode; className?: string }) {
  return (
    <div role="note" className={`notice rounded-lg border-s-8 px-4 py-3 text-slate-900 ${NOTICE_STYLES[kind]} ${className}`.trim()}>
      {children}
    </div>
  );
}

export type TocItem = { href: string; label: ReactNode; children?: readonly TocItem[] };

/**
 * PageToc: "På den här sidan", the sections of a long page as links to their headings (the plan,
 * the staff guides). A numbered list, since the sections come in order.
 */
export function PageToc({ heading, items, id = 'pa-sidan-rubrik' }: { heading: string; items: readonly TocItem[]; id?: string }) {
  return (
    <nav aria-labelledby={id} className="page-toc rounded-xl border border-line p-5 print:border-0 print:p-0">
      <h2 id={id} className="mb-2 text-step-2 leading-tight font-bold text-slate-900">
        {heading}
      </h2>
      <TocList items={items} nested={false} />
    </nav>
  );
}

function TocList({ items, nested }: { items: readonly TocItem[]; nested: boolean }) {
  return (
    <ol className={nested ? 'list-[lower-alpha] ps-7' : 'list-decimal ps-7 lg:columns-2 lg:gap-10'}>
      {items.map((item) => (
        <li key={item.href} className="break-inside-avoid">
          <a href={item.href} className="link link-standalone">
            {item.label}
          </a>
          {item.children && item.children.length > 0 ? <TocList items={item.children} nested /> : null}
        </li>
      ))}
    </ol>
  );
}
