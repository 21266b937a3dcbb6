// What the admin panel's browser specs share: logging in on Strapi's (Swedish) login page, and
// finding English or raw field names on a screen.
import { expect, type Page } from '@playwright/test';

/** Strapi's English for the screens the specs use, and the raw field names issue 15 found. */
export const ENGLISH = ['Home', 'Content Manager', 'Media Library', 'Create an entry', 'More actions', 'Entry', 'Welcome to your administration panel', 'Last edited entries'];
export const RAW_FIELDS = ['title', 'lede', 'startsOn', 'publishAt', 'searchText', 'youngPeople', 'submissionKey', 'moderationStatus', 'submitterEmail'];

export async function logIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto('/admin/auth/login');
  await expect(page.getByRole('heading', { name: 'Välkommen till Stödportalen' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('textbox', { name: 'E-post' }).fill(account.email);
  await page.getByRole('textbox', { name: 'Lösenord' }).fill(account.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/admin\/?$/);
}

/** Lines of the page that are exactly one of `words`. */
export async function exactTexts(page: Page, words: string[]): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const lines = text.split('\n').map((line) => line.trim());
  return words.filter((word) => lines.includes(word));
}
