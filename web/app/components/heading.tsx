import type { ReactNode } from 'react';

const TAGS = { 1: 'h1', 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' } as const;
export type HeadingLevel = keyof typeof TAGS;

/** Clamps any number to a valid heading level (1–6). */
export function headingLevel(level: number): HeadingLevel {
  if (level <= 1) return 1;
  if (level >= 6) return 6;
  if (level === 2 || level === 3 || level === 4 || level === 5) return level;
  return 6;
}

const SIZES: Record<HeadingLevel, string> = {
  1: 'text-3xl sm:text-4xl font-bold leading-tight',
  2: 'text-2xl sm:text-3xl font-bold leading-tight',
  3: 'text-xl sm:text-2xl font-bold leading-snug',
  4: 'text-xl font-semibold leading-snug',
  5: 'text-lg font-semibold',
  6: 'text-lg font-semibold',
};

export function Heading({
  level,
  id,
  className = '',
  lang,
  dir,
  children,
}: {
  level: number;
  id?: string;
  className?: string;
  /** For a heading in another language than the page's (contentLangProps). */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  children: ReactNode;
}) {
  const safeLevel = headingLevel(level);
  const Tag = TAGS[safeLevel];
  return (
    <Tag id={id} lang={lang} dir={dir} className={`${SIZES[safeLevel]} text-slate-900 ${className}`.trim()}>
      {children}
    </Tag>
  );
}
