import { describe, expect, it } from 'vitest';
import { parseAccessibilityReport } from './accessibility-report';

describe('parseAccessibilityReport', () => {
  it('needs only a description; the e-mail and the page are optional', () => {
    const result = parseAccessibilityReport({ description: '  Knappen går inte att nå med tangentbordet.  ' });
    expect(result).toEqual({ success: true, data: { description: 'Knappen går inte att nå med tangentbordet.', pageUrl: undefined, email: undefined, locale: 'sv' } });
  });

  it('gives a code per failing field', () => {
    const result = parseAccessibilityReport({ description: ' ', email: 'inte en adress', pageUrl: 'javascript:alert(1)', locale: 'de' });
    expect(result).toEqual({
      success: false,
      errors: { description: 'description.required', email: 'email.invalid', pageUrl: 'pageUrl.invalid', locale: 'locale.invalid' },
    });
  });

  it('accepts a path on this site or a full address, and refuses an over-long text', () => {
    expect(parseAccessibilityReport({ description: 'x', pageUrl: '/kalender' }).success).toBe(true);
    expect(parseAccessibilityReport({ description: 'x', pageUrl: 'https://example.org/a' }).success).toBe(true);
    expect(parseAccessibilityReport({ description: 'a'.repeat(5001) })).toEqual({ success: false, errors: { description: 'description.tooLong' } });
  });

  it('refuses what is not a form', () => {
    expect(parseAccessibilityReport('text')).toEqual({ success: false, errors: { form: 'form.invalid' } });
  });
});
