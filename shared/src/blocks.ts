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
