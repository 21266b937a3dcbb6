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

/**
 * Parser for Karlskoga kommun's action plan against prostitution
 * (`cms/seed/handlingsplan-karlskoga.md`, a PDF-to-Markdown conversion).
 *
 * Turns the Markdown into structured seed data (Strapi "blocks" rich text,
 * metadata, terms, activities, references). The wording of the document is
 * kept verbatim: the parser only restructures, it never rewrites text.
 *
 * Pure module: no dependencies, no I/O. Throws an Error with a descriptive
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

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Markdown backslash escapes; `\\_` (double-escaped by the converter) is also unescaped. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\\\?([!-/:-@[-`{-~])/g, '$1');
}

function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/* ------------------------------------------------------------------------ */
/* Inline parsing                                                           */
/* ------------------------------------------------------------------------ */

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
  const result = normalizeInlines(nodes);
  const trimNode = (node: BlockInline, side: 'start' | 'end'): BlockInline => {
    if (node.type === 'text') {
      return { ...node, text: side === 'start' ? node.text.trimStart() : node.text.trimEnd() };
    }
    const children = [...node.children];
    const idx = side === 'start' ? 0 : children.length - 1;
    const child = children[idx];
    if (child) {
      children[idx] = { ...child, text: side === 'start' ? child.text.trimStart() : child.text.trimEnd() };
    }
    return { ...node, children };
  };
  // Trim repeatedly: trimming may empty an edge node and expose another one.
  let current = result;
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

function hasCloser(src: string, from: number, delimiter: '**' | '*'): boolean {
  for (let j = from; j < src.length; j++) {
    if (src[j] === '\\') {
      j++;
      continue;
    }
    if (delimiter === '**') {
      if (src.startsWith('**', j) && j > from && !/\s/.test(src[j - 1]!)) return true;
    } else if (src[j] === '*') {
      if (src[j + 1] === '*') {
        j++;
        continue;
      }
      if (j > from && !/\s/.test(src[j - 1]!)) return true;
    }
  }
  return false;
}

/**
 * Parses Markdown inline syntax: **bold**, *italic*, [text](url), <https://autolink>,
 * <sup>N</sup> (converted to Unicode superscripts) and backslash escapes.
 * Does not trim; see trimInlineEdges.
 */
