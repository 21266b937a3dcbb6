import { describe, expect, it } from 'vitest';
import { s3Settings, uploadOrigins, uploadPluginConfig } from './config';

const s3Env = {
  UPLOAD_PROVIDER: 's3',
  S3_BUCKET: 'stodportalen-media',
  S3_REGION: 'eu-north-1',
  S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
  S3_SECRET_ACCESS_KEY: 'secret-value-for-the-test',
};

describe('upload provider from the environment', () => {
  it('stores files locally by default', () => {
    expect(uploadPluginConfig({})).toEqual({ provider: 'local', sizeLimit: 20 * 1024 * 1024 });
    expect(uploadPluginConfig({ UPLOAD_PROVIDER: 'local' })).toMatchObject({ provider: 'local' });
    expect(uploadOrigins({})).toEqual([]);
  });

  it('uses the S3 provider with UPLOAD_PROVIDER=s3, without an ACL header unless asked for', () => {
    const config = uploadPluginConfig(s3Env);
    expect(config).toMatchObject({
      provider: 'aws-s3',
      providerOptions: {
        s3Options: {
          region: 'eu-north-1',
          forcePathStyle: false,
          credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret-value-for-the-test' },
          params: { Bucket: 'stodportalen-media', ACL: undefined },
        },
      },
    });
    expect(uploadOrigins(s3Env)).toContain('https://stodportalen-media.s3.eu-north-1.amazonaws.com');
  });

  it('talks path-style to an S3-compatible endpoint, and serves from S3_PUBLIC_URL when given', () => {
    const env = { ...s3Env, S3_ENDPOINT: 'https://objects.example.org', S3_PUBLIC_URL: 'https://media.example.org/' };
    expect(uploadPluginConfig(env)).toMatchObject({
      providerOptions: { baseUrl: 'https://media.example.org', s3Options: { endpoint: 'https://objects.example.org', forcePathStyle: true } },
    });
    expect(uploadOrigins(env)).toEqual(['https://media.example.org']);
    expect(uploadOrigins({ ...s3Env, S3_ENDPOINT: 'http://127.0.0.1:9000' })).toEqual(['http://127.0.0.1:9000']);
  });

  it('names every missing S3 setting, and refuses an unknown provider', () => {
    expect(() => s3Settings({ UPLOAD_PROVIDER: 's3', S3_BUCKET: 'b' })).toThrow('UPLOAD_PROVIDER=s3 needs S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY');
    expect(() => s3Settings({ ...s3Env, S3_ENDPOINT: 'ftp://x' })).toThrow('S3_ENDPOINT must be an http(s) URL');
    expect(() => uploadPluginConfig({ UPLOAD_PROVIDER: 'azure' })).toThrow('UPLOAD_PROVIDER must be "local" or "s3"');
  });
});
