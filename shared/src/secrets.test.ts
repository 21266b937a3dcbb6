import { describe, expect, it } from 'vitest';
import { productionSecretProblems, weakSecretReason } from './secrets';

const strong = (seed: string) => `${seed}-Zq8vN3xLr5TfW9yB`;

describe('production secrets', () => {
  it('accepts random values', () => {
    expect(weakSecretReason('k3Jd9_Fq2LmZx81vTt0pQw')).toBeNull();
    expect(weakSecretReason('6f1c2b9e0a7d4c3b8e5f6a7b8c9d0e1f')).toBeNull();
  });

  it('refuses short values, placeholders and values with too little variety', () => {
    expect(weakSecretReason('kort')).toMatch(/shorter than 16/);
    expect(weakSecretReason('tobemodified-0123456789')).toMatch(/placeholder/);
    expect(weakSecretReason('changeme-please-now-123')).toMatch(/placeholder/);
    expect(weakSecretReason('aaaaaaaaaaaaaaaaaaaaaa')).toMatch(/too few different characters/);
    expect(weakSecretReason('abababababababababab12')).toMatch(/too few different characters/);
  });

  it('names each problem without the value: missing, weak list items, reuse', () => {
    const problems = productionSecretProblems(
      { APP_KEYS: `${strong('a')},tobemodified2`, JWT_SECRET: strong('j'), PREVIEW_SECRET: strong('j'), REVALIDATE_SECRET: '' },
      [{ name: 'APP_KEYS', required: true, list: true }, { name: 'JWT_SECRET', required: true }, { name: 'ADMIN_JWT_SECRET', required: true }, { name: 'PREVIEW_SECRET' }, { name: 'REVALIDATE_SECRET' }],
    );
    expect(problems).toEqual([
      'APP_KEYS (item 2) is shorter than 16 characters',
      'ADMIN_JWT_SECRET is not set',
      'PREVIEW_SECRET has the same value as JWT_SECRET',
    ]);
    expect(problems.join('\n')).not.toContain(strong('j'));
  });
});
