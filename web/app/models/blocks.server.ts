// Validates Strapi blocks (rich text) from the CMS, which GraphQL types only as JSON (`unknown`).
// Lenient per block: a block with an unexpected shape is dropped (and logged), the rest is shown.
// The shape is shared/src/blocks.ts's `blockSchema`.
import { blockSchema, type Block } from '@stodportalen/shared';

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
