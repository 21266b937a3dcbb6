import { describe, expect, it } from 'vitest';
import { normalizeSearchMiss, SearchMissSchema } from './search-miss';

describe('normalizeSearchMiss', () => {
  it('keeps lower-case words and single spaces', () => {
    expect(normalizeSearchMiss('  Sälja   SEX?! ')).toBe('sälja sex');
    expect(normalizeSearchMiss('<script>')).toBe('script');
  });

  it('counts nothing that could be a phone or personal number, and nothing empty or too long', () => {
    expect(normalizeSearchMiss('ring 070-123 45 67')).toBeNull();
    expect(normalizeSearchMiss('19900101-1234')).toBeNull();
    expect(normalizeSearchMiss('112')).toBe('112');
    expect(normalizeSearchMiss('?!')).toBeNull();
    expect(normalizeSearchMiss('a'.repeat(101))).toBeNull();
  });

  it('takes only a query and a known language', () => {
    expect(SearchMissSchema.safeParse({ query: 'x', language: 'sv' }).success).toBe(true);
    expect(SearchMissSchema.safeParse({ query: 'x', language: 'de' }).success).toBe(false);
    expect(SearchMissSchema.safeParse({ query: '', language: 'sv' }).success).toBe(false);
  });
});
