import { expect, test, type Page } from '@playwright/test';
import { autocompleteProblem, type AutocompleteUse } from '../support/autocomplete';

// Accessibility that axe does not measure, measured in Chromium: focus not obscured by the sticky
// quick-exit bar (WCAG 2.2 2.4.11), forced colours, reflow at 320 px with long words, 400 % zoom,
// a visible label on the header search, and valid autocomplete tokens.

interface FocusStop {
  label: string;
  /** Pixels of the focused element's height that the bar is drawn over. */
  hiddenPx: number;
  /** Pixels of its focus ring (outline and offset around it) that the bar is drawn over. */
  ringHiddenPx: number;
}

/** Where focus is now, and how much of it the quick-exit bar covers; null on the document itself. */
async function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return null;
    const label = `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50) || element.id}"`;
    const bar = document.querySelector('.quick-exit-bar');
    if (!bar || bar.contains(element)) return { label, hiddenPx: 0, ringHiddenPx: 0 };
    const barRect = bar.getBoundingClientRect();
    const style = getComputedStyle(element);
    const ring = style.outlineStyle === 'none' ? 0 : (parseFloat(style.outlineWidth) || 0) + Math.max(0, parseFloat(style.outlineOffset) || 0);
    /** Vertical pixels of the rect (grown by `grow`) under the bar, where the bar is drawn on top. */
    const covered = (rect: DOMRect, grow: number) => {
      const top = Math.max(rect.top - grow, barRect.top);
      const bottom = Math.min(rect.bottom + grow, barRect.bottom);
      const left = Math.max(rect.left - grow, barRect.left);
      const right = Math.min(rect.right + grow, barRect.right);
      if (bottom <= top || right <= left) return 0;
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      return hit && bar.contains(hit) ? bottom - top : 0;
    };
    const rect = element.getBoundingClientRect();
    return { label, hiddenPx: covered(rect, 0), ringHiddenPx: covered(rect, ring) };
  });
}

/** Tabs from the top of the page to its end, then Shift+Tabs back to the top; every stop on the way. */
async function tabThrough(page: Page): Promise<{ forwards: FocusStop[]; backwards: FocusStop[] }> {
  const forwards: FocusStop[] = [];
  const backwards: FocusStop[] = [];
  await page.keyboard.press('Tab');
  const first = await page.evaluateHandle(() => document.activeElement);
  forwards.push((await focusStop(page))!);
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (!stop || (await page.evaluate((firstElement) => document.activeElement === firstElement, first))) break;
    forwards.push(stop);
  }
  // From past the last stop (or back at the first), back to the start.
  if ((await focusStop(page)) !== null) await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Shift+Tab');
    const stop = await focusStop(page);
    if (!stop) break;
    backwards.push(stop);
    if (await page.evaluate((firstElement) => document.activeElement === firstElement, first)) break;
  }
  return { forwards, backwards };
}

test.describe('focus is never hidden under the sticky quick-exit bar (WCAG 2.2 2.4.11)', () => {
  // The accessibility statement (web/app/locales/accessibility.ts) claims these keyboard checks: keep them in step.
  const templates = ['/stod', '/stod/kvinnofridslinjen', '/handlingsplan', '/kalender/tipsa', '/unga/dina-rattigheter', '/en/begrepp', '/en/kalender/tipsa', '/tillganglighet'];
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 320, height: 640 },
  ]) {
    for (const path of templates) {
      test(`${path} at ${viewport.width}×${viewport.height}: tabbing forwards and backwards`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(path);
        const { forwards, backwards } = await tabThrough(page);
        // Really through the page and back: the last stop is in the footer, the walk back ends at the top.
        expect(forwards.length).toBeGreaterThan(10);
        expect(backwards.length).toBeGreaterThanOrEqual(forwards.length - 1);
        expect(backwards.at(-1)?.label).toMatch(/Hoppa till innehållet|Skip to content/);
        const hidden = [...forwards, ...backwards].filter((stop) => stop.hiddenPx > 0 || stop.ringHiddenPx > 0);
        expect(hidden).toEqual([]);
      });
    }
  }
});

test.describe('forced colours (Windows high contrast)', () => {
  for (const path of ['/', '/kalender/tipsa', '/en/sok']) {
    test(`${path}: the quick exit and the buttons keep a visible border`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(path);
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      const controls = page.locator('a[data-quick-exit], main button[type="submit"], header button[type="submit"]');
      expect(await controls.count()).toBeGreaterThanOrEqual(path === '/' ? 2 : 3);
      const borders = await controls.evaluateAll((elements) =>
        elements.map((element) => {
          const style = getComputedStyle(element);
          return {
            text: (element.textContent ?? '').trim(),
            sides: (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
              width: parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)),
              style: style.getPropertyValue(`border-${side.toLowerCase()}-style`),
              color: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
            })),
            background: style.backgroundColor,
          };
        }),
      );
      for (const control of borders) {
        for (const side of control.sides) {
          expect(side.width, control.text).toBeGreaterThanOrEqual(1);
          expect(side.style, control.text).toBe('solid');
          expect(side.color, control.text).not.toBe(control.background);
          expect(side.color, control.text).not.toMatch(/rgba\(\d+, \d+, \d+, 0\)|transparent/);
        }
      }
    });
  }
});

const LONG_WORD = 'Människohandelsbekämpningssamordningsfunktionsansvarigheterna'.repeat(2);

async function expectNoSidewaysScroll(page: Page, what: string) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `${what}: page ${widths.scroll} px wide in a ${widths.client} px window`).toBeLessThanOrEqual(widths.client);
}

