import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it('transliterates Swedish letters the Swedish way', () => {
    expect(slugify('Föreläsning om människohandel på Folkets hus')).toBe('forelasning-om-manniskohandel-pa-folkets-hus');
    expect(slugify('ÅÄÖ åäö')).toBe('aao-aao');
  });

  it('keeps only letters, digits and single hyphens', () => {
    expect(slugify('  Kampanj: vecka 12 – ”Stopp”! ')).toBe('kampanj-vecka-12-stopp');
  });
});