function parseInline(src: string, outerBold = false, outerItalic = false): BlockInline[] {
  const out: BlockInline[] = [];
  let bold = outerBold;
  let italic = outerItalic;
  let buf = '';
  const flush = (): void => {
    if (buf) out.push(makeText(buf, bold, italic));
    buf = '';
  };

  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    const rest = src.slice(i);

    if (ch === '\\') {
      const m = /^\\\\?([!-/:-@[-`{-~])/.exec(rest);
      if (m) {
        buf += m[1];
        i += m[0].length;
        continue;
      }
    }

    if (ch === '*') {
      if (rest.startsWith('**')) {
        if (bold && !outerBold) {
          flush();
          bold = false;
          i += 2;
          continue;
        }
        if (!bold && rest.length > 2 && !/\s/.test(rest[2]!) && hasCloser(src, i + 2, '**')) {
          flush();
          bold = true;
          i += 2;
          continue;
        }
      } else {
        if (italic && !outerItalic) {
          flush();
          italic = false;
          i += 1;
          continue;
        }
        if (!italic && rest.length > 1 && !/\s/.test(rest[1]!) && hasCloser(src, i + 1, '*')) {
          flush();
          italic = true;
          i += 1;
          continue;
        }
      }
    }

    if (ch === '[') {
      const m = /^\[((?:\\.|[^\]\\])*)\]\(((?:\\.|[^)\\])*)\)/.exec(rest);
      if (m) {
        const url = unescapeMarkdown(m[2]!.trim());
        const inner = parseInline(m[1]!, bold, italic).flatMap((n) =>
          n.type === 'text' ? [n] : n.children,
        );
        flush();
        if (url === '' || url === '#') {
          out.push(...inner);
        } else {
          out.push({ type: 'link', url, children: inner });
        }
        i += m[0].length;
        continue;
      }
    }

    if (ch === '<') {
      const auto = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i.exec(rest);
      if (auto) {
        flush();
        out.push({ type: 'link', url: auto[1]!, children: [makeText(auto[1]!, bold, italic)] });
        i += auto[0].length;
        continue;
      }
      const sup = /^<sup>([\s\S]*?)<\/sup>/i.exec(rest);
      if (sup) {
        buf += Array.from(sup[1]!.trim())
          .map((c) => SUPERSCRIPT[c] ?? c)
          .join('');
        i += sup[0].length;
        continue;
      }
      const br = /^<br\s*\/?>/i.exec(rest);
      if (br) {
        buf += '\n';
        i += br[0].length;
        continue;
      }
      const tag = /^<(\/?)(b|strong|i|em)>/i.exec(rest);
      if (tag) {
        flush();
        const on = tag[1] === '';
        if (/^(b|strong)$/i.test(tag[2]!)) bold = on || outerBold;
        else italic = on || outerItalic;
        i += tag[0].length;
        continue;
      }
    }

    buf += ch;
    i += 1;
  }
  flush();
  return normalizeInlines(out);
}

/* ------------------------------------------------------------------------ */
/* Block parsing                                                            */
/* ------------------------------------------------------------------------ */

/** Joins the source lines of one paragraph: hard breaks (two trailing spaces) -> '\n', others -> ' '. */
function joinParagraphLines(lines: string[]): string {
  let result = '';
  lines.forEach((raw, idx) => {
    const line = raw.replace(/^\s+/, '');
    if (idx === lines.length - 1) {
      result += line;
    } else if (/ {2,}$/.test(line)) {
      result += line.replace(/\s+$/, '') + '\n';
    } else {
      result += line.replace(/\s+$/, '') + ' ';
    }
  });
  return result;
}

function splitIntoGroups(lines: string[]): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (group.length) groups.push(group);
      group = [];
    } else {
      group.push(line);
    }
  }
  if (group.length) groups.push(group);
  return groups;
}

const QUOTE_OPEN = /^[”“"„«]/;
const QUOTE_CLOSE = /[”“"»]$/;

function paragraphBlock(lines: string[]): Block | null {
  const source = joinParagraphLines(lines).trim();
  const children = trimInlineEdges(parseInline(source));
  if (children.length === 0) return null;
  // A paragraph that is entirely *"…"* is a quotation (e.g. the NMT quote).
  const italicQuote = /^\*(?!\*)([\s\S]*[^*\s])\*$/.exec(source);
  if (
    italicQuote &&
    QUOTE_OPEN.test(italicQuote[1]!) &&
    QUOTE_CLOSE.test(italicQuote[1]!) &&
    children.every((c) => c.type === 'text' && c.italic === true)
  ) {
    return { type: 'quote', children };
  }
  return { type: 'paragraph', children };
}

const UNORDERED_ITEM = /^\s*[-*+]\s+(.*)$/;
const ORDERED_ITEM = /^\s*(\d{1,9})[.)]\s+(.*)$/;
const BLOCKQUOTE_LINE = /^\s*>\s?(.*)$/;

function groupToBlocks(group: string[]): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let quote: string[] = [];
  let list: { format: 'ordered' | 'unordered'; items: string[][] } | null = null;

  const flushParagraph = (): void => {
    if (paragraph.length) {
      const block = paragraphBlock(paragraph);
      if (block) blocks.push(block);
    }
    paragraph = [];
  };
  const flushQuote = (): void => {
    if (quote.length) {
      const children = trimInlineEdges(parseInline(joinParagraphLines(quote).trim()));
      if (children.length) blocks.push({ type: 'quote', children });
    }
    quote = [];
  };
  const flushList = (): void => {
    if (list) {
      const children = list.items
        .map((item) => trimInlineEdges(parseInline(joinParagraphLines(item).trim())))
        .filter((c) => c.length > 0)
        .map((c) => ({ type: 'list-item' as const, children: c }));
      if (children.length) blocks.push({ type: 'list', format: list.format, children });
    }
    list = null;
  };

  for (const line of group) {
    const unordered = UNORDERED_ITEM.exec(line);
    const ordered = ORDERED_ITEM.exec(line);
    const bq = BLOCKQUOTE_LINE.exec(line);
    // Like CommonMark, an ordered list only interrupts a paragraph when it starts at 1.
    const orderedStarts = ordered && (list !== null || paragraph.length === 0 || ordered[1] === '1');
    if (unordered || orderedStarts) {
      const format = unordered ? 'unordered' : 'ordered';
      const text = unordered ? unordered[1]! : ordered![2]!;
      flushParagraph();
      flushQuote();
      if (list && list.format !== format) flushList();
      if (!list) list = { format, items: [] };
      list.items.push([text]);
    } else if (bq && paragraph.length === 0 && !list) {
      quote.push(bq[1]!);
    } else if (list) {
      // Lazy continuation line of the current list item.
      list.items[list.items.length - 1]!.push(line);
    } else if (quote.length) {
      quote.push(line);
    } else {
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushQuote();
  flushList();
  return blocks;
}

/** Converts Markdown lines (no headings) to blocks. */
function linesToBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  for (const group of splitIntoGroups(lines)) {
    for (const block of groupToBlocks(group)) {
      const last = blocks[blocks.length - 1];
      // Consecutive list items form one list, even if separated by blank lines.
      if (block.type === 'list' && last && last.type === 'list' && last.format === block.format) {
        last.children.push(...block.children);
      } else {
        blocks.push(block);
      }
    }
  }
  return blocks;
}

/**
 * The small Markdown subset of the seed texts to blocks: `## ` and `### ` headings, paragraphs,
 * lists, quotes, bold, italic and links.
 */
export function markdownToBlocks(markdown: string): (Block | { type: 'heading'; level: 2 | 3; children: BlockText[] })[] {
  const out: (Block | { type: 'heading'; level: 2 | 3; children: BlockText[] })[] = [];
  let pending: string[] = [];
  for (const line of markdown.split('\n')) {
    const heading = /^(#{2,3})\s+(.+)$/.exec(line);
    if (!heading) {
      pending.push(line);
      continue;
    }
    out.push(...linesToBlocks(pending));
    pending = [];
    out.push({ type: 'heading', level: heading[1]!.length === 2 ? 2 : 3, children: [{ type: 'text', text: heading[2]!.trim() }] });
  }
  out.push(...linesToBlocks(pending));
  return out;
}

/* ------------------------------------------------------------------------ */
/* Headings and sections                                                    */
/* ------------------------------------------------------------------------ */

interface Heading {
  level: number;
  text: string;
}

function cleanHeadingText(raw: string): string {
  let text = raw.replace(/\s+#+\s*$/, '').replace(/\*\*/g, '').trim();
  const italic = /^\*(.*)\*$/.exec(text);
  if (italic) text = italic[1]!.trim();
  return unescapeMarkdown(text).replace(/\s+/g, ' ').trim();
}

function parseHeading(line: string): Heading | null {
  const m = /^ {0,3}(#{1,6})[ \t]+(.*)$/.exec(line);
  if (!m) return null;
  return { level: m[1]!.length, text: cleanHeadingText(m[2]!) };
}

function parseSections(lines: string[], headings: (Heading | null)[], start: number): PlanSection[] {
  const sections: PlanSection[] = [];
  const usedAnchors = new Set<string>();
  let i = start;
  while (i < lines.length) {
    const heading = headings[i];
    if (!heading) {
      i++;
      continue;
    }
    if (heading.level !== 2 && heading.level !== 3) {
      fail(`unsupported heading level ${heading.level} in the plan (line ${i + 1}: "${lines[i]!.trim()}"); only ## and ### are expected`);
    }
    if (heading.text === '') fail(`empty heading at line ${i + 1}`);
    let end = i + 1;
    while (end < lines.length && !headings[end]) end++;

    const base = slugify(heading.text) || 'section';
    let anchor = base;
    for (let n = 2; usedAnchors.has(anchor); n++) anchor = `${base}-${n}`;
    usedAnchors.add(anchor);

    sections.push({
      heading: heading.text,
      anchor,
      level: heading.level,
      body: linesToBlocks(lines.slice(i + 1, end)),
    });
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

const BOLD_LABEL = /^\*\*([^*]+)\*\*$/;

function groupPlainText(group: string[]): string {
  return inlineToPlainText(trimInlineEdges(parseInline(joinParagraphLines(group).trim())));
}

function parseCover(lines: string[], headings: (Heading | null)[], introIdx: number) {
  const labelIdx = lines.findIndex(
    (l, i) => i < introIdx && /^\*\*\s*Uppdragsgivare\s*\*\*$/.test(l.trim()),
  );
  if (labelIdx < 0) fail("could not find the cover page (no '**Uppdragsgivare**' label before 'Inledning')");

  let titleIdx = -1;
  for (let i = labelIdx - 1; i >= 0; i--) {
    if (headings[i]) {
      titleIdx = i;
      break;
    }
  }
  if (titleIdx < 0) fail("could not find the plan's title heading above the cover page metadata");
  const title = headings[titleIdx]!.text;
  if (!title) fail('the title heading is empty');

  let endIdx = labelIdx + 1;
  while (endIdx < introIdx && !headings[endIdx]) endIdx++;

  const fields = new Map<string, string>();
  const groups = splitIntoGroups(lines.slice(titleIdx + 1, endIdx));
  groups.forEach((group, idx) => {
    const label = group.length === 1 ? BOLD_LABEL.exec(group[0]!.trim()) : null;
    if (!label) return;
    const next = groups[idx + 1];
    if (!next || (next.length === 1 && BOLD_LABEL.test(next[0]!.trim()))) return;
    fields.set(label[1]!.replace(/\s+/g, ' ').trim(), groupPlainText(next).replace(/\s+/g, ' ').trim());
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

function parseSummary(lines: string[], headings: (Heading | null)[], introIdx: number): string {
  const handlaggareIdx = lines.findIndex((l, i) => i < introIdx && l.trim() === 'Handläggare');
  if (handlaggareIdx < 0) fail("could not find 'Handläggare' in the tjänsteskrivelse");
  const summaryIdx = lines.findIndex(
    (l, i) => i > handlaggareIdx && i < introIdx && /\*\*Sammanfattning\*\*$/.test(l.trim()),
  );
  if (summaryIdx < 0) fail("could not find '**Sammanfattning**' after 'Handläggare'");

  const paragraphs: string[] = [];
  let group: string[] = [];
  const flush = (): void => {
    if (group.length) paragraphs.push(groupPlainText(group));
    group = [];
  };
  for (let i = summaryIdx + 1; i < introIdx; i++) {
    const line = lines[i]!;
    if (headings[i] || (group.length === 0 && BOLD_LABEL.test(line.trim()))) break;
    if (isBlank(line)) flush();
    else group.push(line);
  }
  flush();
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
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const headings = lines.map(parseHeading);

  const introIdx = headings.findIndex((h) => h !== null && h.level === 2 && h.text === FIRST_SECTION);
  if (introIdx < 0) fail(`could not find the "## ${FIRST_SECTION}" heading that starts the plan`);

  const sections = parseSections(lines, headings, introIdx);
  const last = sections[sections.length - 1];
  if (!last || last.heading !== LAST_SECTION) {
    fail(`expected "## ${LAST_SECTION}" to be the last section, got "${last ? last.heading : '(none)'}"`);
  }
  if (last.level !== 2) fail(`"${LAST_SECTION}" should be a level-2 heading`);

  const cover = parseCover(lines, headings, introIdx);
  const summary = parseSummary(lines, headings, introIdx);

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
