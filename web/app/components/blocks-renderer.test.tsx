import type { Block } from '@stodportalen/shared';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BlocksRenderer } from './blocks-renderer';

const text = (value: string) => ({ type: 'text' as const, text: value });
const render = (blocks: Block[], headingBase = 3) =>
  renderToStaticMarkup(<BlocksRenderer blocks={blocks} headingBase={headingBase} />).replace(/ class="[^"]*"/g, '');

describe('BlocksRenderer', () => {
  it('renders paragraphs with marks, escaping text', () => {
    const html = render([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'fet', bold: true },
          { type: 'text', text: 'kursiv', italic: true },
          { type: 'text', text: 'struken', strikethrough: true },
          { type: 'text', text: 'kod', code: true },
          text('<script>alert(1)</script>'),
        ],
      },
    ]);
    expect(html).toBe(
      '<p><strong>fet</strong><em>kursiv</em><s>struken</s><code>kod</code>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  it('shifts headings so the highest one gets headingBase, keeping their order', () => {
    const html = render([
      { type: 'heading', level: 1, children: [text('A')] },
      { type: 'heading', level: 2, children: [text('B')] },
      { type: 'heading', level: 6, children: [text('C')] },
    ]);
    expect(html).toBe('<h3>A</h3><h4>B</h4><h6>C</h6>');
  });

  it('links only safe URLs; external ones get rel="noreferrer"', () => {
    const html = render([
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'https://example.org', children: [text('ute')] },
          { type: 'link', url: '/handlingsplan', children: [text('inne')] },
          { type: 'link', url: 'javascript:alert(1)', children: [text('farlig')] },
        ],
      },
    ]);
    expect(html).toBe(
      '<p><a href="https://example.org" rel="noreferrer">ute</a><a href="/handlingsplan">inne</a>farlig</p>',
    );
  });

  it('puts a nested list inside the list item before it', () => {
    const html = render([
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('ett')] },
          { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('a')] }] },
          { type: 'list-item', children: [text('två')] },
        ],
      },
    ]);
    expect(html).toBe('<ul><li>ett<ol><li>a</li></ol></li><li>två</li></ul>');
  });

  it('renders quotes, code and images with their alt text', () => {
    const html = render([
      { type: 'quote', children: [text('citat')] },
      { type: 'code', children: [text('x < y')] },
      { type: 'image', image: { url: '/uploads/a.png', alternativeText: 'En bild' }, children: [] },
      { type: 'image', image: { url: 'javascript:alert(1)', alternativeText: 'farlig' }, children: [] },
    ]);
    expect(html).toBe(
      '<blockquote><p>citat</p></blockquote><pre><code>x &lt; y</code></pre><figure><img src="/uploads/a.png" alt="En bild" loading="lazy"/></figure>',
    );
  });

  it('links the first occurrence of each glossary term, but not in headings or replaced blocks', () => {
    const termLinks = [{ name: 'Prostitution', href: '/begrepp#prostitution' }];
    const blocks: Block[] = [
      { type: 'heading', level: 2, children: [text('Prostitution')] },
      { type: 'paragraph', children: [text('Ersatt: prostitution')] },
      { type: 'paragraph', children: [text('Om prostitution och prostitution.')] },
    ];
    const html = renderToStaticMarkup(
      <BlocksRenderer blocks={blocks} headingBase={3} replace={new Map([[1, <p key="r">ersatt</p>]])} termLinks={termLinks} />,
    ).replace(/ class="[^"]*"/g, '');
    expect(html).toBe(
      '<h3>Prostitution</h3><p>ersatt</p><p>Om <a href="/begrepp#prostitution">prostitution</a> och prostitution.</p>',
    );
  });
});
