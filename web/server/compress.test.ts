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
