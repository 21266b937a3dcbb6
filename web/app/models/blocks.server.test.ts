import { describe, expect, it, vi } from 'vitest';
import { parseBlocks } from './blocks.server';

describe('parseBlocks', () => {
  it('keeps valid blocks, nested lists and marks, and strips unknown fields', () => {
    // Valid as they stand: kept as they are.
    const link = { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: 'länk' }] };
    const list = {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [{ type: 'text', text: 'ett' }] },
        { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'a' }] }] },
      ],
    };
    const input = [
      { type: 'paragraph', children: [{ type: 'text', text: 'Fet', bold: true, extra: 'x' }, link] },
      list,
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Rubrik', italic: null }] },
    ];
    expect(parseBlocks(input, 'test')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Fet', bold: true }, link] },
      list,
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Rubrik' }] },
    ]);
  });

  it('drops blocks with an unexpected shape and keeps the rest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const blocks = parseBlocks(
      [
        { type: 'paragraph', children: [{ type: 'text', text: 'ok' }] },
        { type: 'heading', level: 9, children: [] },
        { type: 'script', children: [] },
        'text',
        null,
      ],
      'test',
    );
    expect(blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'ok' }] }]);
    expect(warn).toHaveBeenCalledTimes(4);
    warn.mockRestore();
  });

  it('gives no blocks for anything but an array', () => {
    expect(parseBlocks(null, 'test')).toEqual([]);
    expect(parseBlocks({ type: 'paragraph' }, 'test')).toEqual([]);
    expect(parseBlocks('<p>html</p>', 'test')).toEqual([]);
  });
});
