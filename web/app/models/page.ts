// View models of the CMS's stand-alone pages (plain data, safe to send to the browser).
import { slugify, type Block } from '@stodportalen/shared';
import type { Locale } from '../utils/i18n';
import type { ResponsiveImage } from './image';

export const PAGE_AREAS = ['about', 'young_people', 'staff', 'legal'] as const;
export type PageArea = (typeof PAGE_AREAS)[number];

export function isPageArea(value: string): value is PageArea {
  return PAGE_AREAS.some((area) => area === value);
}

/** The fixed Swedish addresses of the about and legal pages (their routes are separate files). */
export const FIXED_PAGE_PATHS = {
  about: { 'om-portalen': '/om' },
  legal: { integritet: '/integritet', 'dolj-ditt-besok': '/dolj-ditt-besok', tillganglighet: '/tillganglighet' },
} as const satisfies Partial<Record<PageArea, Record<string, string>>>;

/**
 * Where a page lives, without the locale prefix; null for an about/legal page that has no route
 * (editors can create one, but it needs a route file before it can be linked to).
 */
export function pagePath(area: PageArea, slug: string): string | null {
  if (area === 'young_people') return `/unga/${slug}`;
  if (area === 'staff') return `/for-personal/${slug}`;
  const fixed: Readonly<Record<string, string>> = FIXED_PAGE_PATHS[area];
  return fixed[slug] ?? null;
}

/** A slug as the CMS makes them; anything else in the URL is a 404 without asking the CMS. */
export function isSlug(value: string | undefined): value is string {
  return value !== undefined && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 200;
}

export interface PageCard {
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  /** The locale the card's text is in (Swedish when the visitor's language has no version). */
  locale: Locale;
  fallback: boolean;
}

export interface CmsPage {
  slug: string;
  area: PageArea;
  title: string;
  summary: string | null;
  /** The page's lead image (with alternative text), or null. */
  image: ResponsiveImage | null;
  body: Block[];
  updatedAt: string | null;
  /** When an editor last reviewed the page (`YYYY-MM-DD`). */
  reviewedOn: string | null;
  /** The other locales the page is written in (hreflang alternates). */
  otherLocales: Locale[];
}

/** The easy-read (lättläst) text of a page: its own, or the Swedish one for a translation without. */
export interface EasyRead {
  blocks: Block[];
  locale: Locale;
}

export interface PageView {
  page: CmsPage;
  /** The locale of `page`. */
  locale: Locale;
  /** True when `page` is Swedish because the visitor's language has no version. */
  fallback: boolean;
  easyRead: EasyRead | null;
}

/**
 * Page bodies whose top headings are numbered 1, 2, 3 … ("1. Socialtjänsten") describe steps in
 * order: they are shown as an ordered list of steps, each with its heading and text.
 */
export interface NumberedSteps {
  intro: Block[];
  steps: { heading: Extract<Block, { type: 'heading' }>; body: Block[] }[];
}

const STEP_NUMBER = /^\s*(\d+)[.)]\s/;

/** The body as numbered steps, or null when its top headings are not numbered 1, 2, 3 … in order. */
export function toNumberedSteps(blocks: readonly Block[]): NumberedSteps | null {
  const levels = blocks.flatMap((block) => (block.type === 'heading' ? [block.level] : []));
  if (levels.length < 2) return null;
  const top = Math.min(...levels);
  const result: NumberedSteps = { intro: [], steps: [] };
  for (const block of blocks) {
    if (block.type === 'heading' && block.level === top) {
      const number = STEP_NUMBER.exec(block.children.map((node) => (node.type === 'text' ? node.text : '')).join(''));
      if (!number || Number(number[1]) !== result.steps.length + 1) return null;
      result.steps.push({ heading: block, body: [] });
    } else {
      const current = result.steps[result.steps.length - 1];
      if (current) current.body.push(block);
      else result.intro.push(block);
    }
  }
  return result.steps.length >= 2 ? result : null;
}

/** A heading's text (its inline nodes' text, links included). */
function headingText(block: Extract<Block, { type: 'heading' }>): string {
  return block.children
    .map((node) => (node.type === 'text' ? node.text : node.type === 'link' ? node.children.map((child) => child.text).join('') : ''))
    .join('')
    .trim();
}

/**
 * Anchors for the body's top headings ("Så här gör du" → `#sa-har-gor-du`), unique within the page,
 * by block: the page's "På den här sidan" links to them and the renderer gives them as ids.
 */
export function topHeadingAnchors(blocks: readonly Block[]): Map<Block, { id: string; text: string }> {
  const headings = blocks.filter((block): block is Extract<Block, { type: 'heading' }> => block.type === 'heading');
  const anchors = new Map<Block, { id: string; text: string }>();
  if (headings.length === 0) return anchors;
  const top = Math.min(...headings.map((heading) => heading.level));
  const taken = new Set<string>();
  for (const heading of headings) {
    if (heading.level !== top) continue;
    const text = headingText(heading);
    const base = `del-${slugify(text) || 'rubrik'}`;
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    anchors.set(heading, { id, text });
  }
  return anchors;
}
