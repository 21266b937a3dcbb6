// The built admin panel in a browser (playwright.admin.config.ts): its first user, a communicator,
// and logging in as them at any of the admin's addresses.
import { expect, type Page } from '@playwright/test';

export const editor = { email: 'kommunikator@example.invalid', password: 'Testlosenord-123', firstname: 'Kim', lastname: 'Kommunikatör' };

/** Registers `editor` as the first administrator of the fresh database (400: done already). */
export async function registerEditor(cmsUrl: string): Promise<void> {
  const response = await fetch(`${cmsUrl}/admin/register-admin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(editor) });
  expect([200, 201, 400]).toContain(response.status);
}

/** The editor's token on the admin API. */
export async function editorToken(cmsUrl: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: editor.email, password: editor.password }) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { token: string } }).data.token;
}

/** Logs in through the login form at `origin` (the admin answers at 127.0.0.1 and at localhost). */
export async function logInAt(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/admin/auth/login`);
  await expect(page.getByRole('heading', { name: 'Välkommen till Stödportalen' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('textbox', { name: 'E-post' }).fill(editor.email);
  await page.getByRole('textbox', { name: 'Lösenord' }).fill(editor.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/admin\/?$/);
}
