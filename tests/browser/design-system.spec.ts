import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ports } from '../playwright.config';
import { expectNoAxeViolations } from '../support/axe';

// What people see (issue 17): the design system's components, the compact acute band and the help
// aside, the page heading in the first screen, tap targets, the young people's articles, and a
// screenshot of every template at 360 and 1280 px in tests/screenshots/ (git-ignored).

const NUMBERS = ['tel:112', 'tel:11414', 'tel:116111', 'tel:020505050'];
const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

/** One page of each template (the home page is the only one with the full acute cards). */
const TEMPLATES = [
  { name: 'start', path: '/' },
  { name: 'unga', path: '/unga' },
  { name: 'unga-artikel', path: '/unga/vad-ar-sugardejting' },
  { name: 'stod', path: '/stod' },
  { name: 'stod-resurs', path: '/stod/bris' },
  { name: 'kalender', path: '/kalender' },
  { name: 'kalender-evenemang', path: '/kalender/demo-forelasning-vad-ar-sugardejting' },
  { name: 'kalender-tipsa', path: '/kalender/tipsa' },
  { name: 'handlingsplan', path: '/handlingsplan' },
  { name: 'uppfoljning', path: '/handlingsplan/uppfoljning' },
  { name: 'for-personal', path: '/for-personal' },
  { name: 'for-personal-guide', path: '/for-personal/samtalsstod' },
  { name: 'kampanjer', path: '/kampanjer' },
  { name: 'begrepp', path: '/begrepp' },
  { name: 'sok', path: '/sok?q=st%C3%B6d' },
  { name: 'om', path: '/om' },
  { name: 'integritet', path: '/integritet' },
  { name: 'tillganglighet', path: '/tillganglighet' },
  { name: 'dolj-ditt-besok', path: '/dolj-ditt-besok' },
  { name: 'english-start', path: '/en' },
  { name: 'saknas-404', path: '/finns-inte-har' },
] as const;

/**
 * How many links to `href` a visitor sees in the acute help (band, cards, aside); on the home page
 * and /unga, anywhere on the page. (The support directory lists 112 as a resource: that is content.)
 */
async function visibleLinks(page: Page, href: string, anywhere: boolean): Promise<number> {
  const scope = anywhere ? '' : ':is(.acute-band, .contact-card, .help-aside) ';
  return page.locator(`${scope}a[href="${href}"]`).evaluateAll((links) => links.filter((link) => (link as HTMLElement).offsetParent !== null && link.getClientRects().length > 0).length);
}

test.describe('every template at 360 × 640 and 1280 × 800', () => {
  test.beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

  for (const template of TEMPLATES) {
    test(`${template.path}: heading in the first screen, each acute number once, screenshots`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 640 });
      await page.goto(template.path);
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toBeInViewport();
      const box = await heading.boundingBox();
      expect(box!.y + Math.min(box!.height, 40)).toBeLessThanOrEqual(640);
      const anywhere = template.path === '/' || template.path === '/unga';
      for (const href of NUMBERS) expect(await visibleLinks(page, href, anywhere), href).toBe(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${template.name}-360-first-screen.png`) });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${template.name}-360.png`), fullPage: true });

      await page.setViewportSize({ width: 1280, height: 800 });
      for (const href of NUMBERS) expect(await visibleLinks(page, href, anywhere), href).toBe(1);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${template.name}-1280-first-screen.png`) });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${template.name}-1280.png`), fullPage: true });
    });
  }
});

