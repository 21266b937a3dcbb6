import { describe, expect, it } from 'vitest';
import { toSafeUrl } from './safe-url';

describe('toSafeUrl', () => {
  // http(s), mailto, tel and relative URLs are kept; only http(s) and protocol-relative ones lead out.
  it.each([
    ['https://www.riksdagen.se/', true],
    ['HTTP://example.org', true],
    ['mailto:info@example.org', false],
    ['tel:112', false],
    ['/handlingsplan#inledning', false],
    ['#begrepp-prostitution', false],
    ['//example.org/x', true],
  ])('keeps %s (external: %s)', (url, external) => {
    expect(toSafeUrl(url)).toEqual({ href: url, external });
  });

  it('refuses other schemes and tricks', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '/\\evil.example',
      '',
      '   ',
    ]) {
      expect(toSafeUrl(url), url).toBeNull();
    }
  });
});
