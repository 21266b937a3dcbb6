import { describe, expect, it } from 'vitest';
import { secretMatches } from './server';

describe('secretMatches', () => {
  const secret = 'k3Jd9_Fq2LmZx81vTt0pQw';

  it('accepts only the secret itself', () => {
    expect(secretMatches(secret, secret)).toBe(true);
    expect(secretMatches(`${secret} `, secret)).toBe(false);
    expect(secretMatches(secret.slice(0, -1), secret)).toBe(false);
    expect(secretMatches(secret.toUpperCase(), secret)).toBe(false);
    expect(secretMatches('x'.repeat(10_000), secret)).toBe(false);
  });

  it('opens nothing when the secret or the candidate is missing', () => {
    for (const missing of [undefined, null, '']) {
      expect(secretMatches(missing, secret)).toBe(false);
      expect(secretMatches(secret, missing)).toBe(false);
      expect(secretMatches(missing, missing)).toBe(false);
    }
  });
});
