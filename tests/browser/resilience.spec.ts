// The CMS goes away after pages were seen: they stay, with a discreet notice and the acute numbers,
// in Swedish and English, narrow and wide, with and without JavaScript; then it comes back.
// This spec runs a web of its own whose CMS requests pass a proxy it can cut (loopback only): without
// the read model (READ_MODEL=off: the CMS cache's last good copies, as before it is loaded), and one
// with it (every page, also one never seen, from the read model: docs/decisions/021-read-model.md).
import { expect, test, type Page } from '@playwright/test';
import { ports, readToken, revalidateSecret } from '../playwright.config';
import { expectNoAxeViolations } from '../support/axe';
import { startDelayingProxy, type DelayingProxy } from '../support/delaying-proxy';
import { startWeb, type RunningWeb } from '../support/web';

const NOTICE = { sv: /Innehållet kan vara inaktuellt just nu/, en: /The content may be out of date right now/ };
const SEEN = { sv: '/handlingsplan', en: '/en/handlingsplan' };

async function expectAcuteNumbers(page: Page) {
  for (const href of ['tel:112', 'tel:11414', 'tel:116111', 'tel:020505050']) {
    await expect(page.locator(`a[href="${href}"]`).first()).toBeVisible();
  }
}

let proxy: DelayingProxy;
let web: RunningWeb;
let withReadModel: RunningWeb;

const purge = () => fetch(`${web.url}/api/revalidate`, { method: 'POST', headers: { authorization: `Bearer ${revalidateSecret}` }, body: '{}' });

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  proxy = await startDelayingProxy(`http://127.0.0.1:${ports.cms}`);
  web = await startWeb({ cmsUrl: proxy.url, readToken, env: { REVALIDATE_SECRET: revalidateSecret, READ_MODEL: 'off' } });
  withReadModel = await startWeb({ cmsUrl: proxy.url, readToken, env: { REVALIDATE_SECRET: revalidateSecret } });
  await expect.poll(async () => (await fetch(`${withReadModel.url}/readyz`)).status, { timeout: 60_000 }).toBe(200);
  for (const path of [SEEN.sv, SEEN.en]) expect((await fetch(`${web.url}${path}`)).status).toBe(200);
  // The CMS becomes unreachable, and the caches are told that content changed: every page must ask
  // the CMS again, and falls back to its last good copy.
  proxy.down = true;
  expect((await purge()).status).toBe(200);
});

test.afterAll(async () => {
  await withReadModel?.stop();
  await web?.stop();
  await proxy?.close();
});

for (const locale of ['sv', 'en'] as const) {
  for (const width of [360, 1280]) {
    test(`a page seen before stays, with the notice (${locale}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto(`${web.url}${SEEN[locale]}`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['cache-control']).toBe('no-store');
      await expect(page.getByRole('note').filter({ hasText: NOTICE[locale] })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAcuteNumbers(page);
      await expectNoAxeViolations(page);
    });
  }
}

test('without the read model, a page never seen answers 503 with the acute numbers', async ({ page }) => {
  const response = await page.goto(`${web.url}/kampanjer`);
  expect(response?.status()).toBe(503);
  await expectAcuteNumbers(page);
  await expectNoAxeViolations(page);
});

test('with the read model, a page never seen answers 200 with the acute numbers and no notice', async ({ page }) => {
  const response = await page.goto(`${withReadModel.url}/kampanjer`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: NOTICE.sv })).toHaveCount(0);
  await expectAcuteNumbers(page);
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the notice and the acute numbers are in the page itself', async ({ page }) => {
    const response = await page.goto(`${web.url}${SEEN.sv}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('note').filter({ hasText: NOTICE.sv })).toBeVisible();
    await expectAcuteNumbers(page);
  });
});

test('when the CMS is back, the notice goes by itself', async ({ page }) => {
  proxy.down = false;
  await purge();
  await expect
    .poll(async () => {
      await page.goto(`${web.url}${SEEN.sv}`);
      return page.getByRole('note').filter({ hasText: NOTICE.sv }).count();
    }, { timeout: 10_000 })
    .toBe(0);
  expect((await page.goto(`${web.url}${SEEN.sv}`))?.headers()['cache-control']).toContain('public');
});
