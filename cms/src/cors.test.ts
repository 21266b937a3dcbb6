import { describe, expect, it } from 'vitest';
import { corsOrigins } from './cors';

describe('corsOrigins', () => {
  it('defaults to the local admin and portal addresses', () => {
    expect(corsOrigins({})).toEqual(['http://localhost:1337', 'http://127.0.0.1:1337', 'http://localhost:3000']);
    expect(corsOrigins({ PORT: '4000' })).toEqual(['http://localhost:4000', 'http://127.0.0.1:4000', 'http://localhost:3000']);
  });

  it('takes the configured admin origin, portal and extra origins, as origins', () => {
    expect(
      corsOrigins({
        CMS_ADMIN_ORIGIN: 'https://cms.example.org/admin',
        PUBLIC_URL: 'https://ignored.example.org',
        WEB_URL: 'https://stod.example.org/',
        CORS_ORIGINS: ' https://a.example.org , https://stod.example.org,',
      }),
    ).toEqual(['https://cms.example.org', 'https://stod.example.org', 'https://a.example.org']);
    expect(corsOrigins({ PUBLIC_URL: 'https://cms.example.org' })).toContain('https://cms.example.org');
  });

  it('allows nothing local in production: only what is configured', () => {
    expect(corsOrigins({ NODE_ENV: 'production' })).toEqual([]);
    expect(corsOrigins({ NODE_ENV: 'production', PUBLIC_URL: 'https://cms.example.org' })).toEqual(['https://cms.example.org']);
    expect(corsOrigins({ NODE_ENV: 'production', PUBLIC_URL: 'https://cms.example.org', WEB_URL: 'https://stod.example.org' })).toEqual(['https://cms.example.org', 'https://stod.example.org']);
    expect(corsOrigins({ NODE_ENV: 'production', WEB_URL: 'https://stod.example.org' })).not.toContain('http://localhost:1337');
  });

  it('never allows every origin', () => {
    expect(corsOrigins({ CORS_ORIGINS: '*,null,javascript:alert(1),ftp://x.example' })).not.toEqual(expect.arrayContaining(['*']));
    expect(corsOrigins({ CORS_ORIGINS: '*,null,javascript:alert(1),ftp://x.example' })).toHaveLength(3);
  });
});
