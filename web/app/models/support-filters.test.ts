import { describe, expect, it } from 'vitest';
import { hasFilters, parsePage, parseSupportFilters, supportSearch } from './support-filters';

const parse = (query: string) => parseSupportFilters(new URLSearchParams(query));

describe('parseSupportFilters', () => {
  it('reads the Swedish parameter names and values', () => {
    expect(
      parse('malgrupp=unga&malgrupp=koper-sex&niva=akut&omfattning=nationell&kanal=telefon&kanal=e-post&anonym=ja'),
    ).toEqual({
      audiences: ['youngPeople', 'peopleWhoBuySex'],
      levels: ['acute'],
      scopes: ['national'],
      channels: ['phone', 'email'],
      anonymous: true,
    });
  });

  it('ignores unknown values and parameters, repeats and case', () => {
    expect(parse('niva=AKUT&niva=akut&niva=panik&malgrupp=&kanal=fax&anonym=kanske&foo=bar&omfattning=<script>')).toEqual({
      audiences: [],
      levels: ['acute'],
      scopes: [],
      channels: [],
      anonymous: false,
    });
  });

  it('knows when nothing is chosen', () => {
    expect(hasFilters(parse(''))).toBe(false);
    expect(hasFilters(parse('niva=okand'))).toBe(false);
    expect(hasFilters(parse('anonym=ja'))).toBe(true);
  });
});

describe('parsePage', () => {
  it('reads a page number from 1 and treats anything else as page 1', () => {
    expect(parsePage(new URLSearchParams('sida=3'))).toBe(3);
    for (const value of ['0', '-1', 'två', '1.5', '', '99999999999']) {
      expect(parsePage(new URLSearchParams(`sida=${value}`))).toBe(1);
    }
    expect(parsePage(new URLSearchParams('sida=999999'))).toBe(10_000);
  });
});

describe('supportSearch', () => {
  it('writes the filters back as the form would, with the page when it is not the first', () => {
    const filters = parse('kanal=sms&niva=riktad&niva=akut&anonym=ja');
    expect(supportSearch(filters)).toBe('?niva=akut&niva=riktad&kanal=sms&anonym=ja');
    expect(supportSearch(filters, 2)).toBe('?niva=akut&niva=riktad&kanal=sms&anonym=ja&sida=2');
    expect(supportSearch(parse(''), 1)).toBe('');
  });
});
