import { describe, expect, it } from 'vitest';
import { printStylesheet, textShowsUrl } from './print-links';

describe('textShowsUrl', () => {
  it('knows a link whose text is its address, with or without scheme, www and a final slash', () => {
    expect(textShowsUrl('https://www.1177.se/', 'www.1177.se')).toBe(true);
    expect(textShowsUrl('https://kvinnofridslinjen.se', 'https://kvinnofridslinjen.se/')).toBe(true);
    expect(textShowsUrl('https://www.1177.se/', '1177 Vårdguiden')).toBe(false);
    expect(textShowsUrl('/stod/nmt', 'NMT')).toBe(false);
  });

  it('knows phone and e-mail links that show their number or address', () => {
    expect(textShowsUrl('tel:020505050', 'Ring 020-50 50 50')).toBe(true);
    expect(textShowsUrl('tel:+4620505050', '+46 20 50 50 50')).toBe(true);
    expect(textShowsUrl('tel:112', 'Ring oss')).toBe(false);
    expect(textShowsUrl('mailto:info@example.org', 'info@example.org')).toBe(true);
    expect(textShowsUrl('mailto:info@example.org', 'Mejla oss')).toBe(false);
  });
});

describe('printStylesheet', () => {
  it('prints internal links with the origin, as one safe CSS string', () => {
    const css = printStylesheet('https://stod.example');
    expect(css).toContain('main a[href^="/"]:not([data-url-shown])::after');
    expect(css).toContain('content: " (" "https://stod.example" attr(href) ")";');
    expect(printStylesheet('https://a"b\\c')).toContain('"https://a\\"b\\\\c"');
  });
});
