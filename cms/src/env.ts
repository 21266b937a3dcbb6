import { MIN_SECRET_LENGTH, productionSecretProblems, weakSecretReason, type SecretRule } from '@stodportalen/shared';
import { z } from 'zod';

/**
 * The CMS's environment, checked when its configuration loads (config/server.ts): a wrong value
 * stops the start with a message that names every problem (never a secret's value). In production
 * (NODE_ENV=production) missing, short, placeholder or reused secrets are refused too.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** The secrets, as production checks them. */
export const CMS_SECRETS: readonly SecretRule[] = [
  { name: 'APP_KEYS', required: true, list: true },
  { name: 'ADMIN_JWT_SECRET', required: true },
  { name: 'API_TOKEN_SALT', required: true },
  { name: 'TRANSFER_TOKEN_SALT', required: true },
  { name: 'ENCRYPTION_KEY', required: true },
  { name: 'JWT_SECRET', required: true },
  // Optional (a feature is off without it), but never weak when set.
  { name: 'CMS_READ_TOKEN' },
  { name: 'CMS_SUBMISSION_TOKEN' },
  { name: 'PREVIEW_SECRET' },
  { name: 'REVALIDATE_SECRET' },
  { name: 'BACKUP_ENCRYPTION_KEY' },
];

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value));
const httpUrl = (name: string) => z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL` });
const integer = (name: string, min: number, max: number) =>
  optionalText.refine(
    (value) => value === undefined || (/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max),
    `${name} must be a whole number from ${min} to ${max}`,
  );

const schema = z.object({
  NODE_ENV: optionalText,
  DATABASE_CLIENT: optionalText.pipe(z.enum(['sqlite', 'postgres'], { error: 'DATABASE_CLIENT must be "sqlite" or "postgres"' }).optional()),
  DATABASE_PORT: integer('DATABASE_PORT', 1, 65_535),
  PORT: integer('PORT', 1, 65_535),
  UPLOAD_PROVIDER: optionalText.pipe(z.enum(['local', 's3'], { error: 'UPLOAD_PROVIDER must be "local" or "s3"' }).optional()),
  SUBMISSION_RETENTION_DAYS: integer('SUBMISSION_RETENTION_DAYS', 0, 3650),
  ACCESSIBILITY_REPORT_RETENTION_DAYS: integer('ACCESSIBILITY_REPORT_RETENTION_DAYS', 0, 3650),
  WEB_URL: optionalText.pipe(httpUrl('WEB_URL').optional()),
  PUBLIC_URL: optionalText.pipe(httpUrl('PUBLIC_URL').optional()),
  WEB_REVALIDATE_URLS: optionalText.pipe(
    z
      .string()
      .refine((list) => list.split(',').every((url) => url.trim() === '' || /^https?:\/\/[^/]/.test(url.trim())), 'WEB_REVALIDATE_URLS must be a comma-separated list of http(s) URLs')
      .optional(),
  ),
});

/** Every problem with the environment, one line each. */
export function environmentProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const parsed = schema.safeParse(Object.fromEntries(Object.keys(schema.shape).map((key) => [key, env[key]])));
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => issue.message));
  if (env.NODE_ENV === 'production') {
    problems.push(...productionSecretProblems(env, CMS_SECRETS));
    if ((env.WEB_REVALIDATE_URLS ?? '').trim() !== '' && (env.REVALIDATE_SECRET ?? '').trim() === '') {
      problems.push('REVALIDATE_SECRET is not set, but WEB_REVALIDATE_URLS is: the web would never hear of changes');
    }
  } else {
    for (const rule of CMS_SECRETS) if (rule.required && !env[rule.name]?.trim()) problems.push(`${rule.name} is not set`);
  }
  return problems;
}

/** Stops the start with every problem named (config/server.ts calls this first). */
export function assertEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  const problems = environmentProblems(env);
  if (problems.length === 0) return;
  const production = env.NODE_ENV === 'production';
  throw new ConfigurationError(
    `The CMS cannot start: its environment is not valid${production ? ' for production' : ''}:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
      (production
        ? `Production needs random secrets (at least ${MIN_SECRET_LENGTH} characters, none reused), e.g. node -e "console.log(require('crypto').randomBytes(24).toString('base64url'))". See .env.example.`
        : 'Copy .env.example to .env or run "npm start", which creates local secrets.'),
  );
}

let checked = false;

/**
 * Secrets the CMS cannot start without. The first one asked for (config/admin.ts is loaded first)
 * checks the whole environment, so a start stops with every problem named at once; after that, a
 * missing one stops with its name, and in production a weak one is refused too.
 */
export function requiredSecret(name: string): string {
  if (!checked) {
    assertEnvironment(process.env);
    checked = true;
  }
  const value = process.env[name]?.trim();
  if (!value) {
    throw new ConfigurationError(`Environment variable ${name} is missing. Copy .env.example to .env or run "npm start", which creates local secrets.`);
  }
  if (process.env.NODE_ENV === 'production') {
    const reason = weakSecretReason(value);
    if (reason) throw new ConfigurationError(`Environment variable ${name} ${reason}; production needs a random secret.`);
  }
  return value;
}

export function requiredSecretList(name: string): string[] {
  const keys = requiredSecret(name)
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key.length > 0);
  if (process.env.NODE_ENV === 'production') {
    for (const key of keys) {
      const reason = weakSecretReason(key);
      if (reason) throw new ConfigurationError(`An item of ${name} ${reason}; production needs random secrets.`);
    }
  }
  return keys;
}
