import { describe, expect, it } from 'vitest';
import { assertEnvironment, environmentProblems, parseSettings } from './env';

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
    expect.assertions(1);
    expect(environmentProblems({ NODE_ENV: 'production', ...secrets, CMS_READ_TOKEN: random('read'), DATABASE_CLIENT: 'postgres' })).toEqual([]);
  });

  it('refuses missing, placeholder and reused secrets in production, naming each', () => {
    expect.assertions(1);
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
    expect.assertions(1);
    expect(environmentProblems({ NODE_ENV: 'production', ...secrets, WEB_REVALIDATE_URLS: 'http://web:3000/api/revalidate' })).toEqual([
      'REVALIDATE_SECRET is not set, but WEB_REVALIDATE_URLS is: the web would never hear of changes',
    ]);
  });

  it('outside production only needs the secrets to be there, and checks formats', () => {
    expect.assertions(3);
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

describe('the CMS settings', () => {
  it('has the documented defaults when nothing is set', () => {
    expect.assertions(1);
    expect(parseSettings({})).toEqual({
      production: false,
      seed: { enabled: true, demo: false },
      tokens: { read: undefined, submission: undefined },
      smtpConfigured: false,
      webUrl: 'http://localhost:3000',
      cmsUrl: 'http://localhost:1337',
      previewSecret: '',
      revalidation: { urls: [], secret: '' },
      moderatorEmails: [],
      retentionDays: 30,
      rejectedRetentionDays: 30,
      accessibilityReportRetentionDays: 90,
    });
  });

  it('reads each variable as the code used it: trimmed, without trailing slashes, lists split', () => {
    expect.assertions(8);
    const parsed = parseSettings({
      NODE_ENV: 'production',
      SEED: 'false',
      SEED_DEMO: 'true',
      SMTP_HOST: ' smtp.example ',
      WEB_URL: ' https://stod.example/// ',
      PORT: '1400',
      MODERATOR_EMAILS: ' a@example.se , nobody, b@example.se ',
      WEB_REVALIDATE_URLS: ' http://web:3000/api/revalidate , ,',
      SUBMISSION_RETENTION_DAYS: '0',
      REJECTED_TIP_RETENTION_DAYS: '-3',
    });
    expect(parsed.seed).toEqual({ enabled: false, demo: false }); // no demo content in production
    expect(parsed.smtpConfigured).toBe(true);
    expect(parsed.webUrl).toBe('https://stod.example');
    expect(parsed.cmsUrl).toBe('http://localhost:1400');
    expect(parsed.moderatorEmails).toEqual(['a@example.se', 'b@example.se']);
    expect(parsed.revalidation.urls).toEqual(['http://web:3000/api/revalidate']);
    expect(parsed.retentionDays).toBe(0);
    expect(parsed.rejectedRetentionDays).toBe(30); // a negative number falls back to the default
  });
});
