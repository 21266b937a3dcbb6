import { describe, expect, it } from 'vitest';
import { anonymousPageUrl, parseAccessibilityReport } from './accessibility-report';

const KEY = 'b7c0e7d4-2f51-4a58-9a4e-1e0b1b2c3d4e';

describe('parseAccessibilityReport', () => {
  it('needs only a description; the e-mail and the page are optional', () => {
    const result = parseAccessibilityReport({ description: '  Knappen går inte att nå med tangentbordet.  ', idempotencyKey: KEY });
    expect(result).toEqual({ success: true, data: { description: 'Knappen går inte att nå med tangentbordet.', pageUrl: undefined, email: undefined, locale: 'sv', idempotencyKey: KEY } });
  });

  it('gives a code per failing field', () => {
    const result = parseAccessibilityReport({ description: ' ', email: 'inte en adress', pageUrl: 'javascript:alert(1)', locale: 'de' });
    expect(result).toEqual({
      success: false,
      errors: { form: 'form.invalid', description: 'description.required', email: 'email.invalid', pageUrl: 'pageUrl.invalid', locale: 'locale.invalid' },
    });
  });

  it('accepts a path on this site or a full address, and refuses an over-long text', () => {
    expect(parseAccessibilityReport({ description: 'x', pageUrl: '/kalender', idempotencyKey: KEY }).success).toBe(true);
    expect(parseAccessibilityReport({ description: 'x', pageUrl: 'https://example.org/a', idempotencyKey: KEY }).success).toBe(true);
    expect(parseAccessibilityReport({ description: 'a'.repeat(5001), idempotencyKey: KEY })).toEqual({ success: false, errors: { description: 'description.tooLong' } });
  });

  it('needs the idempotency key of the form: without one the form cannot be read', () => {
    expect(parseAccessibilityReport({ description: 'x' })).toEqual({ success: false, errors: { form: 'form.invalid' } });
    expect(parseAccessibilityReport({ description: 'x', idempotencyKey: 'kort' })).toEqual({ success: false, errors: { form: 'form.invalid' } });
  });

  it('keeps of a page address only a path on this site, without query or fragment', () => {
    expect(anonymousPageUrl('/kalender/tipsa')).toBe('/kalender/tipsa');
    expect(anonymousPageUrl('/sok?q=mitt+namn#traff')).toBe('/sok');
    expect(anonymousPageUrl('https://example.org/min-sida')).toBeNull();
    expect(anonymousPageUrl('//example.org/a')).toBeNull();
    expect(anonymousPageUrl(null)).toBeNull();
  });

  it('refuses what is not a form', () => {
    expect(parseAccessibilityReport('text')).toEqual({ success: false, errors: { form: 'form.invalid' } });
  });
});
