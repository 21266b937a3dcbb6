import { expect, test } from '@playwright/test';
import { ports } from '../playwright.config';
import { expectNoAxeViolations } from '../support/axe';
import { adminSession } from '../support/cms';
import { upload, uploaded } from '../support/images';

// The identity editors set in the site settings (issue 17): the sender's name, a logo with its text
// alternative, and a primary colour that must keep AA contrast (refused with a Swedish message
// otherwise), reaching the page through /tema.css under the strict CSP. The settings are put back
// afterwards: the other specs expect the neutral default.

const cms = { url: `http://127.0.0.1:${ports.cms}` };
const web = `http://127.0.0.1:${ports.web}`;
const SENDER = 'Testkommunen';
const SITE = '/content-manager/single-types/api::site.site';
const LOGO = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" fill="#1d4ed8"/></svg>',
);

let admin: Awaited<ReturnType<typeof adminSession>>;

test.beforeAll(async () => {
  admin = await adminSession(cms);
});

test.afterAll(async () => {
  const response = await admin.request('POST', `${SITE}/actions/publish?locale=sv`, { senderName: null, primaryColor: null, logo: null });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  await expect.poll(async () => (await (await fetch(`${web}/om`)).text()).includes(SENDER), { timeout: 15_000 }).toBe(false);
});

test('a colour under 4.5:1 against white is refused with a Swedish message, and nothing changes', async () => {
  const response = await admin.request('PUT', `${SITE}?locale=sv`, { primaryColor: '#2dd4bf' });
  expect(response.status).toBe(400);
  const body = (await response.json()) as { error: { message: string } };
  expect(body.error.message).toMatch(/^Huvudfärgen #2dd4bf har för låg kontrast mot vitt \(1,\d:1\)\. Den måste vara minst 4,5:1/);
  expect(await (await fetch(`${web}/om`)).text()).not.toContain('/tema.css');
});

test('the sender, the logo and the colour reach every page, under the CSP, with 0 axe violations', async ({ page }) => {
  const logo = await uploaded(await upload(cms, admin, { name: 'logotyp.svg', type: 'image/svg+xml', body: LOGO }, `${SENDER}s logotyp`));
  const response = await admin.request('POST', `${SITE}/actions/publish?locale=sv`, { senderName: SENDER, primaryColor: '#1D4ED8', logo: logo.id });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  await expect.poll(async () => (await (await fetch(`${web}/om`)).text()).includes(SENDER), { timeout: 15_000 }).toBe(true);

  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/kalender');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('img', { name: `${SENDER}s logotyp` })).toBeVisible();
  await expect(banner.getByRole('link', { name: new RegExp(`Stödportalen.*${SENDER}`) })).toHaveAttribute('href', '/');
  await expect(page.getByRole('contentinfo')).toContainText(`Stödportalen ges ut av ${SENDER}.`);
  // The colour comes as a stylesheet of this origin (style-src 'self'), addressed by the colour.
  await expect(page.locator('link[rel="stylesheet"][href="/tema.css?v=1d4ed8"]')).toHaveCount(1);
  const css = await (await fetch(`${web}/tema.css?v=1d4ed8`)).text();
  expect(css).toContain('--brand:#1d4ed8');
  const button = page.getByRole('link', { name: 'Tipsa om ett evenemang' });
  expect(await button.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(29, 78, 216)');
  expect(violations).toEqual([]);
  await expectNoAxeViolations(page);
});
