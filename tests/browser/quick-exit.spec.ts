import { expect, test, type Page } from '@playwright/test';
import { ports } from '../playwright.config';
import { EXIT_URL, stubExitDestination } from '../support/quick-exit';

// The Shift shortcut of the quick exit (web/public/quick-exit.js): only Shift pressed and released
// on its own counts, three of those within 5 seconds leave. Tabbing backwards, typing capitals,
// selecting with Shift+arrows, Shift+click and a held Shift must never leave.

const TIP_FORM = '/kalender/tipsa';
const TITLE_LABEL = 'Namn på evenemanget';

/**
 * The page is still here: leaving blanks the page at once (title and body) before the browser
 * navigates, so this is decided as soon as the keys are handled; the neutral site was never asked for.
 */
async function expectStillOnPage(page: Page, path: RegExp, exitVisits: () => number) {
  const state = await page.evaluate(() => ({
    title: document.title,
    bodyShown: !!document.body && !document.body.hidden && document.body.childElementCount > 0,
  }));
  expect(state.title).not.toBe('');
  expect(state.bodyShown).toBe(true);
  await expect(page).toHaveURL(path);
  expect(exitVisits()).toBe(0);
}

/** Types as a person does: Shift held for each capital letter. */
async function typeWithShift(page: Page, text: string) {
  for (const char of text) {
    if (char !== char.toLowerCase()) {
      await page.keyboard.down('Shift');
      await page.keyboard.press(char);
      await page.keyboard.up('Shift');
    } else {
      await page.keyboard.type(char);
    }
  }
}

async function pressLoneShift(page: Page, times: number) {
  for (let i = 0; i < times; i += 1) await page.keyboard.press('Shift');
}

test.describe('the quick exit does not misfire', () => {
  test('Shift+Tab three times (tabbing backwards) stays on the page', async ({ page }) => {
    const exitVisits = await stubExitDestination(page);
    await page.goto('/stod');
    for (let i = 0; i < 8; i += 1) await page.keyboard.press('Tab');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+Tab');
    await expectStillOnPage(page, /\/stod$/, exitVisits);
    // Backwards all the way to the start of the page.
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Shift+Tab');
    await expectStillOnPage(page, /\/stod$/, exitVisits);
  });

  test('typing "Anna And ABF" into the tip form keeps the text and the page', async ({ page }) => {
    const exitVisits = await stubExitDestination(page);
    await page.goto(TIP_FORM);
    await page.getByLabel(TITLE_LABEL).click();
    await typeWithShift(page, 'Anna And ABF');
    await expectStillOnPage(page, /\/kalender\/tipsa$/, exitVisits);
    await expect(page.getByLabel(TITLE_LABEL)).toHaveValue('Anna And ABF');
    await page.getByLabel('Ditt namn').click();
    await typeWithShift(page, 'OLLE AB');
    await expectStillOnPage(page, /\/kalender\/tipsa$/, exitVisits);
    await expect(page.getByLabel('Ditt namn')).toHaveValue('OLLE AB');
  });

  test('selecting text with Shift+arrows stays on the page', async ({ page }) => {
    const exitVisits = await stubExitDestination(page);
    await page.goto(TIP_FORM);
    const field = page.getByLabel(TITLE_LABEL);
    await field.fill('Föreläsning om människohandel');
    await field.press('End');
    for (const key of ['Shift+ArrowLeft', 'Shift+ArrowLeft', 'Shift+ArrowLeft', 'Shift+Home', 'Shift+End', 'Shift+ArrowRight']) {
      await page.keyboard.press(key);
    }
    await expectStillOnPage(page, /\/kalender\/tipsa$/, exitVisits);
    await expect(field).toHaveValue('Föreläsning om människohandel');
  });

  test('Shift+click and Shift+wheel three times stay on the page', async ({ page }) => {
    const exitVisits = await stubExitDestination(page);
    await page.goto('/handlingsplan');
    const heading = page.getByRole('heading', { level: 1 });
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.down('Shift');
      await heading.click();
      await page.keyboard.up('Shift');
    }
    await expectStillOnPage(page, /\/handlingsplan$/, exitVisits);
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.down('Shift');
      await page.mouse.wheel(0, 200);
      await page.keyboard.up('Shift');
    }
    await expectStillOnPage(page, /\/handlingsplan$/, exitVisits);
  });

  test('Shift held down until it repeats, three times, stays on the page', async ({ page }) => {
    const exitVisits = await stubExitDestination(page);
    await page.goto('/');
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.down('Shift');
      // Each further keydown while held is an auto-repeat (KeyboardEvent.repeat).
      for (let repeat = 0; repeat < 5; repeat += 1) await page.keyboard.down('Shift');
      await page.keyboard.up('Shift');
    }
    await expectStillOnPage(page, /127\.0\.0\.1:\d+\/$/, exitVisits);
  });

  test('Shift with Ctrl or Alt, and another key between lone presses, restart the count', async ({ page }) => {
    const exitVisits = await stubExitDestination(page);
    await page.goto(TIP_FORM);
    await page.getByLabel(TITLE_LABEL).click();
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.keyboard.press('Alt+Shift');
    await pressLoneShift(page, 2);
    await page.keyboard.type('a');
    await pressLoneShift(page, 2);
    await expectStillOnPage(page, /\/kalender\/tipsa$/, exitVisits);
    // The third lone press in a row leaves.
    await page.keyboard.press('Shift');
    await page.waitForURL(EXIT_URL);
  });

  test('two lone presses, then a pause of over 5 seconds, then one more stay on the page', async ({ page }) => {
    const exitVisits = await stubExitDestination(page);
    await page.clock.install();
    await page.goto(TIP_FORM);
    await page.getByLabel(TITLE_LABEL).click();
    await pressLoneShift(page, 2);
    await page.clock.fastForward(5_100);
    await pressLoneShift(page, 1);
    await expectStillOnPage(page, /\/kalender\/tipsa$/, exitVisits);
  });
});

test.describe('three lone Shift presses within 5 seconds leave', () => {
  test('from a text field of the tip form, replacing the history entry', async ({ page }) => {
    await stubExitDestination(page);
    await page.goto('/');
    await page.goto(TIP_FORM);
    await page.getByLabel(TITLE_LABEL).fill('Anna');
    await page.getByLabel(TITLE_LABEL).focus();
    await pressLoneShift(page, 3);
    await page.waitForURL(EXIT_URL);
    // location.replace: Back goes to the page before the form, not to the form.
    await page.goBack();
    await expect(page).not.toHaveURL(/\/kalender\/tipsa$/);
  });

  test('after typing with capitals and tabbing backwards, three lone presses still leave', async ({ page }) => {
    await stubExitDestination(page);
    await page.goto(TIP_FORM);
    await page.getByLabel(TITLE_LABEL).click();
    await typeWithShift(page, 'Anna And ABF');
    await page.keyboard.press('Shift+Tab');
    await pressLoneShift(page, 3);
    await page.waitForURL(EXIT_URL);
  });

  const everyKindOfPage = [
    '/',
    '/stod',
    '/stod/kvinnofridslinjen',
    '/kalender',
    '/handlingsplan',
    '/sok?q=stöd',
    '/en/stod',
    '/finns-inte-har',
    `http://127.0.0.1:${ports.webWithoutCms}/handlingsplan`,
  ];
  for (const path of everyKindOfPage) {
    test(`on ${path}`, async ({ page }) => {
      await stubExitDestination(page);
      await page.goto(path);
      await pressLoneShift(page, 3);
      await page.waitForURL(EXIT_URL);
    });
  }
});
