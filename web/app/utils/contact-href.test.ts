import { describe, expect, it } from 'vitest';
import { contactHref } from './contact-href';

describe('contactHref', () => {
  it('makes tel: and sms: links from phone numbers as people write them', () => {
    expect(contactHref('phone', '020-50 50 50')).toBe('tel:020505050');
    expect(contactHref('phone', '114 14')).toBe('tel:11414');
    expect(contactHref('phone', '+46 586 610 00')).toBe('tel:+4658661000');
    expect(contactHref('sms', '071-123 45 67')).toBe('sms:0711234567');
  });

  it('shows a phone value that is not a number as text', () => {
    expect(contactHref('phone', 'ring växeln')).toBeNull();
    expect(contactHref('phone', '12')).toBeNull();
    expect(contactHref('sms', 'javascript:alert(1)')).toBeNull();
  });

  it('makes mailto: links only from plain addresses', () => {
    expect(contactHref('email', 'stod@karlskoga.se')).toBe('mailto:stod@karlskoga.se');
    expect(contactHref('email', 'a@b.se?bcc=x@y.se')).toBeNull();
    expect(contactHref('email', 'a@b.se, c@d.se')).toBeNull();
    expect(contactHref('email', 'inte en adress')).toBeNull();
  });

  it('links web and chat only to http(s) URLs', () => {
    expect(contactHref('web', 'https://www.nmtsverige.se')).toBe('https://www.nmtsverige.se');
    expect(contactHref('chat', 'http://example.org/chatt')).toBe('http://example.org/chatt');
    expect(contactHref('web', 'javascript:alert(1)')).toBeNull();
    expect(contactHref('web', '//example.org')).toBeNull();
    expect(contactHref('chat', 'mailto:a@b.se')).toBeNull();
    expect(contactHref('web', 'https://exa\nmple.org')).toBeNull();
    expect(contactHref('web', 'www.example.org')).toBeNull();
  });

  it('never links a visiting address', () => {
    expect(contactHref('visit', 'Storgatan 1, Karlskoga')).toBeNull();
  });
});
