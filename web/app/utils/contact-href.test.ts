import { describe, expect, it } from 'vitest';
import { contactHref } from './contact-href';

describe('contactHref', () => {
  it.each([
    // tel: and sms: links from phone numbers as people write them.
    ['phone', '020-50 50 50', 'tel:020505050'],
    ['phone', '114 14', 'tel:11414'],
    ['phone', '+46 586 610 00', 'tel:+4658661000'],
    ['sms', '071-123 45 67', 'sms:0711234567'],
    // A phone value that is not a number is shown as text.
    ['phone', 'ring växeln', null],
    ['phone', '12', null],
    ['sms', 'javascript:alert(1)', null],
    // mailto: links only from plain addresses.
    ['email', 'stod@karlskoga.se', 'mailto:stod@karlskoga.se'],
    ['email', 'a@b.se?bcc=x@y.se', null],
    ['email', 'a@b.se, c@d.se', null],
    ['email', 'inte en adress', null],
    // Web and chat only to http(s) URLs.
    ['web', 'https://www.nmtsverige.se', 'https://www.nmtsverige.se'],
    ['chat', 'http://example.org/chatt', 'http://example.org/chatt'],
    ['web', 'javascript:alert(1)', null],
    ['web', '//example.org', null],
    ['chat', 'mailto:a@b.se', null],
    ['web', 'https://exa\nmple.org', null],
    ['web', 'www.example.org', null],
    // A visiting address is never linked.
    ['visit', 'Storgatan 1, Karlskoga', null],
  ] as const)('links %s %j as %j', (kind, value, href) => {
    expect(contactHref(kind, value)).toBe(href);
  });
});