test.describe('at 320 CSS px no page scrolls sideways, long words wrap', () => {
  const paths = [
    '/',
    '/stod',
    '/stod/regionkoordinator',
    '/stod/kvinnofridslinjen',
    '/handlingsplan',
    '/unga',
    '/unga/vad-ar-sugardejting',
    '/for-personal/samtalsstod',
    '/kalender',
    '/kalender/tipsa',
    '/kampanjer',
    '/begrepp',
    '/om',
    '/tillganglighet',
    '/dolj-ditt-besok',
    '/sok?q=stöd',
    '/integritet',
    '/en',
    '/en/stod/regionkoordinator',
    '/en/handlingsplan',
    '/en/kalender/tipsa',
    '/en/tillganglighet',
    '/en/integritet',
    '/en/dolj-ditt-besok',
  ];
  test('every template', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of paths) {
      await page.goto(path);
      await expectNoSidewaysScroll(page, path);
    }
  });

  test('a very long word searched for is echoed in the headings and wraps', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    // Queries are cut at 100 characters.
    const word = LONG_WORD.slice(0, 90);
    await page.goto(`/sok?q=${encodeURIComponent(word)}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(word);
    await expectNoSidewaysScroll(page, 'search for a long word');
  });

  test('a very long word in any CMS heading, paragraph, list or link wraps', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/stod/regionkoordinator', '/handlingsplan', '/unga/vad-ar-sugardejting', '/kalender']) {
      await page.goto(path);
      // As if an editor had written the word: into the texts the CMS fills on this page.
      const replaced = await page.evaluate((word) => {
        const targets = document.querySelectorAll('main h1, main h2, main h3, main p, main li, main a, main dd, main dt');
        targets.forEach((element) => {
          const text = Array.from(element.childNodes).find((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
          if (text) text.textContent = `${word} ${text.textContent ?? ''}`;
        });
        return targets.length;
      }, LONG_WORD);
      expect(replaced).toBeGreaterThan(1);
      await expectNoSidewaysScroll(page, `${path} with a long word`);
    }
  });
});

test.describe('400 % zoom and short screens: the quick-exit bar stays small', () => {
  // A 1280×720 window at 400 % zoom is 320×180 CSS px; at 200 % 640×360.
  for (const viewport of [
    { width: 320, height: 180 },
    { width: 640, height: 360 },
    { width: 320, height: 256 },
    { width: 360, height: 440 },
    { width: 320, height: 460 },
    { width: 320, height: 640 },
    { width: 1280, height: 720 },
  ]) {
    test(`${viewport.width}×${viewport.height}: scrolled down, the bar covers at most 1/6 of the screen`, async ({ page }) => {
      await page.setViewportSize(viewport);
      // Swedish, and English whose longer label wraps to two lines at 320 px.
      for (const path of ['/stod', '/en/stod']) {
        await page.goto(path);
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const share = await page.evaluate(() => {
          const rect = document.querySelector('.quick-exit-bar')!.getBoundingClientRect();
          const visible = Math.max(0, Math.min(rect.bottom, window.innerHeight) - Math.max(rect.top, 0));
          return visible / window.innerHeight;
        });
        expect(share, path).toBeLessThanOrEqual(1 / 6);
      }
    });
  }

  test('at 320×180 the quick exit is on screen and the second tab stop', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 180 });
    await page.goto('/stod');
    await expect(page.locator('a[data-quick-exit]')).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('a[data-quick-exit]')).toBeFocused();
    await expect(page.locator('a[data-quick-exit]')).toBeInViewport({ ratio: 1 });
  });
});

test.describe('the header search has a visible label', () => {
  for (const [path, label] of [
    ['/', 'Sök på webbplatsen'],
    ['/en', 'Search the website'],
  ] as const) {
    for (const width of [320, 1280]) {
      test(`${path} at ${width} px: "${label}" is shown and names the search box`, async ({ page }) => {
        await page.setViewportSize({ width, height: 720 });
        await page.goto(path);
        const search = page.getByRole('search');
        await expect(search.getByRole('searchbox', { name: label })).toBeVisible();
        const box = await search.locator('label[for="site-search"]').boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(60);
        expect(box?.height ?? 0).toBeGreaterThan(12);
        await expect(search.getByText(label, { exact: true })).toBeVisible();
      });
    }
  }
});

test('every rendered form uses autocomplete tokens that are valid on their element', async ({ page }) => {
  // The check itself can fail: the multi-line street-address is invalid on a one-line input.
  expect(autocompleteProblem({ element: 'input', type: 'text', value: 'street-address' })).not.toBeNull();
  expect(autocompleteProblem({ element: 'textarea', type: '', value: 'street-address' })).toBeNull();
  const problems: string[] = [];
  let seen = 0;
  for (const path of ['/kalender/tipsa', '/en/kalender/tipsa', '/sok', '/stod', '/kalender']) {
    await page.goto(path);
    const uses = await page.locator('input[autocomplete], textarea[autocomplete], select[autocomplete]').evaluateAll((elements) =>
      elements.map(
        (element): AutocompleteUse & { id: string } => ({
          element: element.tagName.toLowerCase(),
          type: element instanceof HTMLInputElement ? element.type : '',
          value: element.getAttribute('autocomplete') ?? '',
          id: element.id,
        }),
      ),
    );
    seen += uses.length;
    for (const use of uses) {
      const problem = autocompleteProblem(use);
      if (problem) problems.push(`${path} #${use.id}: ${problem}`);
    }
  }
  expect(seen).toBeGreaterThan(5);
  expect(problems).toEqual([]);
});
