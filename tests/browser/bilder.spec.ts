import { expect, test } from '@playwright/test';
import { ports } from '../playwright.config';
import { expectNoAxeViolations } from '../support/axe';
import { adminSession } from '../support/cms';
import { png, upload, uploaded } from '../support/images';

// Images on the portal (issue 15): a campaign's image from Strapi's sizes (srcset, sizes, width and
// height), with its alternative text, served from the portal's own origin, with no layout shift and
// 0 axe violations.

const ALT = 'Affisch med texten Du är inte ensam';
const SLUG = 'kampanj-med-bild-i-webblasaren';

test.beforeAll(async () => {
  const cms = { url: `http://127.0.0.1:${ports.cms}` };
  const admin = await adminSession(cms);
  const image = await uploaded(await upload(cms, admin, { name: 'affisch.png', type: 'image/png', body: png(1200, 800) }, ALT));
  const response = await admin.request('POST', '/content-manager/collection-types/api::campaign.campaign/actions/publish?locale=sv', {
    title: 'Kampanj med bild i webbläsaren',
    slug: SLUG,
    startsOn: '2030-05-01',
    lede: 'En kampanj vars bild visas på portalen.',
    image: image.id,
  });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  // The web learns of the publish by a notice (its read model, issue 13): wait until it shows the
  // campaign, as a visitor would within the 5 s the issue allows.
  const web = `http://127.0.0.1:${ports.web}`;
  await expect.poll(async () => (await fetch(`${web}/kampanjer/${SLUG}`)).status, { timeout: 15_000 }).toBe(200);
});

test('a campaign page shows its image responsively, from this origin, without layout shift, 0 axe violations', async ({ page }) => {
  // Layout shifts are recorded from the first paint (buffered), before the image has loaded.
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(`http://127.0.0.1:${ports.web}/`)) foreign.push(request.url());
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  const response = await page.goto(`/kampanjer/${SLUG}`);
  expect(response?.status()).toBe(200);
  const image = page.getByRole('img', { name: ALT });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('width', '1200');
  await expect(image).toHaveAttribute('height', '800');
  await expect(image).toHaveAttribute('srcset', /^\/uploads\/small_\S+ 500w, \/uploads\/medium_\S+ 750w, \/uploads\/large_\S+ 1000w, \/uploads\/affisch_\S+ 1200w$/);
  await expect(image).toHaveAttribute('sizes', '(min-width: 50rem) 48rem, calc(100vw - 2rem)');
  await expect(image).toHaveAttribute('decoding', 'async');
  // Loaded, and the browser chose a size for the 48rem column (768 px at DPR 1): the 1000 px file.
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  expect(await image.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).toMatch(/^\/uploads\/large_/);
  const box = await image.boundingBox();
  expect(Math.round((box!.width / box!.height) * 100) / 100).toBe(1.5);
  await page.waitForTimeout(300);
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
  console.log(`layout shifts on the campaign page: ${JSON.stringify(shifts)}`);
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
  expect(foreign).toEqual([]);
  await expectNoAxeViolations(page);
});
