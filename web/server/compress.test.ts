import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compact, compressDynamic } from './compress';

describe('compact', () => {
  it('gives a compressed page a buffer of its own size, with the same bytes', () => {
    const page = Buffer.from(`<main>${'Stöd och hjälp i Karlskoga. '.repeat(400)}</main>`);
    const made = compressDynamic(page, 'br');
    // What zlib answers: a slice of a larger output chunk.
    expect(made.buffer.byteLength).toBeGreaterThan(made.length);
    const kept = compact(made);
    expect(kept.buffer.byteLength).toBe(kept.length);
    expect(kept.equals(made)).toBe(true);
    expect(zlib.brotliDecompressSync(kept).equals(page)).toBe(true);
  });

  it('leaves a buffer that is already its own', () => {
    const own = Buffer.allocUnsafeSlow(64).fill(1);
    expect(compact(own)).toBe(own);
  });
});

describe('compressDynamic', () => {
  it('compresses a page as it is made faster and less than the one the page cache keeps, to the same bytes', () => {
    const page = Buffer.from(
      `<!DOCTYPE html><html lang="sv"><body>${Array.from({ length: 60 }, (_, i) => `<li class="border-s-4 ps-4"><a class="link" href="/kalender/evenemang-${i}">Evenemang ${i}: stöd för unga i Karlskoga</a><time dateTime="2026-12-${String((i % 28) + 1).padStart(2, '0')}T17:00:00.000Z">${i % 7} december, kl. 18.00–20.00</time></li>`).join('')}</body></html>`,
    );
    const fresh = compressDynamic(page, 'br', { fresh: true });
    const kept = compressDynamic(page, 'br');
    expect(zlib.brotliDecompressSync(fresh).equals(page)).toBe(true);
    expect(zlib.brotliDecompressSync(kept).equals(page)).toBe(true);
    // Quality 3 and 5: the kept one is the smaller.
    expect(fresh.length).toBeGreaterThan(kept.length);
  });
});
