import { describe, expect, it } from 'vitest';
import { isPlaceholderSlug } from './document-middlewares';

describe('isPlaceholderSlug', () => {
  it('recognises the admin’s placeholder: the content type’s name, numbered or not', () => {
    expect(isPlaceholderSlug('campaign', 'campaign')).toBe(true);
    expect(isPlaceholderSlug('campaign-3', 'campaign')).toBe(true);
    expect(isPlaceholderSlug('event', 'event')).toBe(true);
  });

  it('keeps what an editor typed', () => {
    expect(isPlaceholderSlug('campaign-vecka', 'campaign')).toBe(false);
    expect(isPlaceholderSlug('kampanjvecka-mot-manniskohandel', 'campaign')).toBe(false);
    expect(isPlaceholderSlug('event', 'campaign')).toBe(false);
    expect(isPlaceholderSlug(undefined, 'campaign')).toBe(false);
  });
});
