// Times in the admin are Swedish time whatever the editor's computer is set to (issue 15): in a
// browser set to UTC and one set to New York, 18:00 chosen under *Börjar* is stored as 18:00 in
// Stockholm and shows as 18.00 on the portal; the field says "svensk tid".
import { expect, test } from '@playwright/test';
import { adminPort, previewWebPort } from '../playwright.admin.config';
import { communicator, logInAt } from '../support/admin-panel';

const cmsUrl = `http://127.0.0.1:${adminPort}`;
let token = '';
let user = { email: '', password: '' };

test.beforeAll(async () => {
  ({ token, ...user } = await communicator(cmsUrl, 'tider@example.invalid'));
});

const api = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${cmsUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status, `${method} ${path}`).toBeLessThan(300);
  return (await response.json()) as { data: { documentId: string; slug: string; startsAt: string } };
};

// A summer and a winter day, so both of Stockholm's offsets are crossed.
const cases = [
  { timezoneId: 'UTC', day: '2030-06-12', noon: '2030-06-12T10:00:00.000Z', stored: '2030-06-12T16:00:00.000Z' },
  { timezoneId: 'America/New_York', day: '2030-12-12', noon: '2030-12-12T11:00:00.000Z', stored: '2030-12-12T17:00:00.000Z' },
];

for (const { timezoneId, day, noon, stored } of cases) {
  test(`in a browser set to ${timezoneId}: 18:00 entered is 18.00 on the portal`, async ({ browser }) => {
    const context = await browser.newContext({ timezoneId, locale: 'en-US' });
    const page = await context.newPage();
    // Noon in Stockholm on that day, made through the API: the admin must show it as 12:00.
    const created = await api('POST', '/content-manager/collection-types/api::event.event?locale=sv', {
      title: `Föreläsning i tidszonen ${timezoneId}`,
      kind: 'lecture',
      startsAt: noon,
    });
    const { documentId } = created.data;
    await logInAt(page, cmsUrl, user);
    await page.goto(`${cmsUrl}/admin/content-manager/collection-types/api::event.event/${documentId}?plugins[i18n][locale]=sv`);
    const main = page.locator('main');
    const starts = main.getByRole('group', { name: 'Börjar' });
    await expect(starts).toBeVisible({ timeout: 30_000 });
    await expect(starts.getByText('svensk tid', { exact: true })).toBeVisible();
    const time = starts.getByRole('combobox', { name: 'Börjar, tid' });
    await expect(time).toHaveValue('12:00');
    await expect(starts.getByRole('combobox', { name: 'Börjar, datum' })).toHaveValue(day);

    await time.fill('18:00');
    await time.press('Enter');
    await expect(time).toHaveValue('18:00');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(async () => (await api('GET', `/content-manager/collection-types/api::event.event/${documentId}?locale=sv`)).data.startsAt, { timeout: 15_000 }).toBe(stored);

    const published = await api('POST', `/content-manager/collection-types/api::event.event/${documentId}/actions/publish?locale=sv`, {});
    const portal = await page.goto(`http://127.0.0.1:${previewWebPort}/kalender/${published.data.slug}`);
    expect(portal?.status()).toBe(200);
    await expect(page.locator('main')).toContainText('18.00');
    await context.close();
  });
}
