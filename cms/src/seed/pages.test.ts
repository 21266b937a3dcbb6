import { describe, it, expect } from 'vitest';
import { pages } from './pages';

/**
 * The page texts moved from TypeScript to Markdown files (cms/seed/pages/); the seed fingerprints
 * what it wrote, so the loaded texts must equal the former TypeScript export byte for byte.
 * __fixtures__/pages.json is that export, written before the move.
 */
describe('seed page texts', () => {
  it('load exactly as the former TypeScript export', async () => {
    expect(pages.length).toBe(11);
    await expect(JSON.stringify(pages, null, 1) + '\n').toMatchFileSnapshot('./__fixtures__/pages.json');
  });
});
