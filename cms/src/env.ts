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

const days = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value) => {
      const parsed = Number.parseInt(value ?? '', 10);
      return Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
    });
const text = z
  .string()
  .optional()
  .transform((value) => (value ?? '').trim());
const baseUrl = text.transform((value) => value.replace(/\/+$/, ''));
const list = (keep: (item: string) => boolean) =>
  text.transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(keep),
  );

/**
 * What the CMS's code reads from the environment, parsed once (config/* reads the rest through
 * requiredSecret and the upload and logging helpers). Names and defaults: README.md and .env.example.
 */
const settingsSchema = z
  .object({
    NODE_ENV: text,
    PORT: text,
    SEED: text,
    SEED_DEMO: text,
    SMTP_HOST: text,
    CMS_READ_TOKEN: z.string().optional(),
    CMS_SUBMISSION_TOKEN: z.string().optional(),
    PREVIEW_SECRET: text,
    REVALIDATE_SECRET: text,
    WEB_REVALIDATE_URLS: list((url) => url !== ''),
    WEB_URL: baseUrl,
    PUBLIC_URL: baseUrl,
    MODERATOR_EMAILS: list((address) => address.includes('@')),
    SUBMISSION_RETENTION_DAYS: days(30),
    REJECTED_TIP_RETENTION_DAYS: days(30),
    ACCESSIBILITY_REPORT_RETENTION_DAYS: days(90),
  })
  .transform((env) => {
    const production = env.NODE_ENV === 'production';
    return {
      production,
      /** SEED=false skips the import; the demo content (SEED_DEMO=true) never in production. */
      seed: { enabled: env.SEED !== 'false', demo: env.SEED_DEMO === 'true' && !production },
      tokens: { read: env.CMS_READ_TOKEN, submission: env.CMS_SUBMISSION_TOKEN },
      /** Mail is sent only with SMTP_HOST (config/plugins.ts holds the transport). */
      smtpConfigured: env.SMTP_HOST !== '',
      /** The public portal, for links in mails and the admin preview. */
      webUrl: env.WEB_URL || 'http://localhost:3000',
      /** The CMS's own address, for links to the admin panel in mails. */
      cmsUrl: env.PUBLIC_URL || `http://localhost:${env.PORT || '1337'}`,
      /** PREVIEW_SECRET as given; preview.ts turns a short one off. */
      previewSecret: env.PREVIEW_SECRET,
      /** WEB_REVALIDATE_URLS (comma-separated) and REVALIDATE_SECRET; bootstrap/revalidate.ts checks them. */
      revalidation: { urls: env.WEB_REVALIDATE_URLS, secret: env.REVALIDATE_SECRET },
      /** MODERATOR_EMAILS: comma-separated; when empty, the active users with the communicator role get the mails. */
      moderatorEmails: env.MODERATOR_EMAILS,
      /** Days after an event's end when the submitter's name and e-mail are removed. */
      retentionDays: env.SUBMISSION_RETENTION_DAYS,
      /** Days after a tip was rejected when its sender's contact details and the moderator's note are removed. */
      rejectedRetentionDays: env.REJECTED_TIP_RETENTION_DAYS,
      /** Days after an accessibility report when the reporter's e-mail and any identifying part of the page address are removed. */
      accessibilityReportRetentionDays: env.ACCESSIBILITY_REPORT_RETENTION_DAYS,
    };
  });

export type CmsSettings = z.output<typeof settingsSchema>;

/** The settings of an environment (pure: tests pass their own). */
export function parseSettings(env: NodeJS.ProcessEnv): CmsSettings {
  return settingsSchema.parse(Object.fromEntries(Object.keys(settingsSchema.in.shape).map((key) => [key, env[key]])));
}

let current: CmsSettings | undefined;

/** The process's settings, parsed from process.env on first use (after Strapi has loaded .env). */
export function settings(): CmsSettings {
  current ??= parseSettings(process.env);
  return current;
}
