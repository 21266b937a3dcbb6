import { describe, expect, it } from 'vitest';
import { parseEnv, publicOriginOf } from '../../server/env';

describe('parseEnv', () => {
  it('applies the defaults', () => {
    expect(parseEnv({ CMS_READ_TOKEN: 'secret' })).toEqual({
      CMS_URL: 'http://127.0.0.1:1337',
      CMS_READ_TOKEN: 'secret',
      CMS_TIMEOUT_MS: 2000,
      PORT: 3000,
      HOST: '0.0.0.0',
      TRUST_PROXY: 0,
      SUBMISSION_RETENTION_DAYS: 30,
      REJECTED_TIP_RETENTION_DAYS: 30,
      ACCESSIBILITY_REPORT_RETENTION_DAYS: 90,
      READ_MODEL: 'on',
      READ_MODEL_CHECK_MS: 10_000,
      READ_MODEL_POLL_MS: 1_000,
      READ_MODEL_SYNC: 'export',
    });
  });

  it('refuses to start without a token, naming the problem', () => {
    expect(() => parseEnv({})).toThrow(/CMS_READ_TOKEN: is not set/);
    expect(() => parseEnv({ CMS_READ_TOKEN: '   ' })).toThrow(/CMS_READ_TOKEN/);
  });

  it('checks the CMS URL, port and timeout', () => {
    expect(parseEnv({ CMS_READ_TOKEN: 't', CMS_URL: 'https://cms.example.org/', PORT: '8080' })).toMatchObject({
      CMS_URL: 'https://cms.example.org',
      PORT: 8080,
    });
    expect(() => parseEnv({ CMS_READ_TOKEN: 't', CMS_URL: 'ftp://cms' })).toThrow(/CMS_URL/);
    expect(() => parseEnv({ CMS_READ_TOKEN: 't', PORT: 'abc' })).toThrow(/PORT/);
    expect(() => parseEnv({ CMS_READ_TOKEN: 't', CMS_TIMEOUT_MS: '-1' })).toThrow(/CMS_TIMEOUT_MS/);
  });

  it('takes the public origin from PUBLIC_URL, else the listen address, never from a request', () => {
    expect(publicOriginOf(parseEnv({ CMS_READ_TOKEN: 't', PUBLIC_URL: 'https://Stodportalen.Example.org:443/' }))).toBe('https://stodportalen.example.org');
    expect(publicOriginOf(parseEnv({ CMS_READ_TOKEN: 't', PUBLIC_URL: 'http://127.0.0.1:8080' }))).toBe('http://127.0.0.1:8080');
    expect(publicOriginOf(parseEnv({ CMS_READ_TOKEN: 't' }))).toBe('http://localhost:3000');
    expect(publicOriginOf(parseEnv({ CMS_READ_TOKEN: 't', HOST: '127.0.0.1', PORT: '5501' }))).toBe('http://127.0.0.1:5501');
    expect(publicOriginOf(parseEnv({ CMS_READ_TOKEN: 't', HOST: '::1', PORT: '5501' }))).toBe('http://[::1]:5501');
    expect(() => parseEnv({ CMS_READ_TOKEN: 't', PUBLIC_URL: 'https://example.org/portal' })).toThrow(/PUBLIC_URL must be an origin only/);
    expect(() => parseEnv({ CMS_READ_TOKEN: 't', PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
  });
});
