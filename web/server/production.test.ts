import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertProductionSecrets, HSTS, productionProblems, strictTransportSecurity } from './production';

const strong = (seed: string) => `${seed}-Hq4mZ8xT2vLn7Rw`;

describe('the web in production', () => {
  it('refuses weak, placeholder and reused secrets, naming each but never its value', () => {
    const env = {
      NODE_ENV: 'production',
      CMS_READ_TOKEN: 'changeme-changeme-changeme',
      PREVIEW_SECRET: strong('p'),
      REVALIDATE_SECRET: strong('p'),
      CLIENT_KEY_SECRET: 'kort',
      CMS_ADMIN_ORIGIN: 'https://cms.example.org',
      PUBLIC_URL: 'https://stodportalen.example.org',
    };
    expect(productionProblems(env)).toEqual([
      'CMS_READ_TOKEN looks like a placeholder',
      'REVALIDATE_SECRET has the same value as PREVIEW_SECRET',
      'CLIENT_KEY_SECRET is shorter than 16 characters',
    ]);
    expect(() => assertProductionSecrets(env)).toThrow(/in production:\n {2}CMS_READ_TOKEN looks like a placeholder/);
    expect(() => assertProductionSecrets(env)).not.toThrow(strong('p'));
  });

  it('needs the preview secret when the admin may frame the preview', () => {
    expect(
      productionProblems({ NODE_ENV: 'production', CMS_READ_TOKEN: strong('r'), CMS_ADMIN_ORIGIN: 'https://cms.example.org', PUBLIC_URL: 'https://stodportalen.example.org' }),
    ).toEqual([
      'PREVIEW_SECRET is not set, but CMS_ADMIN_ORIGIN is: the draft preview could not work',
    ]);
  });

  it('needs PUBLIC_URL, the one origin of absolute links', () => {
    expect(productionProblems({ NODE_ENV: 'production', CMS_READ_TOKEN: strong('r') })).toEqual([
      "PUBLIC_URL is not set: the portal's public origin (e.g. https://stodportalen.karlskoga.se), used for every absolute link",
    ]);
    expect(productionProblems({ NODE_ENV: 'production', CMS_READ_TOKEN: strong('r'), PUBLIC_URL: ' ' })).toHaveLength(1);
    expect(productionProblems({ NODE_ENV: 'production', CMS_READ_TOKEN: strong('r'), PUBLIC_URL: 'https://stodportalen.example.org' })).toEqual([]);
  });

  it('has no such rules outside production', () => {
    expect(productionProblems({ NODE_ENV: 'test', CMS_READ_TOKEN: 'dev' })).toEqual([]);
    expect(() => assertProductionSecrets({ CMS_READ_TOKEN: 'dev' })).not.toThrow();
  });

  it('sends HSTS in production only', () => {
    const headers = (env: Record<string, string>) => {
      const set = new Map<string, string>();
      strictTransportSecurity(env)({} as never, { setHeader: (name: string, value: string) => set.set(name, value) } as never, () => undefined);
      return set;
    };
    expect(headers({ NODE_ENV: 'production' }).get('Strict-Transport-Security')).toBe(HSTS);
    expect(headers({ NODE_ENV: 'production', HSTS: 'off' }).has('Strict-Transport-Security')).toBe(false);
    expect(headers({ NODE_ENV: 'test' }).has('Strict-Transport-Security')).toBe(false);
  });
});

describe("the web's production Node settings", () => {
  it('are the same in web/Dockerfile as in web/production-runtime.mjs (npm start, the benchmarks)', async () => {
    const { WEB_NODE_OPTIONS, WEB_RUNTIME_ENV } = await import('../production-runtime.mjs');
    const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
    const envOf = (name: string) => new RegExp(`^ENV ${name}="?([^"\\n]*)"?$`, 'm').exec(dockerfile)?.[1];
    expect(envOf('NODE_OPTIONS')).toBe(WEB_NODE_OPTIONS);
    for (const [name, value] of Object.entries(WEB_RUNTIME_ENV)) expect(envOf(name)).toBe(value);
    expect(WEB_NODE_OPTIONS).toMatch(/--max-old-space-size=\d+/);
  });
});
