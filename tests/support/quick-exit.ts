import type { Page } from '@playwright/test';

/** The neutral site the quick exit leaves for (the seeded `site.quickExitUrl`). */
export const EXIT_URL = 'https://www.smhi.se/';

/**
 * The neutral site is stubbed: nothing leaves the machine, and we can see that we got there.
 * Returns how many times the browser asked for it so far.
 */
export async function stubExitDestination(page: Page): Promise<() => number> {
  let visits = 0;
  await page.route('https://www.smhi.se/**', (route) => {
    visits += 1;
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Väder</title><h1>Väder</h1>' });
  });
  return () => visits;
}
