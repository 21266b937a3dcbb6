import { expect, test } from '@playwright/test';
import { ports } from '../playwright.config';
import { expectNoAxeViolations } from '../support/axe';

test.describe('the portal slice', () => {
  test('home shows who the portal is for, acute help and the way on to the plan', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/Stödportalen/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    for (const href of ['tel:112', 'tel:11414', 'tel:116111', 'tel:020505050']) {
      await expect(page.locator(`a[href="${href}"]`).first()).toBeVisible();
    }
    await expect(page.getByRole('link', { name: /handlingsplan/i }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the plan page renders every section heading from the CMS, with a table of contents', async ({ page }) => {
    const response = await page.goto('/handlingsplan');
    expect(response?.status()).toBe(200);
    const headings = [
      'Inledning',
      'Definition och viktiga begrepp',
      'Förebyggande arbete på nationell, regional och lokalnivå',
      'Nationellt perspektiv',
      'Regionalt perspektiv',
      'Kommunalt perspektiv, Karlskoga kommun',
      'Prioriterade aktiviteter/mål',
      'Uppföljning och revidering',
      'Referenser',
    ];
    for (const name of headings) {
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
    }
    await page.getByRole('link', { name: 'Kommunalt perspektiv, Karlskoga kommun' }).first().click();
    await expect(page).toHaveURL(/#kommunalt-perspektiv-karlskoga-kommun$/);
    await expect(page.getByText(/kvinnoföreningen mot våld Karlskoga-\s?Degerfors/i).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('home: a summary for residents (goal and five activities), not the officials’ case record', async ({ page }) => {
    await page.goto('/');
    const plan = page.getByRole('region', { name: 'Kommunens handlingsplan' });
    await expect(plan).toContainText('Målet i planen är att fler ska veta mer om prostitution och människohandel');
    // No claim that the plan applies today: the home page does not read its dates, it links to them.
    await expect(plan).not.toContainText('Karlskoga kommun har en handlingsplan');
    await expect(plan.getByRole('link', { name: 'Gäller planen fortfarande? Se planens giltighetstid' })).toHaveAttribute('href', '/handlingsplan#status-rubrik');
    await expect(plan.getByRole('listitem')).toHaveCount(5);
    await expect(plan.getByRole('link', { name: 'Läs hela handlingsplanen' })).toHaveAttribute('href', '/handlingsplan');
    await expect(page.getByText(/Av misstag sändes inte planen vidare/)).toHaveCount(0);
    await page.goto('/en');
    await expect(page.getByRole('region', { name: "The municipality's action plan" }).getByRole('listitem')).toHaveCount(5);
  });

  test('the plan: validity and revision date, honestly past; the case record under its own heading; no invented status', async ({ page }) => {
    await page.goto('/handlingsplan');
    const status = page.getByRole('region', { name: 'Gäller planen fortfarande?' });
    await expect(status).toContainText('Planen gällde 2021–2023. Den tiden har gått ut.');
    await expect(status).toContainText('Planen skulle ha reviderats senast 31 december 2023. Det datumet har passerat.');
    const record = page.getByRole('region', { name: 'Ärendebeskrivning' });
    await expect(record).toContainText('Av misstag sändes inte planen vidare');
    await expect(page.getByText('Inte fastställd ännu')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Fakta om planen' })).toContainText('Uppgift saknas i planen');
    await page.goto('/en/handlingsplan');
    await expect(page.getByRole('region', { name: 'Is the plan still valid?' })).toContainText('That date has passed.');
    await expectNoAxeViolations(page);
  });

  test('an unknown path answers 404 with a helpful page', async ({ page }) => {
    const response = await page.goto('/finns-inte-har');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/finns inte/i);
    await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('with the CMS down, the plan answers 503 and still shows the acute numbers', async ({ page }) => {
    const response = await page.goto(`http://127.0.0.1:${ports.webWithoutCms}/handlingsplan`);
    expect(response?.status()).toBe(503);
    await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
    await expect(page.locator('a[href="tel:020505050"]').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('sets no cookies and stores nothing in the browser', async ({ page, context }) => {
    await page.goto('/');
    await page.goto('/handlingsplan');
    expect(await context.cookies()).toEqual([]);
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
    expect(storage).toEqual({ local: 0, session: 0 });
  });
});

test.describe('home, plan and error pages in both languages and widths', () => {
  for (const width of [360, 1280]) {
    for (const [path, status] of [
      ['/', 200],
      ['/en', 200],
      ['/handlingsplan', 200],
      ['/en/handlingsplan', 200],
      ['/finns-inte', 404],
      ['/en/finns-inte', 404],
    ] as const) {
      test(`${path} at ${width} px: status ${status}, 0 axe violations`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        const response = await page.goto(path);
        expect(response?.status()).toBe(status);
        await expect(page.locator('html')).toHaveAttribute('lang', path.startsWith('/en') ? 'en' : 'sv');
        await expectNoAxeViolations(page);
      });
    }
    test(`CMS down at ${width} px: English 503 page with the acute numbers`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const response = await page.goto(`http://127.0.0.1:${ports.webWithoutCms}/en/handlingsplan`);
      expect(response?.status()).toBe(503);
      await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