test.describe('AcuteHelpBand and ContactCard', () => {
  test('the home page has the full cards (whom for, chat) and no band', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/');
    await expect(page.locator('.acute-band')).toHaveCount(0);
    await expect(page.locator('.contact-card')).toHaveCount(4);
    const bris = page.locator('.contact-card').filter({ has: page.locator('a[href="tel:116111"]') });
    await expect(bris).toContainText('För alla under 18 år');
    // Not phone-only: Bris's chat (shared/facts/sources.json), as a link.
    await expect(bris.getByRole('link', { name: 'Chatta på bris.se' })).toHaveAttribute('href', 'https://www.bris.se');
    await expectNoAxeViolations(page);
  });

  for (const width of [320, 360, 1280]) {
    test(`every other page: one row at ${width} px with all four numbers as tel: links at least 44 px tall`, async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      await page.goto('/handlingsplan');
      const band = page.locator('.acute-band');
      await expect(band).toBeInViewport();
      const boxes = [];
      for (const href of NUMBERS) {
        const link = band.locator(`a[href="${href}"]`);
        await expect(link).toBeInViewport();
        boxes.push((await link.boundingBox())!);
      }
      for (const box of boxes) expect(box.height).toBeGreaterThanOrEqual(44);
      // One row from 360 px: every number on the same line (at 320 px it may wrap, without overflow).
      if (width >= 360) expect(new Set(boxes.map((box) => Math.round(box.y))).size).toBe(1);
      // The band is compact: one row, room above it for the focus ring (under the sticky bar) and its border (it used to be 4 cards, ~400 px at 360 px).
      const bandBox = (await band.boundingBox())!;
      expect(bandBox.height).toBeLessThanOrEqual(width >= 360 ? 70 : 120);
      // Each number says what it is to a screen reader.
      await expect(band.getByRole('link', { name: /116 111 Bris/ })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('the band works without the CMS (numbers from the build)', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`http://127.0.0.1:${ports.webWithoutCms}/handlingsplan`);
    for (const href of NUMBERS) await expect(page.locator(`.acute-band a[href="${href}"]`)).toBeInViewport();
  });

  test('the young people’s start page no longer repeats the numbers in its content', async ({ page }) => {
    await page.goto('/unga');
    await expect(page.getByRole('main').locator('a[href^="tel:"]')).toHaveCount(0);
    await expect(page.locator('.acute-band a[href^="tel:"]')).toHaveCount(4);
  });
});

test.describe('HelpAside and the desktop layout', () => {
  test('at 1280 px the help aside stands beside the article; at 360 px after it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/unga/fa-hjalp');
    const aside = page.getByRole('complementary', { name: 'Behöver du hjälp nu?' });
    const main = page.getByRole('main');
    await expect(aside).toBeVisible();
    const [asideBox, mainBox] = [(await aside.boundingBox())!, (await main.boundingBox())!];
    expect(asideBox.x).toBeGreaterThanOrEqual(mainBox.x + mainBox.width);
    expect(asideBox.y).toBeLessThan(mainBox.y + 200);
    // The page uses the width: main and aside together span more than 1,100 of the 1,280 px.
    expect(asideBox.x + asideBox.width - mainBox.x).toBeGreaterThan(1100);
    await expect(aside).toContainText('Lämna sidan snabbt');
    await expect(aside).toContainText('Bris, för dig under 18 år');
    await expect(aside.getByRole('link', { name: 'Chatta på bris.se' })).toHaveAttribute('href', 'https://www.bris.se');
    await expect(aside.getByRole('link', { name: 'Så döljer du ditt besök' })).toHaveAttribute('href', '/dolj-ditt-besok');
    await expectNoAxeViolations(page);

    await page.setViewportSize({ width: 360, height: 640 });
    const [narrowAside, narrowMain] = [(await aside.boundingBox())!, (await main.boundingBox())!];
    expect(narrowAside.y).toBeGreaterThanOrEqual(narrowMain.y + narrowMain.height);
  });

  test('the calendar and the directory show two columns at 1280 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const [url, selector] of [
      ['/kalender', 'main ul.grid > li'],
      ['/stod', 'main ul.grid > li'],
    ] as const) {
      await page.goto(url);
      const items = page.locator(selector);
      expect(await items.count()).toBeGreaterThanOrEqual(2);
      const [first, second] = [(await items.nth(0).boundingBox())!, (await items.nth(1).boundingBox())!];
      expect(Math.round(first.y), url).toBe(Math.round(second.y));
      expect(second.x).toBeGreaterThan(first.x + first.width);
    }
  });
});

