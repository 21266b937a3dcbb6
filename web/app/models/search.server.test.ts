import { describe, expect, it } from 'vitest';
import { normalizeQuery } from './search.server';

describe('normalizeQuery', () => {
  it('trims, squeezes spaces and caps at 100 characters', () => {
    expect(normalizeQuery('  sex   mot\nersättning ')).toEqual({ query: 'sex mot ersättning', truncated: false });
    expect(normalizeQuery(null)).toEqual({ query: '', truncated: false });
    const long = normalizeQuery('å'.repeat(150));
    expect(long).toEqual({ query: 'å'.repeat(100), truncated: true });
  });

  it('drops control and invisible characters, so a NUL is no wildcard', () => {
    expect(normalizeQuery('\u0000')).toEqual({ query: '', truncated: false });
    expect(normalizeQuery('\u0000\u0001\u007f\u200b\u00ad\ufeff')).toEqual({ query: '', truncated: false });
    expect(normalizeQuery('männi\u0000skohandel')).toEqual({ query: 'människohandel', truncated: false });
    expect(normalizeQuery('sex \u0000 köp')).toEqual({ query: 'sex köp', truncated: false });
    expect(normalizeQuery('\u202ehej\u202c')).toEqual({ query: 'hej', truncated: false });
    // Emoji sequences keep their joiner.
    expect(normalizeQuery('👩\u200d👧')).toEqual({ query: '👩\u200d👧', truncated: false });
  });
});
