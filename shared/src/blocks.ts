import { z } from 'zod';

/** The subset of Strapi's blocks (rich text) format that the project writes and renders. */
export type TextNode = { type: 'text'; text: string; bold?: boolean; italic?: boolean; underline?: boolean; strikethrough?: boolean; code?: boolean };
export type LinkNode = { type: 'link'; url: string; children: TextNode[] };
export type InlineNode = TextNode | LinkNode;
export type ListItemNode = { type: 'list-item'; children: InlineNode[] };
export type ListNode = { type: 'list'; format: 'ordered' | 'unordered'; children: (ListItemNode | ListNode)[] };
export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; children: TextNode[] }
  | ListNode
  | { type: 'image'; image: { url: string; alternativeText?: string | null; width?: number; height?: number }; children: TextNode[] };

/** Strapi omits marks that are off, but be tolerant of null. */
const mark = z
  .boolean()
  .nullish()
  .transform((value) => value ?? undefined);

const textNode: z.ZodType<TextNode> = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: mark,
  italic: mark,
  underline: mark,
  strikethrough: mark,
  code: mark,
});

const inlineNode: z.ZodType<InlineNode> = z.union([
  textNode,
  z.object({ type: z.literal('link'), url: z.string(), children: z.array(textNode) }),
]);

const listItemNode: z.ZodType<ListItemNode> = z.object({
  type: z.literal('list-item'),
  children: z.array(inlineNode),
});

const listNode: z.ZodType<ListNode> = z.object({
  type: z.literal('list'),
  format: z.enum(['ordered', 'unordered']),
  get children(): z.ZodArray<z.ZodType<ListItemNode | ListNode>> {
    return z.array(z.union([listItemNode, listNode]));
  },
});

const optionalNumber = z
  .number()
  .nullish()
  .transform((value) => value ?? undefined);

/**
 * Blocks as the CMS sends them (GraphQL types them only as JSON), checked against the types above.
 */
export const blockSchema: z.ZodType<Block> = z.union([
  z.object({ type: z.literal('paragraph'), children: z.array(inlineNode) }),
  z.object({ type: z.literal('heading'), level: z.literal([1, 2, 3, 4, 5, 6]), children: z.array(inlineNode) }),
  z.object({ type: z.literal('quote'), children: z.array(inlineNode) }),
  z.object({ type: z.literal('code'), children: z.array(textNode) }),
  listNode,
  z.object({
    type: z.literal('image'),
    image: z.object({
      url: z.string(),
      alternativeText: z.string().nullish(),
      width: optionalNumber,
      height: optionalNumber,
    }),
    children: z.array(textNode).default([]),
  }),
]);

/** Plain text (as a person types it in a form) to paragraphs: blank lines separate paragraphs. */
export function plainTextToBlocks(text: string): Block[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => ({ type: 'paragraph', children: [{ type: 'text', text: paragraph }] }));
}

export function inlineToPlainText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.type === 'link' ? inlineToPlainText(node.children) : node.text)).join('');
}

/** The readable text of blocks, one line per block or list item (for search, descriptions and tests). */
export function blocksToPlainText(blocks: readonly Block[] | null | undefined): string {
  if (!blocks) return '';
  const lines: string[] = [];
  const visit = (block: Block | ListItemNode): void => {
    if (block.type === 'list') block.children.forEach(visit);
    else if (block.type === 'image') lines.push(block.image.alternativeText ?? '');
    else lines.push(inlineToPlainText(block.children));
  };
  blocks.forEach(visit);
  return lines.filter((line) => line.length > 0).join('\n');
}