test.describe('PageToc, Card, LinkButton, Notice', () => {
  test('PageToc: "På den här sidan" on the plan links to headings that exist', async ({ page }) => {
    await page.goto('/handlingsplan');
    const toc = page.getByRole('navigation', { name: 'På den här sidan' });
    await expect(toc).toBeVisible();
    const hrefs = await toc.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) await expect(page.locator(href)).toHaveCount(1);
    await toc.getByRole('link').nth(1).click();
    await expect(page.locator(hrefs[1]!)).toBeInViewport();
    await expectNoAxeViolations(page);
  });

  test('PageToc on a staff guide: its top headings, each link reaching its heading', async ({ page }) => {
    await page.goto('/for-personal/samtalsstod');
    const toc = page.getByRole('navigation', { name: 'På den här sidan' });
    await expect(toc).toBeVisible();
    const links = toc.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    for (const link of await links.all()) {
      const href = (await link.getAttribute('href'))!;
      await expect(page.locator(`${href}:is(h2, h3)`)).toHaveText((await link.textContent())!);
    }
    await expectNoAxeViolations(page);
  });

  test('Card: the young people’s pages as cards whose heading is the link', async ({ page }) => {
    await page.goto('/unga');
    const cards = page.locator('.card');
    expect(await cards.count()).toBeGreaterThanOrEqual(3);
    await expect(cards.first().getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', /^\/unga\//);
    await expectNoAxeViolations(page);
  });

  test('LinkButton: the calendar’s main action, 44 px tall, in the brand colour', async ({ page }) => {
    await page.goto('/kalender');
    const button = page.getByRole('link', { name: 'Tipsa om ett evenemang' });
    await expect(button).toHaveClass(/\bbutton\b/);
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await button.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(17, 94, 89)');
    await expectNoAxeViolations(page);
  });

  test('Notice: the Swedish-fallback notice on an English page', async ({ page }) => {
    await page.goto('/en/unga/det-ar-inte-okej');
    const notice = page.getByRole('note');
    await expect(notice).toHaveClass(/\bnotice\b/);
    await expect(notice).toContainText('shown in Swedish');
    await expectNoAxeViolations(page);
  });
});

test.describe('tap targets (WCAG 2.5.8, 44 px for links on a line of their own)', () => {
  for (const [url, locator] of [
    ['/', 'footer nav a'],
    ['/', 'main a:has-text("Se hela kalendern")'],
    ['/kalender', 'main a[type="application/rss+xml"], main a[type="application/atom+xml"]'],
    ['/kampanjer', 'main a[type="application/rss+xml"], main a[type="application/atom+xml"]'],
  ] as const) {
    test(`${url}: ${locator} at least 24 px wide and 44 px tall`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 640 });
      await page.goto(url);
      const links = page.locator(locator);
      expect(await links.count()).toBeGreaterThan(0);
      for (const link of await links.all()) {
        const box = (await link.boundingBox())!;
        expect(box.height, (await link.textContent()) ?? '').toBeGreaterThanOrEqual(44);
        expect(box.width).toBeGreaterThanOrEqual(24);
      }
    });
  }
});

test.describe('young people’s articles', () => {
  test('open with the easy-read text, before the long NMT quote', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/unga/vad-ar-sugardejting');
    const easyRead = page.getByRole('region', { name: 'Kort och lättläst' });
    await expect(easyRead).toContainText('Sugardejting är när en äldre person ger en ung person pengar eller saker.');
    const quote = page.getByText('Så här beskriver Nationellt metodstöd (NMT) Sverige sugardejting:');
    const [easyBox, quoteBox] = [(await easyRead.boundingBox())!, (await quote.boundingBox())!];
    expect(easyBox.y).toBeLessThan(quoteBox.y);
    // The easy-read view itself still works (and then shows no second copy).
    await page.goto('/unga/vad-ar-sugardejting?lattlast=1');
    await expect(page.getByRole('region', { name: 'Kort och lättläst' })).toHaveCount(0);
    await expect(page.getByText('Sugardejting är när en äldre person ger en ung person pengar eller saker.')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('identity', () => {
  test('the neutral default: the wordmark Stödportalen, no image, the default colour from the tokens', async ({ page }) => {
    await page.goto('/om');
    const home = page.getByRole('banner').getByRole('link', { name: /^Stödportalen/ });
    await expect(home).toHaveAttribute('href', '/');
    await expect(page.getByRole('banner').locator('img')).toHaveCount(0);
    expect(await page.locator('link[href^="/tema.css"]').count()).toBe(0);
  });
});
