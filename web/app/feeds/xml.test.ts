import { describe, expect, it } from 'vitest';
import { element, escapeXml, renderXmlDocument } from './xml';

describe('escapeXml', () => {
  it('escapes the five special characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;'
    );
  });

  it('removes characters XML does not allow and keeps the ones it does', () => {
    expect(escapeXml('a\u0000b\u0008c\u001Fd\tå\n😀\uFFFE')).toBe('abcd\tå\n😀');
    expect(escapeXml('x\uD800y')).toBe('xy');
  });
});

describe('renderXmlDocument', () => {
  it('writes elements, attributes and escaped text, leaving out empty parts', () => {
    const xml = renderXmlDocument(
      element(
        'rss',
        { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom', skipped: null },
        element('title', {}, 'A & B'),
        null,
        false,
        [element('atom:link', { href: 'https://x.se/?a=1&b=2' })]
      )
    );
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
        '  <title>A &amp; B</title>',
        '  <atom:link href="https://x.se/?a=1&amp;b=2"/>',
        '</rss>',
        '',
      ].join('\n')
    );
  });

  it('refuses names that are not XML names', () => {
    expect(() => element('a b')).toThrow(/Not an XML name/);
    expect(() => element('a', { 'on"x': 'y' })).toThrow(/Not an XML name/);
  });

  it('cannot be broken out of by text', () => {
    const xml = renderXmlDocument(element('title', {}, '</title><script>alert(1)</script>'));
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;/title&gt;&lt;script&gt;');
  });
});
