// Validates Strapi blocks (rich text) from the CMS, which GraphQL types only as JSON (`unknown`).
// Lenient per block: a block with an unexpected shape is dropped (and logged), the rest is shown.
import type { Block, InlineNode, ListItemNode, ListNode, TextNode } from '@stodportalen/shared';
import { z } from 'zod';

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

const blockSchema: z.ZodType<Block> = z.union([
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

/** Blocks from CMS JSON. Not an array (or null) gives no blocks. */
export function parseBlocks(input: unknown, where: string): Block[] {
  if (!Array.isArray(input)) return [];
  const blocks: Block[] = [];
  input.forEach((candidate: unknown, index) => {
    const result = blockSchema.safeParse(candidate);
    if (result.success) blocks.push(result.data);
    else console.warn(`[cms] ${where}: dropped block ${index} with an unexpected shape`);
  });
  return blocks;
}
