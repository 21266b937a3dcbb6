import { describe, expect, it } from 'vitest';
import { toSafeUrl } from './safe-url';

describe('toSafeUrl', () => {
  it('keeps http(s), mailto, tel and relative URLs', () => {
    expect(toSafeUrl('https://www.riksdagen.se/')).toEqual({ href: 'https://www.riksdagen.se/', external: true });
    expect(toSafeUrl('HTTP://example.org')).toEqual({ href: 'HTTP://example.org', external: true });
    expect(toSafeUrl('mailto:info@example.org')).toEqual({ href: 'mailto:info@example.org', external: false });
    expect(toSafeUrl('tel:112')).toEqual({ href: 'tel:112', external: false });
    expect(toSafeUrl('/handlingsplan#inledning')).toEqual({ href: '/handlingsplan#inledning', external: false });
    expect(toSafeUrl('#begrepp-prostitution')).toEqual({ href: '#begrepp-prostitution', external: false });
    expect(toSafeUrl('//example.org/x')).toEqual({ href: '//example.org/x', external: true });
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
