import * as fs from 'node:fs';
import * as path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';

/**
 * Seed pages, written as Markdown in cms/seed/pages/ (beside the plan source) so that they read as
 * the texts they are. The young people's pages use only the plan's own words and definitions, said
 * plainly; each has an easy-read (lättläst) version. Every number and address has its source in
 * shared/facts/sources.json (checked by shared/src/fact-sources.test.ts).
 *
 * One page is up to four files: `<slug>.sv.md` (front matter: area, order, title, summary; then the
 * body), `<slug>.sv.lattlast.md` (the easy-read body), `<slug>.en.md` (front matter: title,
 * summary) and `<slug>.en.lattlast.md`. A file's final newline is not part of the text.
 */
export type PageArea = 'about' | 'young_people' | 'staff' | 'legal';

export interface PageText { title: string; summary: string; body: string; easyRead?: string }
export interface SeedPage { slug: string; area: PageArea; order: number; sv: PageText; en?: PageText }

/** The order the seed creates pages in: by area, then by order within the area. */
const AREAS: readonly PageArea[] = ['young_people', 'staff', 'about', 'legal'];

const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(sv|en)(\.lattlast)?\.md$/;

const textMatter = z.strictObject({ title: z.string().min(1), summary: z.string().min(1) });
const svMatter = textMatter.extend({ area: z.enum(AREAS), order: z.number().int().positive() });

function fail(file: string, message: string): never {
  throw new Error(`seed pages: ${file}: ${message}`);
}

function withoutFinalNewline(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/** Reads every page in `dir` (cms/seed/pages); throws on a file it cannot place. */
export function loadPages(dir: string): SeedPage[] {
  const files = new Map<string, { data: Record<string, unknown>; content: string; name: string }>();
  for (const name of fs.readdirSync(dir).sort()) {
    if (!FILE_NAME.test(name)) fail(name, 'expected <slug>.<sv|en>[.lattlast].md');
    const parsed = matter(fs.readFileSync(path.join(dir, name), 'utf8'));
    files.set(name, { data: parsed.data, content: withoutFinalNewline(parsed.content), name });
  }
  const text = (slug: string, locale: 'sv' | 'en'): PageText | undefined => {
    const main = files.get(`${slug}.${locale}.md`);
    const easy = files.get(`${slug}.${locale}.lattlast.md`);
    if (!main) {
      if (easy) fail(easy.name, `has no ${slug}.${locale}.md`);
      return undefined;
    }
    if (easy && Object.keys(easy.data).length > 0) fail(easy.name, 'an easy-read file has no front matter');
    const head = textMatter.safeParse({ title: main.data.title, summary: main.data.summary });
    if (!head.success) fail(main.name, z.prettifyError(head.error));
    return { title: head.data.title, summary: head.data.summary, body: main.content, ...(easy ? { easyRead: easy.content } : {}) };
  };
  const slugs = [...new Set([...files.keys()].map((name) => FILE_NAME.exec(name)![1]!))];
  const pages = slugs.map((slug): SeedPage => {
    const file = `${slug}.sv.md`;
    const sv = files.get(file);
    if (!sv) fail(file, 'missing: every page has a Swedish text');
    const meta = svMatter.safeParse(sv.data);
    if (!meta.success) fail(file, z.prettifyError(meta.error));
    const en = text(slug, 'en');
    return { slug, area: meta.data.area, order: meta.data.order, sv: text(slug, 'sv')!, ...(en ? { en } : {}) };
  });
  return pages.sort((a, b) => AREAS.indexOf(a.area) - AREAS.indexOf(b.area) || a.order - b.order);
}
