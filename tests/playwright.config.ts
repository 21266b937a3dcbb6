import { defineConfig } from '@playwright/test';

// PW_PORT_BASE lets several runs share a machine (each with WEB_BUILD_DIR of its own).
const base = Number(process.env.PW_PORT_BASE ?? 4437);
export const ports = { cms: base, web: base + 1, webWithoutCms: base + 2 };
export const readToken = 'browser-test-read-token-0123456789';
const submissionToken = 'browser-test-submission-token-0123456789';
// The CMS tells the web about every published change (POST /api/revalidate), as in production.
export const revalidateSecret = 'browser-test-revalidate-secret-0123456789';
export const previewSecret = 'browser-test-preview-secret-0123456789';
const webEnv = {
  CMS_READ_TOKEN: readToken,
  CMS_SUBMISSION_TOKEN: submissionToken,
  PREVIEW_SECRET: previewSecret,
  // The admin panel may frame the draft preview (and nothing else).
  CMS_ADMIN_ORIGIN: `http://127.0.0.1:${ports.cms}`,
  HOST: '127.0.0.1',
  NODE_ENV: 'production',
  CMS_TIMEOUT_MS: '2000',
  REVALIDATE_SECRET: revalidateSecret,
};

export default defineConfig({
  testDir: 'browser',
  // The admin panel's specs need its build and run with playwright.admin.config.ts.
  testIgnore: 'admin*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Its own output directory: CI runs the portal's and the admin's suites at the same time.
  outputDir: 'test-results/portal',
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${ports.web}`,
    launchOptions: {
      // Debian's Chromium: test tools may not download their own browsers here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      command: 'node support/cms-for-browser.mjs',
      url: `http://127.0.0.1:${ports.cms}/_health`,
      env: {
        PORT: String(ports.cms),
        CMS_READ_TOKEN: readToken,
        CMS_SUBMISSION_TOKEN: submissionToken,
        PREVIEW_SECRET: previewSecret,
        WEB_REVALIDATE_URLS: `http://127.0.0.1:${ports.web}/api/revalidate`,
        REVALIDATE_SECRET: revalidateSecret,
      },
      timeout: 120_000,
      reuseExistingServer: false,
    },
    {
      command: 'node ../web/server.mjs',
      url: `http://127.0.0.1:${ports.web}/healthz`,
      // With the read model (as in production): content changes reach it by notice, document by document.
      env: { ...webEnv, PORT: String(ports.web), PUBLIC_URL: `http://127.0.0.1:${ports.web}`, CMS_URL: `http://127.0.0.1:${ports.cms}` },
      reuseExistingServer: false,
    },
    {
      // The same web with its CMS unreachable (nothing listens on port 9).
      command: 'node ../web/server.mjs',
      url: `http://127.0.0.1:${ports.webWithoutCms}/healthz`,
      env: { ...webEnv, PORT: String(ports.webWithoutCms), PUBLIC_URL: `http://127.0.0.1:${ports.webWithoutCms}`, CMS_URL: 'http://127.0.0.1:9' },
      reuseExistingServer: false,
    },
  ],
});
