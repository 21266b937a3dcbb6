import { describe, expect, it } from 'vitest';
import { brandColourProblem, contrastRatio, darkerColour, DEFAULT_BRAND_COLOUR, parseHexColour, usableBrandColour } from './brand-colour';

describe('the primary colour', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
    // #767676 on white is the well-known 4.54:1 grey.
    expect(contrastRatio(parseHexColour('#767676')!, [255, 255, 255])).toBeCloseTo(4.54, 2);
  });

  it('accepts the default and dark colours', () => {
    expect(brandColourProblem(DEFAULT_BRAND_COLOUR)).toBeNull();
    expect(brandColourProblem('#1D4ED8')).toBeNull();
    expect(usableBrandColour(' #1D4ED8 ')).toBe('#1d4ed8');
  });

  it('refuses a light colour with a Swedish message that gives the ratio', () => {
    const problem = brandColourProblem('#2dd4bf');
    expect(problem).toMatch(/^Huvudfärgen #2dd4bf har för låg kontrast mot vitt \(1,\d:1\)/);
    expect(problem).toContain('minst 4,5:1');
    expect(usableBrandColour('#2dd4bf')).toBeNull();
  });

  it('refuses a colour that passes on white but not on the help band’s yellow', () => {
    // #747474 is 4.6:1 on white but under 4.5:1 on amber-50.
    expect(contrastRatio(parseHexColour('#747474')!, [255, 255, 255])).toBeGreaterThan(4.5);
    expect(brandColourProblem('#747474')).not.toBeNull();
  });

  it('refuses what is not a colour code', () => {
    expect(brandColourProblem('red')).toMatch(/inte en färgkod/);
    expect(brandColourProblem('#12345')).toMatch(/inte en färgkod/);
    expect(usableBrandColour('url(x)')).toBeNull();
    expect(usableBrandColour(null)).toBeNull();
  });

  it('darkens for hover', () => {
    expect(darkerColour('#646464', 0.5)).toBe('#323232');
  });
});
