import type { Block } from '@stodportalen/shared';
import { describe, expect, it } from 'vitest';
import { isSlug, pagePath, toNumberedSteps, topHeadingAnchors } from './page';

const heading = (level: 2 | 3, text: string): Block => ({ type: 'heading', level, children: [{ type: 'text', text }] });
const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('pagePath', () => {
  // Each area at its address, and about/legal pages only where a route exists.
  it.each([
    ['young_people', 'fa-hjalp', '/unga/fa-hjalp'],
    ['staff', 'samverkan', '/for-personal/samverkan'],
    ['about', 'om-portalen', '/om'],
    ['legal', 'tillganglighet', '/tillganglighet'],
    ['legal', 'ny-sida', null],
  ] as const)('puts %s page %s at %s', (area, slug, path) => {
    expect(pagePath(area, slug)).toBe(path);
  });
});

describe('isSlug', () => {
  it.each([
    ['det-ar-inte-okej', true],
    ['Det-ar', false],
    ['a--b', false],
    [undefined, false],
  ])('takes %j for a CMS slug: %s', (value, slug) => {
    expect(isSlug(value)).toBe(slug);
  });
});

describe('toNumberedSteps', () => {
  it('turns top headings numbered 1, 2, 3 … into steps with their text', () => {
    const steps = toNumberedSteps([
      paragraph('Inledning'),
      heading(2, '1. Socialtjänsten'),
      paragraph('a'),
      heading(3, 'Underrubrik'),
      heading(2, '2. Regionkoordinatorn'),
      paragraph('b'),
    ]);
    expect(steps?.intro).toEqual([paragraph('Inledning')]);
    expect(steps?.steps.map((step) => step.body.length)).toEqual([2, 1]);
  });

  it('leaves other bodies alone', () => {
    expect(toNumberedSteps([heading(2, 'Innan samtalet'), heading(2, 'Under samtalet')])).toBeNull();
    expect(toNumberedSteps([heading(2, '1. Ett'), heading(2, '3. Tre')])).toBeNull();
    expect(toNumberedSteps([heading(2, '1. Ett'), paragraph('bara en')])).toBeNull();
  });
});

describe('topHeadingAnchors', () => {
  it('gives each top heading a unique readable id and skips lower ones', () => {
    const blocks: Block[] = [heading(2, 'Så här gör du'), heading(3, 'Detalj'), { type: 'paragraph', children: [{ type: 'text', text: 'x' }] }, heading(2, 'Så här gör du'), heading(2, '!!!')];
    const anchors = topHeadingAnchors(blocks);
    expect([...anchors.values()]).toEqual([
      { id: 'del-sa-har-gor-du', text: 'Så här gör du' },
      { id: 'del-sa-har-gor-du-2', text: 'Så här gör du' },
      { id: 'del-rubrik', text: '!!!' },
    ]);
    expect(anchors.has(blocks[1]!)).toBe(false);
  });
});
