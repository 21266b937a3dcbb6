import { expect, test, type Page } from '@playwright/test';
import { ports } from '../playwright.config';
import { expectNoAxeViolations } from '../support/axe';

/** The resources listed in the directory (not the phone lists inside them). */
const listedResources = (page: Page) => page.locator('section[aria-labelledby="resultat-rubrik"] > ul > li');

const templates = [
  { path: '/stod', heading: { sv: 'Få stöd', en: 'Get support' } },
  { path: '/stod/kvinnofridslinjen', heading: { sv: 'Kvinnofridslinjen', en: 'Kvinnofridslinjen' } },
  { path: '/begrepp', heading: { sv: 'Begrepp', en: 'Glossary' } },
] as const;

test.describe('support directory, support resource and glossary in both languages', () => {
  for (const locale of ['sv', 'en'] as const) {
    for (const width of [360, 1280]) {
      for (const template of templates) {
        const path = locale === 'sv' ? template.path : `/en${template.path}`;
        test(`${path} at ${width} px renders, fits the screen and has no axe violations`, async ({ page }) => {
          await page.setViewportSize({ width, height: 800 });
          const response = await page.goto(path);
          expect(response?.status()).toBe(200);
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(template.heading[locale]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          await expectNoAxeViolations(page);
        });
      }
    }
  }

  test('with the CMS down, the pages answer 503 and still show the acute numbers', async ({ page }) => {
    for (const path of ['/stod', '/stod/kvinnofridslinjen', '/begrepp']) {
      const response = await page.goto(`http://127.0.0.1:${ports.webWithoutCms}${path}`);
      expect(response?.status()).toBe(503);
      await expect(page.locator('a[href="tel:020505050"]').first()).toBeVisible();
    }
  });

  test('unknown resource slugs answer 404 in both languages', async ({ page }) => {
    for (const path of ['/stod/finns-inte', '/en/stod/finns-inte']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(/finns inte|not found/i);
    }
  });
});

test.describe('the support directory', () => {
  test('lists every seeded resource, acute help first, with phone numbers as tel: links', async ({ page }) => {
    await page.goto('/stod');
    await expect(page.getByText('10 stöd hittades')).toBeVisible();
    const items = listedResources(page);
    await expect(items).toHaveCount(10);
    // Acute first, then targeted, then general.
    const levels = await items.evaluateAll((lis) => lis.map((li) => li.querySelector('span')?.textContent ?? ''));
    expect(levels.map((text) => text.replace(/^Nivå: /, ''))).toEqual([
      'Akut',
      'Akut',
      'Akut',
      'Riktat stöd',
      'Riktat stöd',
      'Riktat stöd',
      'Riktat stöd',
      'Riktat stöd',
      'Generellt stöd',
      'Generellt stöd',
    ]);
    const main = page.locator('main');
    for (const href of ['tel:112', 'tel:11414', 'tel:116111', 'tel:020505050']) {
      await expect(main.locator(`a[href="${href}"]`)).toHaveCount(1);
    }
    await expect(main.getByText('Öppet dygnet runt')).toBeVisible();
    // No filters chosen: nothing to clear.
    await expect(page.getByRole('link', { name: 'Rensa filter' })).toHaveCount(0);
  });

  test('ignores unknown parameter values instead of failing', async ({ page }) => {
    const response = await page.goto('/stod?niva=panik&kanal=fax&malgrupp=%3Cscript%3E&sida=abc&anonym=kanske');
    expect(response?.status()).toBe(200);
    await expect(page.getByText('10 stöd hittades')).toBeVisible();
    const beyond = await page.goto('/stod?sida=99');
    expect(beyond?.status()).toBe(200);
    await expect(listedResources(page)).toHaveCount(10);
  });

  test('filters combine: young people and phone', async ({ page }) => {
    await page.goto('/stod?malgrupp=unga&kanal=telefon');
    await expect(page.getByText('4 stöd hittades')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Kvinnofridslinjen', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Bris – Barnens rätt i samhället', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: /Nationellt metodstöd/ })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'Unga' })).toBeChecked();
  });

  test('a filter nothing matches says so, with a way back', async ({ page }) => {
    await page.goto('/stod?anonym=ja&malgrupp=yrkesverksamma');
    await expect(page.getByText('0 stöd hittades')).toBeVisible();
    await expect(listedResources(page)).toHaveCount(0);
    await page.getByRole('link', { name: 'Rensa filter' }).click();
    await expect(page).toHaveURL(/\/stod$/);
    await expect(listedResources(page)).toHaveCount(10);
  });

  test('children and boys find a line for them: Bris and UMO, anonymous, each saying whom it is for', async ({ page }) => {
    await page.goto('/stod?anonym=ja');
    await expect(page.getByText('3 stöd hittades')).toBeVisible();
    const main = page.locator('main');
    await expect(main.getByRole('link', { name: 'Bris – Barnens rätt i samhället', exact: true })).toBeVisible();
    await expect(main.getByRole('link', { name: 'UMO – ungdomsmottagningen på nätet', exact: true })).toBeVisible();
    await expect(main.getByText('För alla barn och unga under 18 år. Ring 116 111 eller chatta på bris.se.')).toBeVisible();
    await expect(main.getByText(/Nationell stödtelefon för kvinnor som utsatts för våld/)).toBeVisible();
    await page.goto('/stod/bris');
    const contact = page.getByRole('region', { name: 'Så kontaktar du dem' });
    await expect(contact.locator('a[href="tel:116111"]')).toBeVisible();
    await expect(contact.getByRole('link', { name: 'Chatta på bris.se' })).toHaveAttribute('href', 'https://www.bris.se');
    // No opening hours or cost that no source gave.
    await expect(contact.getByText(/Öppettider|Öppet|Stängt|Gratis/)).toHaveCount(0);
    await page.goto('/stod/umo');
    await expect(page.getByRole('region', { name: 'Så kontaktar du dem' }).locator('a[href^="tel:"]')).toHaveCount(0);
  });

  test('in English the untranslated resources are marked as Swedish', async ({ page }) => {
    await page.goto('/en/stod?niva=akut');
    await expect(page.getByText('3 supports found')).toBeVisible();
    await expect(page.getByRole('note')).toContainText('shown in Swedish');
    const heading = page.getByRole('heading', { name: 'Larmnumret 112' });
    await expect(heading).toHaveAttribute('lang', 'sv');
    await expect(heading.getByRole('link')).toHaveAttribute('href', '/en/stod/larmnummer-112');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('choosing the level "akut" and submitting the form filters the list', async ({ page }) => {
    await page.goto('/stod');
    await page.getByText('Välj vad du letar efter').click(); // opens the <details>
    await page.getByRole('checkbox', { name: 'Akut' }).check();
    await page.getByRole('button', { name: 'Visa stöd' }).click();
    await expect(page).toHaveURL(/[?&]niva=akut(&|$)/);
    const items = listedResources(page);
    await expect(items).toHaveCount(3);
    for (const item of await items.all()) await expect(item).toContainText('Akut');
    await expect(page.getByRole('link', { name: 'Larmnumret 112', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: /Nationellt metodstöd/ })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'Akut' })).toBeChecked();
    await expect(page.getByRole('link', { name: 'Rensa filter' })).toHaveAttribute('href', '/stod');
  });
});

