import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadPages } from './pages';

const PAGES_DIR = path.resolve(__dirname, '../../seed/pages');

/**
 * The page texts moved from TypeScript (the former seed/pages.ts) to Markdown files; the seed
 * fingerprints what it wrote, so the loaded texts must equal that export byte for byte.
 * __fixtures__/pages.json is the former export, written by this test before the move.
 */
describe('seed page texts', () => {
  it('load exactly as the former TypeScript export', async () => {
    const pages = loadPages(PAGES_DIR);
    expect(pages.length).toBe(11);
    await expect(JSON.stringify(pages, null, 1) + '\n').toMatchFileSnapshot('./__fixtures__/pages.json');
  });

  it('refuses a file it cannot place, naming it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seed-pages-'));
    writeFileSync(path.join(dir, 'sida.en.md'), '---\ntitle: "A"\nsummary: "B"\n---\nText\n');
    expect(() => loadPages(dir)).toThrow('seed pages: sida.sv.md: missing');
    writeFileSync(path.join(dir, 'sida.sv.md'), '---\narea: elsewhere\norder: 1\ntitle: "A"\nsummary: "B"\n---\nText\n');
    expect(() => loadPages(dir)).toThrow(/sida\.sv\.md.*area/s);
    writeFileSync(path.join(dir, 'sida.sv.md'), '---\narea: legal\norder: 1\ntitle: "A"\nsummary: "B"\n---\nText\n');
    expect(loadPages(dir)).toEqual([{ slug: 'sida', area: 'legal', order: 1, sv: { title: 'A', summary: 'B', body: 'Text' }, en: { title: 'A', summary: 'B', body: 'Text' } }]);
    writeFileSync(path.join(dir, 'Sida.md'), 'x');
    expect(() => loadPages(dir)).toThrow('seed pages: Sida.md: expected');
  });
});
