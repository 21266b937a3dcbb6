import {
  blocksToPlainText,
  inlineToPlainText,
  slugify,
  type Block,
  type InlineNode,
  type LinkNode,
  type ListItemNode,
  type ListNode,
  type TextNode,
} from '@stodportalen/shared';
import type { Heading, List, Node, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/**
 * Parser for Karlskoga kommun's action plan against prostitution
 * (`cms/seed/handlingsplan-karlskoga.md`, a PDF-to-Markdown conversion).
 *
 * Turns the Markdown into structured seed data (Strapi "blocks" rich text,
 * metadata, terms, activities, references). The wording of the document is
 * kept verbatim: the parser only restructures, it never rewrites text.
 *
 * The Markdown is read as CommonMark by mdast-util-from-markdown; this module maps the mdast tree
 * to blocks and finds the plan's parts on it. Pure module: no I/O. Throws an Error with a descriptive
 * message whenever an expected part of the document is missing, so that a
 * broken seed file is caught at seed time rather than producing half data.
 */

// The blocks are Strapi's rich text as shared/src/blocks.ts defines it; the plan has no nested lists.
export type { Block };
export type BlockInline = InlineNode;
type BlockText = TextNode;
type BlockLink = LinkNode;

/** A list's items (the plan's lists are never nested). */
function listItems(list: ListNode): ListItemNode[] {
  return list.children.filter((item): item is ListItemNode => item.type === 'list-item');
}

export interface PlanSection {
  heading: string;
  anchor: string;
  level: 2 | 3;
  body: Block[];
}

export interface ParsedPlan {
  title: string;
  summary: string;
  metadata: {
    diarienummer: string;
    commissionedBy: string;
    approvedBy: string;
    approvedOn: string;
    councilAdoptedOn: null;
    councilAdoptionReference: null;
    responsibleUnit: string;
    validityPeriod: string;
    revisionDueOn: string;
  };
  overallGoal: string;
  sections: PlanSection[];
  activities: string[];
  terms: { name: string; definition: Block[]; source: string | null }[];
  references: { title: string; url: string | null }[];
}

/* ------------------------------------------------------------------------ */
/* Constants                                                                */
/* ------------------------------------------------------------------------ */

const FIRST_SECTION = 'Inledning';
const LAST_SECTION = 'Referenser';
const DEFINITIONS_SECTION = 'Definition och viktiga begrepp';
const ACTIVITIES_SECTION = 'Prioriterade aktiviteter/mål';
const FOLLOW_UP_SECTION = 'Uppföljning och revidering';
const EXPECTED_TERMS = ['Prostitution', 'Människohandel', 'Sugardejting'] as const;
const EXPECTED_ACTIVITY_COUNT = 5;

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴',
  '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾',
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function fail(message: string): never {
  throw new Error(`parsePlan: ${message}`);
}

/* ------------------------------------------------------------------------ */
/* Small helpers                                                            */
/* ------------------------------------------------------------------------ */

function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/* ------------------------------------------------------------------------ */
/* Markdown to blocks (mdast)                                               */
/* ------------------------------------------------------------------------ */

/**
 * The plan's converter double-escapes some punctuation (`\\_`); read it as the single escape it
 * means, as the seed always has.
 */
function undoubleEscapes(markdown: string): string {
  return markdown.replace(/\\\\([!-/:-@[-`{-~])/g, '\\$1');
}

/**
 * Reads the seed sources as CommonMark, with the converter's two liberties: a double-escaped
 * punctuation mark (`\\_`) is one escape, and a link target may hold a space (the PDF's line
 * wrap), as in `](https://…handlingsplan_p rostitution…)`, which is written `](<…>)` for CommonMark.
 */
function parseMarkdown(markdown: string): { source: string; nodes: RootContent[] } {
  const source = undoubleEscapes(markdown).replace(/\]\(([^()<>\s][^()<>\n]*? [^()<>\n]*)\)/g, '](<$1>)');
  return { source, nodes: fromMarkdown(source).children };
}

/** The Markdown source of a node (positions refer to the source given to parseMarkdown). */
function nodeSource(source: string, node: Node): string {
  return source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

function makeText(text: string, bold: boolean, italic: boolean): BlockText {
  const node: BlockText = { type: 'text', text };
  if (bold) node.bold = true;
  if (italic) node.italic = true;
  return node;
}

function sameMarks(a: BlockText, b: BlockText): boolean {
  return a.bold === b.bold && a.italic === b.italic;
}

/** Drops empty text nodes / empty links and merges adjacent text nodes with equal marks. */
function normalizeInlines(nodes: BlockInline[]): BlockInline[] {
  const out: BlockInline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.text === '') continue;
      const last = out[out.length - 1];
      if (last && last.type === 'text' && sameMarks(last, node)) {
        out[out.length - 1] = { ...last, text: last.text + node.text };
      } else {
        out.push({ ...node });
      }
    } else {
      const children = normalizeInlines(node.children).filter(
        (c): c is BlockText => c.type === 'text',
      );
      if (children.length === 0) continue;
      out.push({ type: 'link', url: node.url, children });
    }
  }
  return out;
}

function trimInlineEdges(nodes: BlockInline[]): BlockInline[] {
  const trimNode = (node: BlockInline, side: 'start' | 'end'): BlockInline => {
    const trim = (text: string): string => (side === 'start' ? text.trimStart() : text.trimEnd());
    if (node.type === 'text') return { ...node, text: trim(node.text) };
    const children = [...node.children];
    const idx = side === 'start' ? 0 : children.length - 1;
    const child = children[idx];
    if (child) children[idx] = { ...child, text: trim(child.text) };
    return { ...node, children };
  };
  // Trim repeatedly: trimming may empty an edge node and expose another one.
  let current = normalizeInlines(nodes);
  for (;;) {
    if (current.length === 0) return current;
    const trimmed = [...current];
    trimmed[0] = trimNode(trimmed[0]!, 'start');
    trimmed[trimmed.length - 1] = trimNode(trimmed[trimmed.length - 1]!, 'end');
    const next = normalizeInlines(trimmed);
    if (next.length === current.length) return next;
    current = next;
  }
}

interface Marks { bold: boolean; italic: boolean; sup: boolean }

/**
 * mdast phrasing content to blocks inlines: strong and emphasis become marks, links keep their
 * text (a link to '' or '#' is only its text), the converter's inline HTML (<b>, <i>, <sup>, <br>)
 * becomes marks, Unicode superscripts and line breaks; a soft line break is a space.
 */
function toInlines(nodes: readonly PhrasingContent[], marks: Marks = { bold: false, italic: false, sup: false }): BlockInline[] {
  const out: BlockInline[] = [];
  let state = { ...marks };
  const text = (value: string): BlockText => {
    const raw = value.replace(/[ \t]*\n[ \t]*/g, ' ');
    return makeText(state.sup ? Array.from(raw.trim()).map((c) => SUPERSCRIPT[c] ?? c).join('') : raw, state.bold, state.italic);
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(text(node.value));
        break;
      case 'break':
        out.push(makeText('\n', state.bold, state.italic));
        break;
      case 'strong':
        out.push(...toInlines(node.children, { ...state, bold: true }));
        break;
      case 'emphasis':
        out.push(...toInlines(node.children, { ...state, italic: true }));
        break;
      case 'link': {
        const url = node.url.trim();
        const inner = toInlines(node.children, state).flatMap((n) => (n.type === 'text' ? [n] : n.children));
        if (url === '' || url === '#') out.push(...inner);
        else out.push({ type: 'link', url, children: inner });
        break;
      }
      case 'html': {
        const tag = /^<(\/?)(b|strong|i|em|sup)>$/i.exec(node.value);
        if (/^<br\s*\/?>$/i.test(node.value)) out.push(makeText('\n', state.bold, state.italic));
        else if (!tag) out.push(text(node.value));
        else {
          const on = tag[1] === '';
          const name = tag[2]!.toLowerCase();
          if (name === 'sup') state = { ...state, sup: on };
          else if (name === 'b' || name === 'strong') state = { ...state, bold: on || marks.bold };
          else state = { ...state, italic: on || marks.italic };
        }
        break;
      }
      default:
        fail(`unsupported inline Markdown "${node.type}"`);
    }
  }
  return normalizeInlines(out);
}

const QUOTE_OPEN = /^[”“"„«]/;
const QUOTE_CLOSE = /[”“"»]$/;

function paragraphBlock(paragraph: Paragraph): Block | null {
  const children = trimInlineEdges(toInlines(paragraph.children));
  if (children.length === 0) return null;
  // A paragraph that is entirely *"…"* is a quotation (e.g. the NMT quote).
  const only = paragraph.children.length === 1 ? paragraph.children[0] : undefined;
  if (only?.type === 'emphasis') {
    const inner = inlineToPlainText(children).trim();
    if (QUOTE_OPEN.test(inner) && QUOTE_CLOSE.test(inner) && children.every((c) => c.type === 'text' && c.italic === true)) {
      return { type: 'quote', children };
    }
  }
  return { type: 'paragraph', children };
}

function listBlock(list: List): ListNode | null {
  const children = list.children
    .map((item) => trimInlineEdges(
      item.children.flatMap((child, index): BlockInline[] => {
        if (child.type !== 'paragraph') fail(`unsupported "${child.type}" in a list item; the seed texts' lists hold only text`);
        return index === 0 ? toInlines(child.children) : [makeText(' ', false, false), ...toInlines(child.children)];
      }),
    ))
    .filter((c) => c.length > 0)
    .map((c) => ({ type: 'list-item' as const, children: c }));
  return children.length ? { type: 'list', format: list.ordered ? 'ordered' : 'unordered', children } : null;
}

/** mdast block content (no headings) to blocks. */
function nodesToBlocks(nodes: readonly RootContent[]): Block[] {
  const blocks: Block[] = [];
  const push = (block: Block | null): void => {
    if (!block) return;
    const last = blocks[blocks.length - 1];
    // Consecutive lists of one format form one list, whatever their bullets or blank lines.
    if (block.type === 'list' && last && last.type === 'list' && last.format === block.format) {
      last.children.push(...block.children);
    } else {
      blocks.push(block);
    }
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        push(paragraphBlock(node));
        break;
      case 'list':
        push(listBlock(node));
        break;
      case 'blockquote':
        for (const child of node.children) {
          if (child.type !== 'paragraph') fail(`unsupported "${child.type}" in a quote`);
          const children = trimInlineEdges(toInlines(child.children));
          if (children.length) push({ type: 'quote', children });
        }
        break;
      case 'html':
        push(paragraphBlock({ type: 'paragraph', children: [{ type: 'html', value: node.value }] }));
        break;
      case 'definition':
        break;
      default:
        fail(`unsupported Markdown "${node.type}"`);
    }
  }
  return blocks;
}

type SeedHeading = { type: 'heading'; level: 2 | 3; children: BlockText[] };

/** A heading's text as written in the source line, markup and all. */
function headingSource(source: string, heading: Heading): string {
  return nodeSource(source, heading).replace(/^ {0,3}#{1,6}[ \t]*/, '').replace(/[ \t]+#+[ \t]*$/, '').trim();
}

/**
 * The small Markdown subset of the seed texts to blocks: `## ` and `### ` headings, paragraphs,
 * lists, quotes, bold, italic and links.
 */
export function markdownToBlocks(markdown: string): (Block | SeedHeading)[] {
  const out: (Block | SeedHeading)[] = [];
  let pending: RootContent[] = [];
  const { source, nodes } = parseMarkdown(markdown);
  for (const node of nodes) {
    if (node.type !== 'heading') {
      pending.push(node);
      continue;
    }
    if (node.depth !== 2 && node.depth !== 3) fail(`unsupported heading level ${node.depth} in a seed text; only ## and ### are expected`);
    out.push(...nodesToBlocks(pending));
    pending = [];
    out.push({ type: 'heading', level: node.depth, children: [{ type: 'text', text: headingSource(source, node) }] });
  }
  out.push(...nodesToBlocks(pending));
  return out;
}

/* ------------------------------------------------------------------------ */
/* Headings and sections                                                    */
/* ------------------------------------------------------------------------ */

/** A plan heading's plain text (the converter wraps some in ** or *). */
function headingText(heading: Heading): string {
  return inlineToPlainText(toInlines(heading.children)).replace(/\s+/g, ' ').trim();
}

function parseSections(nodes: readonly RootContent[]): PlanSection[] {
  const sections: PlanSection[] = [];
  const usedAnchors = new Set<string>();
  let i = 0;
  while (i < nodes.length) {
    const heading = nodes[i]!;
    if (heading.type !== 'heading') {
      i++;
      continue;
    }
    const line = heading.position?.start.line;
    if (heading.depth !== 2 && heading.depth !== 3) {
      fail(`unsupported heading level ${heading.depth} in the plan (line ${line}); only ## and ### are expected`);
    }
    const text = headingText(heading);
    if (text === '') fail(`empty heading at line ${line}`);
    let end = i + 1;
    while (end < nodes.length && nodes[end]!.type !== 'heading') end++;

    const base = slugify(text) || 'section';
    let anchor = base;
    for (let n = 2; usedAnchors.has(anchor); n++) anchor = `${base}-${n}`;
    usedAnchors.add(anchor);

    sections.push({ heading: text, anchor, level: heading.depth, body: nodesToBlocks(nodes.slice(i + 1, end)) });
    i = end;
  }
  return sections;
}

function requireSection(sections: PlanSection[], heading: string): PlanSection {
  const section = sections.find((s) => s.heading === heading);
  if (!section) {
    fail(`missing section "${heading}" (found: ${sections.map((s) => `"${s.heading}"`).join(', ')})`);
  }
  return section;
}

/* ------------------------------------------------------------------------ */
/* Front matter: title, metadata, summary                                   */
/* ------------------------------------------------------------------------ */

/** The block's plain text: a soft line break is a space, a hard one a newline. */
function nodePlainText(node: RootContent): string {
  return node.type === 'paragraph' ? inlineToPlainText(trimInlineEdges(toInlines(node.children))) : '';
}

/** The label of a paragraph that is nothing but one **label**. */
function boldLabel(node: RootContent | undefined): string | null {
  if (node?.type !== 'paragraph' || node.children.length !== 1) return null;
  const only = node.children[0]!;
  return only.type === 'strong' ? inlineToPlainText(toInlines(only.children)).replace(/\s+/g, ' ').trim() : null;
}

function parseCover(front: readonly RootContent[]) {
  const labelIdx = front.findIndex((node) => boldLabel(node) === 'Uppdragsgivare');
  if (labelIdx < 0) fail("could not find the cover page (no '**Uppdragsgivare**' label before 'Inledning')");

  let titleIdx = -1;
  for (let i = labelIdx - 1; i >= 0; i--) {
    if (front[i]!.type === 'heading') {
      titleIdx = i;
      break;
    }
  }
  if (titleIdx < 0) fail("could not find the plan's title heading above the cover page metadata");
  const title = headingText(front[titleIdx] as Heading);
  if (!title) fail('the title heading is empty');

  let endIdx = labelIdx + 1;
  while (endIdx < front.length && front[endIdx]!.type !== 'heading') endIdx++;

  const fields = new Map<string, string>();
  const groups = front.slice(titleIdx + 1, endIdx);
  groups.forEach((group, idx) => {
    const label = boldLabel(group);
    if (label === null) return;
    const next = groups[idx + 1];
    if (!next || boldLabel(next) !== null) return;
    fields.set(label, nodePlainText(next).replace(/\s+/g, ' ').trim());
  });

  const field = (name: string): string => {
    const value = fields.get(name);
    if (!value) fail(`cover page field "**${name}**" is missing or empty`);
    return value;
  };

  const approved = /^(.*\S)\s+(\d{4}-\d{2}-\d{2})$/.exec(field('Godkänd'));
  if (!approved || !isValidIsoDate(approved[2]!)) {
    fail(`cover page field "Godkänd" should be "<body> YYYY-MM-DD", got "${field('Godkänd')}"`);
  }

  const adopted = field('Fastställt av KF');
  if (/\d{4}-\d{2}-\d{2}/.test(adopted) && !/XX/.test(adopted)) {
    fail(
      `cover page field "Fastställt av KF" is filled in ("${adopted}") but the parser only supports the ` +
        'placeholder (council adoption = null); extend ParsedPlan.metadata to handle it',
    );
  }

  const diarienummer = field('Diarienummer');
  if (!/^\d{4}-\d+$/.test(diarienummer)) fail(`unexpected Diarienummer "${diarienummer}"`);

  return {
    title,
    commissionedBy: field('Uppdragsgivare'),
    approvedBy: approved[1]!,
    approvedOn: approved[2]!,
    diarienummer,
    responsibleUnit: field('Ansvarig för dokumentet'),
  };
}

function parseSummary(front: readonly RootContent[], source: string): string {
  const caseOfficerIdx = front.findIndex((node) => nodePlainText(node) === 'Handläggare');
  if (caseOfficerIdx < 0) fail("could not find 'Handläggare' in the tjänsteskrivelse");
  // The converter glued the document title to the label: "**…****Sammanfattning**".
  const summaryIdx = front.findIndex((node, i) => {
    if (i <= caseOfficerIdx || node.type !== 'paragraph') return false;
    const text = nodeSource(source, node).trim();
    return text.endsWith('**Sammanfattning**');
  });
  if (summaryIdx < 0) fail("could not find '**Sammanfattning**' after 'Handläggare'");

  const paragraphs: string[] = [];
  for (const node of front.slice(summaryIdx + 1)) {
    if (node.type === 'heading' || boldLabel(node) !== null) break;
    paragraphs.push(nodePlainText(node));
  }
  const nonEmpty = paragraphs.filter((p) => p.trim() !== '');
  if (nonEmpty.length === 0) fail("the '**Sammanfattning**' after 'Handläggare' has no paragraphs");
  return nonEmpty.join('\n\n');
}

/* ------------------------------------------------------------------------ */
/* Plan content: goal, activities, terms, references, validity              */
/* ------------------------------------------------------------------------ */

function parseOverallGoal(section: PlanSection): string {
  for (const block of section.body) {
    if (block.type !== 'paragraph') continue;
    const sentences = inlineToPlainText(block.children).split(/(?<=[.!?])\s+/);
    const goal = sentences.find((s) => /övergripande målet?\b/i.test(s));
    if (goal) return goal.trim();
  }
  return fail(`no sentence about "Det övergripande målet" in section "${section.heading}"`);
}

function parseActivities(section: PlanSection): string[] {
  const lists = section.body.filter(
    (b): b is Extract<Block, { type: 'list' }> => b.type === 'list' && b.format === 'unordered',
  );
  if (lists.length !== 1) {
    fail(`expected exactly one bullet list of activities in "${section.heading}", found ${lists.length}`);
  }
  const activities = listItems(lists[0]!).map((item) => inlineToPlainText(item.children));
  if (activities.length !== EXPECTED_ACTIVITY_COUNT) {
    fail(`expected exactly ${EXPECTED_ACTIVITY_COUNT} activities in "${section.heading}", found ${activities.length}`);
  }
  return activities;
}

function termSource(definition: Block[]): string | null {
  if (!definition.some((b) => b.type === 'quote')) return null;
  const intro = definition[0];
  if (!intro || intro.type === 'list') return null;
  const text = inlineToPlainText(intro.children);
  const attribution = /beskrivs av (.+?)(?: enligt följande)?:?\s*$/.exec(text);
  if (!attribution) return null;
  // Quoted as the plan writes it ("Nationellt metodstöd (NMT) Sverige"), never reworded.
  return attribution[1]!.trim();
}

function parseTerms(section: PlanSection): ParsedPlan['terms'] {
  const terms: { name: string; definition: Block[] }[] = [];
  let current: { name: string; definition: Block[] } | null = null;
  for (const block of section.body) {
    const first = block.type === 'paragraph' ? block.children[0] : undefined;
    const isTermStart =
      block.type === 'paragraph' &&
      block.children.length > 1 &&
      first !== undefined &&
      first.type === 'text' &&
      first.bold === true;
    if (isTermStart && first && first.type === 'text') {
      current = { name: first.text.trim(), definition: [block] };
      terms.push(current);
    } else if (current) {
      current.definition.push(block);
    }
  }
  const missing = EXPECTED_TERMS.filter((name) => !terms.some((t) => t.name === name));
  if (missing.length) {
    fail(`missing term(s) ${missing.map((m) => `"${m}"`).join(', ')} in section "${section.heading}"`);
  }
  return terms.map((t) => ({ name: t.name, definition: t.definition, source: termSource(t.definition) }));
}

function parseReferences(section: PlanSection): ParsedPlan['references'] {
  const items = section.body.flatMap((b) => (b.type === 'list' ? listItems(b) : []));
  if (items.length === 0) fail(`section "${section.heading}" contains no list of references`);
  return items.map((item) => {
    const link = item.children.find((c): c is BlockLink => c.type === 'link');
    return { title: inlineToPlainText(item.children).trim(), url: link ? link.url : null };
  });
}

function parseValidity(section: PlanSection): { validityPeriod: string; revisionDueOn: string } {
  const text = blocksToPlainText(section.body);
  const period = /gäller åren\s+(\d{4}\s*[–-]\s*\d{4})/.exec(text);
  if (!period) fail(`no "gäller åren YYYY–YYYY" in section "${section.heading}"`);
  const due = /senast\s+(\d{4}-\d{2}-\d{2})/.exec(text);
  if (!due || !isValidIsoDate(due[1]!)) fail(`no "senast YYYY-MM-DD" revision date in section "${section.heading}"`);
  return { validityPeriod: period[1]!, revisionDueOn: due[1]! };
}

/* ------------------------------------------------------------------------ */
/* Entry point                                                              */
/* ------------------------------------------------------------------------ */

export function parsePlan(markdown: string): ParsedPlan {
  if (typeof markdown !== 'string' || markdown.trim() === '') fail('the markdown is empty');
  const { source, nodes } = parseMarkdown(markdown.replace(/^\uFEFF/, ''));

  const introIdx = nodes.findIndex((n) => n.type === 'heading' && n.depth === 2 && headingText(n) === FIRST_SECTION);
  if (introIdx < 0) fail(`could not find the "## ${FIRST_SECTION}" heading that starts the plan`);

  const sections = parseSections(nodes.slice(introIdx));
  const last = sections[sections.length - 1];
  if (!last || last.heading !== LAST_SECTION) {
    fail(`expected "## ${LAST_SECTION}" to be the last section, got "${last ? last.heading : '(none)'}"`);
  }
  if (last.level !== 2) fail(`"${LAST_SECTION}" should be a level-2 heading`);

  const front = nodes.slice(0, introIdx);
  const cover = parseCover(front);
  const summary = parseSummary(front, source);

  const activitiesSection = requireSection(sections, ACTIVITIES_SECTION);
  const validity = parseValidity(requireSection(sections, FOLLOW_UP_SECTION));

  return {
    title: cover.title,
    summary,
    metadata: {
      diarienummer: cover.diarienummer,
      commissionedBy: cover.commissionedBy,
      approvedBy: cover.approvedBy,
      approvedOn: cover.approvedOn,
      councilAdoptedOn: null,
      councilAdoptionReference: null,
      responsibleUnit: cover.responsibleUnit,
      validityPeriod: validity.validityPeriod,
      revisionDueOn: validity.revisionDueOn,
    },
    overallGoal: parseOverallGoal(activitiesSection),
    sections,
    activities: parseActivities(activitiesSection),
    terms: parseTerms(requireSection(sections, DEFINITIONS_SECTION)),
    references: parseReferences(last),
  };
}
