// Environment for a throwaway Strapi used by the tests: fixed test secrets (never used outside
// tests), a temporary SQLite file, no admin panel build needed.
// `revalidateUrls`: the test web's POST /api/revalidate addresses (comma-separated), told about
// every published change with REVALIDATE_SECRET (TEST_REVALIDATE_SECRET unless the caller's
// environment sets one, as Playwright's config does).
export const TEST_REVALIDATE_SECRET = 'test-revalidate-secret-0123456789';

/**
 * @param {{ port: number, databaseFilename: string, readToken: string | undefined, submissionToken?: string, revalidateUrls?: string, extra?: Record<string, string> }} options
 * @returns {Record<string, string | undefined>}
 */
export function cmsTestEnv({
  port,
  databaseFilename,
  readToken,
  submissionToken = 'test-submission-token-0123456789',
  revalidateUrls = process.env.WEB_REVALIDATE_URLS ?? '',
  extra = {},
}) {
  return {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    APP_KEYS: 'test-app-key-1-0123456789,test-app-key-2-0123456789',
    ADMIN_JWT_SECRET: 'test-admin-jwt-secret-0123456789',
    API_TOKEN_SALT: 'test-api-token-salt-0123456789',
    TRANSFER_TOKEN_SALT: 'test-transfer-token-salt-0123456789',
    ENCRYPTION_KEY: 'test-encryption-key-0123456789ab',
    JWT_SECRET: 'test-jwt-secret-0123456789',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: databaseFilename,
    SERVE_ADMIN_PANEL: 'false',
    STRAPI_STARTUP_LOG: 'false',
    CMS_READ_TOKEN: readToken,
    CMS_SUBMISSION_TOKEN: submissionToken,
    SEED_DEMO: 'true',
    WEB_REVALIDATE_URLS: revalidateUrls,
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? TEST_REVALIDATE_SECRET,
    ...extra,
  };
}
