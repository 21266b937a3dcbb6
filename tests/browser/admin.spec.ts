// The admin panel as a communicator meets it, in Chromium against a real Strapi serving its built
// admin (see playwright.admin.config.ts): Swedish by default in an English browser set to UTC,
// Swedish field labels and help texts, no internal fields, weeks starting on Monday, and a web
// address that follows the title when the campaign is saved.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { adminPort } from '../playwright.admin.config';
import { ENGLISH, RAW_FIELDS, exactTexts, logIn as logInAs } from '../support/admin-page';

const cmsUrl = `http://127.0.0.1:${adminPort}`;
/** Screenshots for the communicator's guide (docs/guide-kommunikator.md), taken as the tests pass. */
const guideDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'guide-kommunikator');
const guideShot = (page: Page, name: string) => page.screenshot({ path: path.join(guideDir, `${name}.png`) });
const editor = { email: 'kommunikator@example.invalid', password: 'Testlosenord-123', firstname: 'Kim', lastname: 'Kommunikatör' };

test.beforeAll(async () => {
  // The first administrator of the fresh database (Strapi's own registration).
  const response = await fetch(`${cmsUrl}/admin/register-admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(editor),
  });
  // 400: registered already (a worker that restarts after a failure runs this again).
  expect([200, 201, 400]).toContain(response.status);
});

function logIn(page: Page): Promise<void> {
  return logInAs(page, editor);
}

function timed<T>(step: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  return work().finally(() => console.log(`${step}: ${Date.now() - started} ms`));
}

test('the admin is in Swedish by default: menu, home page and labels', async ({ page }) => {
  await timed('log in', () => logIn(page));
  const menu = page.getByRole('navigation').first();
  for (const name of ['Start', 'Innehåll', 'Mediebibliotek']) await expect(menu.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hej Kim' })).toBeVisible();
  expect(await exactTexts(page, ENGLISH)).toEqual([]);
  await guideShot(page, 'start');
  // Tips waiting for review: the event list filtered on Granskning = pending.
  await page.goto('/admin/content-manager/collection-types/api::event.event?filters[$and][0][moderationStatus][$eq]=pending&plugins[i18n][locale]=sv');
  await expect(page.getByRole('button', { name: 'Granskning är pending' })).toBeVisible({ timeout: 30_000 });
  await guideShot(page, 'tips-att-granska');
});

test('a new campaign: Swedish labels and help texts, a web address from the title', async ({ page }) => {
  await logIn(page);
  await timed('open a new campaign', async () => {
    await page.goto('/admin/content-manager/collection-types/api::campaign.campaign/create');
    await expect(page.getByRole('heading', { name: 'Skapa en post' })).toBeVisible({ timeout: 30_000 });
  });
  const main = page.locator('main');
  for (const name of ['Rubrik', 'Webbadress', 'Ingress']) await expect(main.getByRole('textbox', { name, exact: true }), name).toBeVisible();
  for (const name of ['Första dag', 'Sista dag', 'Brödtext', 'Evenemang']) await expect(main.getByRole('combobox', { name, exact: true }), name).toBeVisible();
  await expect(main.getByRole('region', { name: 'Bild' })).toBeVisible();
  await expect(main.getByRole('group', { name: 'Publicera automatiskt' })).toBeVisible();
  await expect(main.getByText('tryck sedan Spara, inte Publicera', { exact: false })).toBeVisible();
  await expect(main.getByRole('textbox', { name: 'Rubrik' })).toHaveAttribute('placeholder', /Till exempel/);
  expect(await exactTexts(page, [...ENGLISH, ...RAW_FIELDS])).toEqual([]);
  await guideShot(page, 'ny-kampanj');

  // The calendar follows the Swedish locale: the week starts on Monday.
  await main.getByRole('combobox', { name: 'Första dag' }).click();
  const firstDay = page.getByRole('grid').getByRole('gridcell').first();
  await expect(firstDay).toBeVisible();
  expect(await firstDay.getAttribute('aria-label')).toMatch(/^måndag \d+ [a-zåäö]+ \d{4}$/);
  await page.keyboard.press('Escape');

  await main.getByRole('textbox', { name: 'Rubrik' }).fill('Vårkampanj mot människohandel');
  await timed('save the campaign', async () => {
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(main.getByRole('textbox', { name: 'Webbadress' })).toHaveValue('varkampanj-mot-manniskohandel', { timeout: 15_000 });
  });
});

test('an event: internal fields hidden, what the CMS fills read-only', async ({ page }) => {
  await logIn(page);
  await page.goto('/admin/content-manager/collection-types/api::event.event/create');
  const main = page.locator('main');
  await expect(main.getByRole('group', { name: 'Börjar' })).toBeVisible({ timeout: 30_000 });
  for (const label of ['Söktext (skapas automatiskt)', 'Inskickningsnyckel (intern)', 'Fingeravtryck (intern)']) {
    await expect(main.getByLabel(label), label).toHaveCount(0);
  }
  await expect(main.getByRole('textbox', { name: 'Tipsarens e-post' })).toBeDisabled();
  await expect(main.getByText('Webbplatsen visar svensk tid', { exact: false })).toBeVisible();
  expect(await exactTexts(page, [...ENGLISH, ...RAW_FIELDS])).toEqual([]);
  await guideShot(page, 'nytt-evenemang');
});