test.describe('a support resource', () => {
  test('Kvinnofridslinjen: tel: link, free, open around the clock, no invented hours', async ({ page }) => {
    await page.goto('/stod/kvinnofridslinjen');
    const contact = page.getByRole('region', { name: 'Så kontaktar du dem' });
    await expect(contact.locator('a[href="tel:020505050"]')).toBeVisible();
    await expect(contact.getByText('Öppet dygnet runt')).toBeVisible();
    await expect(contact.getByText('Gratis')).toBeVisible();
    await expect(contact.getByText(/Öppettider|Öppet nu|Stängt nu/)).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Tillbaka till Få stöd' })).toHaveAttribute('href', '/stod');
  });

  test('a resource without opening hours says nothing about being open', async ({ page }) => {
    await page.goto('/stod/larmnummer-112');
    await expect(page.locator('main a[href="tel:112"]')).toBeVisible();
    await expect(page.locator('main').getByText(/Öppet|Stängt/)).toHaveCount(0);
  });

  test('NMT: web channel and organisation website as links, level explained', async ({ page }) => {
    await page.goto('/stod/nmt');
    await expect(page.getByRole('region', { name: 'Så kontaktar du dem' }).getByRole('link', { name: 'nmtsverige.se' })).toHaveAttribute(
      'href',
      'https://www.nmtsverige.se',
    );
    await expect(page.getByText(/Generellt stöd\. Information och kunskap för alla/)).toBeVisible();
  });

  test('in English: in English where the seed has a translation, else shown in Swedish with a notice', async ({ page }) => {
    await page.goto('/en/stod/kvinnofridslinjen');
    await expect(page.getByText('This page is not available in English yet.', { exact: false })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', /.+/);
    await expect(page.getByRole('main')).toContainText('National support line for women');
    await expect(page.getByText('Open 24 hours a day')).toBeVisible();
    await expect(page.locator('main a[href="tel:020505050"]')).toBeVisible();

    // The corrected consent text for young people, in English too.
    await page.goto('/en/stod/socialtjansten-karlskoga');
    await expect(page.getByRole('main')).toContainText('many adults who work with children, for example at school and in health care, must tell social services');

    await page.goto('/en/stod/regionkoordinator');
    await expect(page.getByRole('note')).toHaveText('This page is not available in English yet. It is shown in Swedish.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'sv');
  });
});

test.describe('the glossary', () => {
  test('every term in alphabetical order with an anchor, and an A–Ö jump list', async ({ page }) => {
    await page.goto('/begrepp');
    const terms = page.getByRole('heading', { level: 3 });
    await expect(terms).toHaveText(['Människohandel', 'Prostitution', 'Sugardejting']);
    await expect(page.locator('h3#prostitution')).toHaveText('Prostitution');
    const jump = page.getByRole('navigation', { name: 'Hoppa till bokstav' });
    await expect(jump.getByRole('listitem')).toHaveCount(29);
    await expect(jump.getByRole('listitem').last()).toHaveText('Ö');
    await expect(jump.getByRole('link')).toHaveText(['M', 'P', 'S']);
    await jump.getByRole('link', { name: 'P', exact: true }).click();
    await expect(page).toHaveURL(/#bokstav-p$/);
    // The source quoted exactly as the plan writes it.
    await expect(page.getByText('Källa: Nationellt metodstöd (NMT) Sverige', { exact: true })).toBeVisible();
  });

  test('the plan links its defined terms to the glossary, once each', async ({ page }) => {
    await page.goto('/handlingsplan');
    const links = page.locator('main a[href="/begrepp#prostitution"]');
    await expect(links).toHaveCount(1);
    await expect(links).toHaveText(/^prostitution$/i);
    await links.click();
    await expect(page).toHaveURL(/\/begrepp#prostitution$/);
    await expect(page.locator('#prostitution')).toBeInViewport();
  });

  test('the English plan links to the English glossary', async ({ page }) => {
    await page.goto('/en/handlingsplan');
    await expect(page.locator('main a[href="/en/begrepp#prostitution"]')).toHaveCount(1);
  });
});
