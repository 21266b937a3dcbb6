import { ConfigurationError } from '../env';

/**
 * Where uploaded files go: local files under public/uploads by default (one CMS instance), or an
 * S3-compatible bucket with UPLOAD_PROVIDER=s3, so several CMS instances share them.
 * Read by config/plugins.ts (the upload plugin) and config/middlewares.ts (the admin's CSP).
 */
export interface S3Settings {
  bucket: string;
  region: string;
  endpoint: string | undefined;
  accessKeyId: string;
  secretAccessKey: string;
  publicUrl: string | undefined;
  acl: string | undefined;
  forcePathStyle: boolean;
}

const S3_REQUIRED = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;
/** Largest file the media library takes (bytes). */
export const UPLOAD_SIZE_LIMIT = 20 * 1024 * 1024;

const value = (env: NodeJS.ProcessEnv, name: string): string | undefined => {
  const v = env[name]?.trim();
  return v ? v : undefined;
};

export function uploadProvider(env: NodeJS.ProcessEnv = process.env): 'local' | 's3' {
  const provider = (value(env, 'UPLOAD_PROVIDER') ?? 'local').toLowerCase();
  if (provider === 'local' || provider === 's3') return provider;
  throw new ConfigurationError(`UPLOAD_PROVIDER must be "local" or "s3", not "${provider}".`);
}

/** The S3 settings, or null for local files. Missing settings stop the start with their names. */
export function s3Settings(env: NodeJS.ProcessEnv = process.env): S3Settings | null {
  if (uploadProvider(env) !== 's3') return null;
  const missing = S3_REQUIRED.filter((name) => !value(env, name));
  if (missing.length > 0) {
    throw new ConfigurationError(`UPLOAD_PROVIDER=s3 needs ${missing.join(', ')} (see .env.example).`);
  }
  const endpoint = value(env, 'S3_ENDPOINT');
  for (const [name, url] of [['S3_ENDPOINT', endpoint], ['S3_PUBLIC_URL', value(env, 'S3_PUBLIC_URL')]] as const) {
    if (url && !/^https?:\/\/[^/]/.test(url)) throw new ConfigurationError(`${name} must be an http(s) URL.`);
  }
  return {
    bucket: value(env, 'S3_BUCKET')!,
    region: value(env, 'S3_REGION')!,
    endpoint,
    accessKeyId: value(env, 'S3_ACCESS_KEY_ID')!,
    secretAccessKey: value(env, 'S3_SECRET_ACCESS_KEY')!,
    publicUrl: value(env, 'S3_PUBLIC_URL')?.replace(/\/+$/, ''),
    // No ACL header unless asked for: new AWS buckets refuse ACLs; files are made public by the bucket's policy.
    acl: value(env, 'S3_ACL'),
    // Path-style addresses (endpoint/bucket/key) for S3-compatible stores (MinIO and the like).
    forcePathStyle: (value(env, 'S3_FORCE_PATH_STYLE') ?? (endpoint ? 'true' : 'false')) === 'true',
  };
}

/** The upload plugin's configuration. */
export function uploadPluginConfig(env: NodeJS.ProcessEnv = process.env): Record<string, unknown> {
  const s3 = s3Settings(env);
  if (!s3) return { provider: 'local', sizeLimit: UPLOAD_SIZE_LIMIT };
  return {
    provider: 'aws-s3',
    sizeLimit: UPLOAD_SIZE_LIMIT,
    providerOptions: {
      ...(s3.publicUrl ? { baseUrl: s3.publicUrl } : {}),
      s3Options: {
        region: s3.region,
        // S3-compatible stores: checksums only where S3 requires them (many do not take the AWS
        // SDK's newer default checksum headers).
        ...(s3.endpoint ? { endpoint: s3.endpoint, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
        forcePathStyle: s3.forcePathStyle,
        credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
        params: { Bucket: s3.bucket, ACL: s3.acl },
      },
    },
    actionOptions: { upload: {}, uploadStream: {}, delete: {} },
  };
}

/**
 * Origins the admin panel must load media from (its CSP img-src/media-src): the bucket's public
 * address when files are in S3.
 */
export function uploadOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const s3 = s3Settings(env);
  if (!s3) return [];
  if (s3.publicUrl) return [new URL(s3.publicUrl).origin];
  if (s3.endpoint) return [new URL(s3.endpoint).origin];
  return [`https://${s3.bucket}.s3.${s3.region}.amazonaws.com`, `https://${s3.bucket}.s3.amazonaws.com`];
}
