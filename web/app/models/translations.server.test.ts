import { describe, expect, it } from 'vitest';
import { localeVariables, withTranslations } from './translations.server';

describe('withTranslations', () => {
  const base = [
    { documentId: 'a', title: 'A sv' },
    null,
    { documentId: 'b', title: 'B sv' },
    { documentId: 'c', title: 'C sv' },
  ];

  it('keeps the order and pagination of the base list, using translations where they exist', () => {
    expect(
      withTranslations(
        base,
        [
          { documentId: 'c', title: 'C en' },
          { documentId: 'x', title: 'X en' },
        ],
        'en'
      )
    ).toEqual([
      { item: { documentId: 'a', title: 'A sv' }, contentLocale: 'sv' },
      { item: { documentId: 'b', title: 'B sv' }, contentLocale: 'sv' },
      { item: { documentId: 'c', title: 'C en' }, contentLocale: 'en' },
    ]);
  });

  it('is the base list in Swedish when nothing is translated', () => {
    expect(withTranslations(base, undefined, 'sv').map((entry) => entry.contentLocale)).toEqual(['sv', 'sv', 'sv']);
  });
});

describe('localeVariables', () => {
  it('reads Swedish as the base and translates only for other locales', () => {
    expect(localeVariables('sv')).toEqual({ baseLocale: 'sv', locale: 'sv', translate: false });
    expect(localeVariables('en')).toEqual({ baseLocale: 'sv', locale: 'en', translate: true });
  });
});
