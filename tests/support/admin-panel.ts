// The built admin panel in a browser (playwright.admin.config.ts): its first user, communicators
// of their own for each spec, and logging in at any of the admin's addresses. Strapi allows 5
// logins per e-mail address in 5 minutes, so each spec logs in as a user of its own.
import { expect, type Page } from '@playwright/test';
import { communicatorSession } from './cms';

/** The first administrator (admin.spec.ts logs in as them). */
export const editor = { email: 'kommunikator@example.invalid', password: 'Testlosenord-123', firstname: 'Kim', lastname: 'Kommunikatör' };
/** communicatorSession's password for the users it invites. */
const COMMUNICATOR_PASSWORD = 'Kommunikator-123';

let editorTokenOnce: Promise<string> | undefined;

/** The first administrator's token on the admin API: registered on the fresh database, else logged in once per worker. */
export function editorToken(cmsUrl: string): Promise<string> {
  editorTokenOnce ??= (async () => {
    const registered = await fetch(`${cmsUrl}/admin/register-admin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(editor) });
    if (registered.ok) return ((await registered.json()) as { data: { token: string } }).data.token;
    expect(registered.status).toBe(400);
    const response = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: editor.email, password: editor.password }) });
    expect(response.status).toBe(200);
    return ((await response.json()) as { data: { token: string } }).data.token;
  })();
  return editorTokenOnce;
}

/** A user with the Kommunikatör role, invited and registered: its address, password and API token. */
export async function communicator(cmsUrl: string, email: string): Promise<{ email: string; password: string; token: string }> {
  const token = await editorToken(cmsUrl);
  const admin = {
    token,
    request: (method: string, path: string, body?: unknown) =>
      fetch(`${cmsUrl}${path}`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: body === undefined ? undefined : JSON.stringify(body) }),
  };
  const session = await communicatorSession({ url: cmsUrl }, admin, email);
  return { email, password: COMMUNICATOR_PASSWORD, token: session.token };
}

/** Logs in through the login form at `origin` (the admin answers at 127.0.0.1 and at localhost). */
export async function logInAt(page: Page, origin: string, user: { email: string; password: string }): Promise<void> {
  await page.goto(`${origin}/admin/auth/login`);
  await expect(page.getByRole('heading', { name: 'Välkommen till Stödportalen' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('textbox', { name: 'E-post' }).fill(user.email);
  await page.getByRole('textbox', { name: 'Lösenord' }).fill(user.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/admin\/?$/);
}
