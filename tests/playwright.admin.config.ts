import { defineConfig } from '@playwright/test';

// The admin panel as editors use it: a fresh, seeded Strapi serving its built admin
// (`NODE_ENV=production node cms/scripts/with-build-secrets.js npm run build -w cms` first).
// PW_PORT_BASE as in playwright.config.ts; the admin takes the fourth port of the base.
const base = Number(process.env.PW_PORT_BASE ?? 4437);
export const adminPort = base + 3;
/** The SMTP sink the admin's CMS mails to; the spec that reads mails listens there (admin-inbox.spec.ts). */
export const smtpPort = base + 4;
/** The portal the admin's preview frames (sixth port of the base), with the preview secret of both. */
export const previewWebPort = base + 5;
export const adminPreviewSecret = 'browser-test-preview-secret-0123456789';
const readToken = 'browser-test-read-token-0123456789';

export default defineConfig({
  testDir: 'browser',
  testMatch: 'admin*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Its own output directory: CI runs the portal's and the admin's suites at the same time.
  outputDir: 'test-results/admin',
  timeout: 90_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${adminPort}`,
    // An editor's browser set to UTC, as in the issue: what the admin shows must not depend on it.
    timezoneId: 'UTC',
    locale: 'en-US',
    launchOptions: {
      // Debian's Chromium: test tools may not download their own browsers here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      command: 'node support/cms-for-browser.mjs',
      url: `http://127.0.0.1:${adminPort}/_health`,
      env: {
        PORT: String(adminPort),
        SERVE_ADMIN_PANEL: 'true',
        CMS_READ_TOKEN: readToken,
        CMS_SUBMISSION_TOKEN: 'browser-test-submission-token-0123456789',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtpPort),
        SMTP_FROM: 'Stödportalen <noreply@karlskoga.invalid>',
        // Tips from the spec reach this address, not the seeded communicators.
        MODERATOR_EMAILS: 'moderator@example.invalid',
        PREVIEW_SECRET: adminPreviewSecret,
        WEB_URL: `http://127.0.0.1:${previewWebPort}`,
      },
      timeout: 120_000,
      reuseExistingServer: false,
    },
    {
      // The portal, for the draft preview (admin-preview.spec.ts): framable by the admin at 127.0.0.1.
      command: 'node ../web/server.mjs',
      url: `http://127.0.0.1:${previewWebPort}/healthz`,
      env: {
        CMS_READ_TOKEN: readToken,
        PREVIEW_SECRET: adminPreviewSecret,
        CMS_ADMIN_ORIGIN: `http://127.0.0.1:${adminPort}`,
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        READ_MODEL: 'off',
        // The admin's Strapi is busy seeding and serving the admin while the first preview is asked for.
        CMS_TIMEOUT_MS: '10000',
        PORT: String(previewWebPort),
        PUBLIC_URL: `http://127.0.0.1:${previewWebPort}`,
        CMS_URL: `http://127.0.0.1:${adminPort}`,
      },
      reuseExistingServer: false,
    },
  ],
});
