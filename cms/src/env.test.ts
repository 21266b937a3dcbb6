import { describe, expect, it } from 'vitest';
import { assertEnvironment, environmentProblems } from './env';

const random = (seed: string) => `${seed}-Qm7x2Lr9Vb4Tz8Nk`;
const secrets = {
  APP_KEYS: `${random('k1')},${random('k2')}`,
  ADMIN_JWT_SECRET: random('admin'),
  API_TOKEN_SALT: random('salt'),
  TRANSFER_TOKEN_SALT: random('transfer'),
  ENCRYPTION_KEY: random('enc'),
  JWT_SECRET: random('jwt'),
};

describe('the CMS environment', () => {
  it('accepts a complete production environment', () => {
    expect(environmentProblems({ NODE_ENV: 'production', ...secrets, CMS_READ_TOKEN: random('read'), DATABASE_CLIENT: 'postgres' })).toEqual([]);
  });

  it('refuses missing, placeholder and reused secrets in production, naming each', () => {
    const problems = environmentProblems({
      NODE_ENV: 'production',
      ...secrets,
      APP_KEYS: 'tobemodified1,tobemodified2',
      JWT_SECRET: undefined,
      PREVIEW_SECRET: random('admin'),
      REVALIDATE_SECRET: 'changeme-changeme',
      WEB_REVALIDATE_URLS: 'http://web:3000/api/revalidate',
    });
    expect(problems).toEqual([
      'APP_KEYS (item 1) is shorter than 16 characters',
      'APP_KEYS (item 2) is shorter than 16 characters',
      'JWT_SECRET is not set',
      'PREVIEW_SECRET has the same value as ADMIN_JWT_SECRET',
      'REVALIDATE_SECRET looks like a placeholder',
    ]);
  });

  it('needs the revalidation secret in production when the web is to be told about changes', () => {
    expect(environmentProblems({ NODE_ENV: 'production', ...secrets, WEB_REVALIDATE_URLS: 'http://web:3000/api/revalidate' })).toEqual([
      'REVALIDATE_SECRET is not set, but WEB_REVALIDATE_URLS is: the web would never hear of changes',
    ]);
  });

  it('outside production only needs the secrets to be there, and checks formats', () => {
    expect(environmentProblems({ ...secrets, APP_KEYS: 'a,b', JWT_SECRET: 'x' })).toEqual([]);
    expect(environmentProblems({ ...secrets, DATABASE_CLIENT: 'mysql', PORT: 'abc', WEB_URL: 'localhost:3000' })).toEqual([
      'DATABASE_CLIENT must be "sqlite" or "postgres"',
      'PORT must be a whole number from 1 to 65535',
      'WEB_URL must be an http(s) URL',
    ]);
    expect(environmentProblems({})).toHaveLength(6);
  });

  it('throws one error that lists every problem, never a value', () => {
    // The catch block below must run: without the throw this test would pass on nothing.
    expect.assertions(3);
    expect(() => assertEnvironment({ NODE_ENV: 'production', ...secrets, ENCRYPTION_KEY: 'secret' })).toThrow(/for production:\n {2}- ENCRYPTION_KEY is shorter than 16 characters/);
    try {
      assertEnvironment({ NODE_ENV: 'production', ...secrets, JWT_SECRET: 'dev-Qm7x2Lr9Vb4Tz8Nk' });
    } catch (error) {
      expect(String(error)).toContain('JWT_SECRET looks like a placeholder');
      expect(String(error)).not.toContain('dev-Qm7x2Lr9Vb4Tz8Nk');
    }
  });
});
