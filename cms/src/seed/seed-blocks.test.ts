import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { markdownToBlocks, parsePlan } from './parse-plan';
import { loadPages } from './pages';
import { superseded } from './superseded';

/**
 * The seed fingerprints what it wrote (seed/fingerprint.ts), so the blocks the seed derives from an
 * unchanged text must never change: an existing database would stop matching and lose corrections.
 * This snapshot was written by the hand-written parser before the move to mdast; every parser since
 * must produce the same blocks, byte for byte, for the plan, every page text and every superseded text.
 */
const PLAN_PATH = path.resolve(__dirname, '../../seed/handlingsplan-karlskoga.md');
const pages = loadPages(path.resolve(__dirname, '../../seed/pages'));

function pageTexts(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const page of pages) {
    for (const locale of ['sv', 'en'] as const) {
      const text = page[locale];
      if (!text) continue;
      out[`${page.slug}.${locale}.body`] = markdownToBlocks(text.body);
      if (text.easyRead !== undefined) out[`${page.slug}.${locale}.easyRead`] = markdownToBlocks(text.easyRead);
    }
  }
  return out;
}

function supersededTexts(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [slug, locales] of Object.entries(superseded.pages)) {
    for (const [locale, fields] of Object.entries(locales)) {
      for (const field of ['body', 'easyRead'] as const) {
        const value = fields?.[field];
        if (value === undefined) continue;
        (Array.isArray(value) ? value : [value]).forEach((text, index) => {
          // null: that version left the field empty (superseded.ts); there is nothing to parse.
          if (text !== null) out[`${slug}.${locale}.${field}.${index}`] = markdownToBlocks(text);
        });
      }
    }
  }
  return out;
}

describe('seed blocks stay identical for unchanged texts', () => {
  it('the plan', async () => {
    const plan = parsePlan(readFileSync(PLAN_PATH, 'utf8'));
    await expect(JSON.stringify(plan, null, 1) + '\n').toMatchFileSnapshot('./__fixtures__/plan.json');
  });

  it('every page text', async () => {
    const texts = pageTexts();
    expect(Object.keys(texts).length).toBeGreaterThan(20);
    await expect(JSON.stringify(texts, null, 1) + '\n').toMatchFileSnapshot('./__fixtures__/page-blocks.json');
  });

  it('every superseded text', async () => {
    await expect(JSON.stringify(supersededTexts(), null, 1) + '\n').toMatchFileSnapshot('./__fixtures__/superseded-blocks.json');
  });
});

describe('markdownToBlocks', () => {
  it('refuses Markdown the blocks cannot hold rather than rewriting it', () => {
    expect(() => markdownToBlocks('Ett `kodord` här.')).toThrow('unsupported inline Markdown "inlineCode"');
    expect(() => markdownToBlocks('# Rubrik')).toThrow('unsupported heading level 1');
    expect(() => markdownToBlocks('---')).toThrow('unsupported Markdown "thematicBreak"');
  });

  it('reads the converter’s inline HTML and its double escapes', () => {
    expect(markdownToBlocks('A<sup>12</sup> <b>fet</b> a\\\\_b  \nny rad')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'A¹² ' }, { type: 'text', text: 'fet', bold: true }, { type: 'text', text: ' a_b\nny rad' }] },
    ]);
  });
});
