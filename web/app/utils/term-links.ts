// Links the glossary's terms where they first appear in rich text: "Prostitution" in the plan's
// text becomes a link to /begrepp#prostitution. Works on the blocks before they are rendered,
// never on the CMS content itself.
import type { Block, InlineNode, ListItemNode, ListNode, TextNode } from '@stodportalen/shared';

export interface TermLink {
  /** The term as written, e.g. "Människohandel"; matched case-insensitively as a whole word. */
  name: string;
  /** Where it links to, e.g. "/begrepp#manniskohandel"; also the term's identity. */
  href: string;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A whole-word, case-insensitive pattern for a term. "Whole word" counts Swedish letters (å, ä, ö,
 * é …) as letters, so "prostitution" does not match inside "prostitutionen". Spaces in the term
 * match any white space (text from PDFs breaks lines anywhere).
 */
export function termPattern(name: string): RegExp | null {
  const words = name.trim().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
}

type Matcher = { link: TermLink; pattern: RegExp };

/** The earliest match of any term still to be linked; the longest wins when two start together. */
function firstMatch(text: string, matchers: readonly Matcher[], linked: ReadonlySet<string>) {
  let best: { matcher: Matcher; index: number; length: number } | null = null;
  for (const matcher of matchers) {
    if (linked.has(matcher.link.href)) continue;
    const match = matcher.pattern.exec(text);
    if (!match) continue;
    const candidate = { matcher, index: match.index, length: match[0].length };
    if (!best || candidate.index < best.index || (candidate.index === best.index && candidate.length > best.length)) {
      best = candidate;
    }
  }
  return best;
}

function linkText(node: TextNode, matchers: readonly Matcher[], linked: Set<string>): InlineNode[] {
  // Code is shown as written.
  if (node.code) return [node];
  const out: InlineNode[] = [];
  let rest = node.text;
  for (let found = firstMatch(rest, matchers, linked); found; found = firstMatch(rest, matchers, linked)) {
    if (found.index > 0) out.push({ ...node, text: rest.slice(0, found.index) });
    out.push({
      type: 'link',
      url: found.matcher.link.href,
      children: [{ ...node, text: rest.slice(found.index, found.index + found.length) }],
    });
    linked.add(found.matcher.link.href);
    rest = rest.slice(found.index + found.length);
  }
  if (rest !== '' || out.length === 0) out.push({ ...node, text: rest });
  return out;
}

function linkInline(nodes: readonly InlineNode[], matchers: readonly Matcher[], linked: Set<string>): InlineNode[] {
  // Text that is already a link stays as the editor made it.
  return nodes.flatMap((node) => (node.type === 'link' ? [node] : linkText(node, matchers, linked)));
}

function linkList(list: ListNode, matchers: readonly Matcher[], linked: Set<string>): ListNode {
  return {
    ...list,
    children: list.children.map((child): ListItemNode | ListNode =>
      child.type === 'list'
        ? linkList(child, matchers, linked)
        : { ...child, children: linkInline(child.children, matchers, linked) },
    ),
  };
}

function linkBlock(block: Block, matchers: readonly Matcher[], linked: Set<string>): Block {
  switch (block.type) {
    case 'paragraph':
    case 'quote':
      return { ...block, children: linkInline(block.children, matchers, linked) };
    case 'list':
      return linkList(block, matchers, linked);
    // Headings stay plain (a link in a heading confuses the outline); code and images have no prose.
    case 'heading':
    case 'code':
    case 'image':
      return block;
  }
}

/**
 * The blocks with the first occurrence of each term made a link (a Strapi link node to
 * `term.href`, keeping the text's marks). Blocks whose index is in `skip` are not shown, so they
 * are left alone. Returns the hrefs of the terms that were linked.
 */
export function linkTerms(
  blocks: readonly Block[],
  terms: readonly TermLink[],
  skip: ReadonlySet<number> = new Set(),
): { blocks: Block[]; linked: Set<string> } {
  const matchers = terms.flatMap((link) => {
    const pattern = termPattern(link.name);
    return pattern ? [{ link, pattern }] : [];
  });
  const linked = new Set<string>();
  if (matchers.length === 0) return { blocks: [...blocks], linked };
  return {
    blocks: blocks.map((block, index) => (skip.has(index) ? block : linkBlock(block, matchers, linked))),
    linked,
  };
}

/**
 * For text in several parts (the plan's sections, in page order): which terms each part should
 * link, so each term is linked only where it first appears on the whole page.
 */
export function assignTermLinks(parts: readonly (readonly Block[])[], terms: readonly TermLink[]): TermLink[][] {
  const done = new Set<string>();
  return parts.map((blocks) => {
    const remaining = terms.filter((term) => !done.has(term.href));
    const { linked } = linkTerms(blocks, remaining);
    for (const href of linked) done.add(href);
    return remaining.filter((term) => linked.has(term.href));
  });
}
