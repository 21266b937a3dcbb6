import type { Block } from '@stodportalen/shared';
import { describe, expect, it } from 'vitest';
import { assignTermLinks, linkTerms, termPattern } from './term-links';

const text = (value: string) => ({ type: 'text' as const, text: value });
const paragraph = (...values: string[]): Block => ({ type: 'paragraph', children: values.map(text) });
const terms = [
  { name: 'Prostitution', href: '/begrepp#prostitution' },
  { name: 'Människohandel', href: '/begrepp#manniskohandel' },
  { name: 'Människohandel för sexuella ändamål', href: '/begrepp#mh-sexuella' },
];

describe('termPattern', () => {
  it('matches whole words only, case-insensitively, with Swedish letters', () => {
    const pattern = termPattern('Människohandel');
    expect(pattern?.test('om människohandel.')).toBe(true);
    expect(pattern?.test('MÄNNISKOHANDEL')).toBe(true);
    expect(pattern?.test('människohandeln')).toBe(false);
    expect(pattern?.test('Anti-människohandel')).toBe(true);
    expect(termPattern('ö')?.test('öl')).toBe(false);
    expect(termPattern('ö')?.test('ett ö här')).toBe(true);
  });

  it('matches spaces in a term with any white space and escapes regex characters', () => {
    expect(termPattern('sexuella ändamål')?.test('sexuella\nändamål')).toBe(true);
    expect(termPattern('NMT (Sverige)')?.test('NMT (Sverige)')).toBe(true);
    expect(termPattern('a.b')?.test('axb')).toBe(false);
    expect(termPattern('  ')).toBeNull();
  });
});

describe('linkTerms', () => {
  it('links only the first occurrence of each term, keeping the text around it and its marks', () => {
    const blocks: Block[] = [
      { type: 'paragraph', children: [{ type: 'text', text: 'Om prostitution och prostitution igen.', bold: true }] },
      paragraph('Prostitution en tredje gång.'),
    ];
    const result = linkTerms(blocks, terms);
    expect(result.blocks[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Om ', bold: true },
        { type: 'link', url: '/begrepp#prostitution', children: [{ type: 'text', text: 'prostitution', bold: true }] },
        { type: 'text', text: ' och prostitution igen.', bold: true },
      ],
    });
    expect(result.blocks[1]).toEqual(blocks[1]);
    expect([...result.linked]).toEqual(['/begrepp#prostitution']);
  });

  it('prefers the longer term when two start at the same place, and still links the shorter one later', () => {
    const result = linkTerms([paragraph('Människohandel för sexuella ändamål och människohandel.')], terms);
    expect(result.blocks[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'link', url: '/begrepp#mh-sexuella', children: [text('Människohandel för sexuella ändamål')] },
        text(' och '),
        { type: 'link', url: '/begrepp#manniskohandel', children: [text('människohandel')] },
        text('.'),
      ],
    });
  });

  it('leaves headings, code, existing links and skipped blocks alone', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 2, children: [text('Prostitution')] },
      { type: 'paragraph', children: [{ type: 'link', url: '/x', children: [text('prostitution')] }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'prostitution', code: true }] },
      paragraph('prostitution i ett block som inte visas'),
      { type: 'code', children: [text('prostitution')] },
    ];
    const result = linkTerms(blocks, terms, new Set([3]));
    expect(result.blocks).toEqual(blocks);
    expect(result.linked.size).toBe(0);
  });

  it('finds terms in list items and nested lists', () => {
    const list: Block = {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [text('ett')] },
        { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('om prostitution')] }] },
      ],
    };
    const result = linkTerms([list], terms);
    expect(JSON.stringify(result.blocks)).toContain('"url":"/begrepp#prostitution"');
    expect(result.linked.has('/begrepp#prostitution')).toBe(true);
  });

  it('returns the blocks unchanged without terms', () => {
    const blocks = [paragraph('Prostitution')];
    expect(linkTerms(blocks, []).blocks).toEqual(blocks);
  });
});

describe('assignTermLinks', () => {
  it('gives each term to the part where it first appears', () => {
    const parts = [[paragraph('Inget här.')], [paragraph('Om prostitution.')], [paragraph('Prostitution och människohandel.')]];
    expect(assignTermLinks(parts, terms).map((links) => links.map((link) => link.href))).toEqual([
      [],
      ['/begrepp#prostitution'],
      ['/begrepp#manniskohandel'],
    ]);
  });
});
