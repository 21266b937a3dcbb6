import { describe, expect, it, vi } from 'vitest';
import { mergeWithFallback, queryWithFallback } from './localized.server';

describe('queryWithFallback', () => {
  it('returns the requested locale when it has the content', async () => {
    const query = vi.fn(async (locale: string) => `text in ${locale}`);
    expect(await queryWithFallback('en', query)).toEqual({ data: 'text in en', locale: 'en', fallback: false });
    expect(query).toHaveBeenCalledTimes(1);
  });

  it('falls back to Swedish when the requested locale has nothing', async () => {
    const query = vi.fn(async (locale: string) => (locale === 'sv' ? 'svensk text' : null));
    expect(await queryWithFallback('en', query)).toEqual({ data: 'svensk text', locale: 'sv', fallback: true });
    expect(query.mock.calls.map(([locale]) => locale)).toEqual(['en', 'sv']);
  });

  it('is null when neither locale has the content, and asks Swedish only once for Swedish', async () => {
    const query = vi.fn(async () => null);
    expect(await queryWithFallback('en', query)).toBeNull();
    query.mockClear();
    expect(await queryWithFallback('sv', query)).toBeNull();
    expect(query).toHaveBeenCalledTimes(1);
  });

  it('lets CMS errors through', async () => {
    await expect(queryWithFallback('en', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
  });
});

describe('mergeWithFallback', () => {
  const en = [{ id: 'b', order: 2 }];
  const sv = [
    { id: 'a', order: 1 },
    { id: 'b', order: 2 },
    { id: 'c', order: 3 },
  ];

  it('keeps translated items and adds the Swedish-only ones, marked', () => {
    expect(mergeWithFallback(en, sv, (item) => item.id)).toEqual([
      { item: { id: 'b', order: 2 }, fallback: false },
      { item: { id: 'a', order: 1 }, fallback: true },
      { item: { id: 'c', order: 3 }, fallback: true },
    ]);
  });

  it('sorts the merged list when asked', () => {
    const merged = mergeWithFallback(en, sv, (item) => item.id, (a, b) => a.order - b.order);
    expect(merged.map(({ item, fallback }) => `${item.id}${fallback ? '*' : ''}`)).toEqual(['a*', 'b', 'c*']);
  });
});
