import { describe, expect, it } from 'vitest';
import { pageHref } from './pagination';

describe('pageHref', () => {
  it('keeps the filters and sets the page, leaving page 1 out', () => {
    expect(pageHref('/kalender', 'typ=forelasning', 2)).toBe('/kalender?typ=forelasning&sida=2');
    expect(pageHref('/kalender', 'typ=forelasning&sida=3', 1)).toBe('/kalender?typ=forelasning');
    expect(pageHref('/en/kalender/arkiv', '', 1)).toBe('/en/kalender/arkiv');
  });
});
