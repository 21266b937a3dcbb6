import type { Block } from '@stodportalen/shared';
import { describe, expect, it } from 'vitest';
import { isSlug, pagePath, toNumberedSteps } from './page';

const heading = (level: 2 | 3, text: string): Block => ({ type: 'heading', level, children: [{ type: 'text', text }] });
const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('pagePath', () => {
  it('puts each area at its address, and about/legal pages only where a route exists', () => {
    expect(pagePath('young_people', 'fa-hjalp')).toBe('/unga/fa-hjalp');
    expect(pagePath('staff', 'samverkan')).toBe('/for-personal/samverkan');
    expect(pagePath('about', 'om-portalen')).toBe('/om');
    expect(pagePath('legal', 'tillganglighet')).toBe('/tillganglighet');
    expect(pagePath('legal', 'ny-sida')).toBeNull();
  });
});

describe('isSlug', () => {
  it('accepts CMS slugs only', () => {
    expect(isSlug('det-ar-inte-okej')).toBe(true);
    expect(isSlug('Det-ar')).toBe(false);
    expect(isSlug('a--b')).toBe(false);
    expect(isSlug(undefined)).toBe(false);
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
