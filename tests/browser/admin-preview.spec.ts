// The draft preview from the built admin panel (playwright.admin.config.ts, with the portal on its
// fifth port): the admin opened at 127.0.0.1 or at localhost frames the portal's preview of a
// campaign with its linked events, and a frame the portal will not show gets a note in Swedish
// that says why, with a link to open the preview in a tab of its own.
import { expect, test, type Page } from '@playwright/test';
import { adminPort, previewWebPort } from '../playwright.admin.config';
import { communicator, logInAt } from '../support/admin-panel';

const cmsUrl = `http://127.0.0.1:${adminPort}`;
const CAMPAIGN_TITLE = 'Kampanj i förhandsvisning';
const EVENT_TITLE = 'Föreläsning kopplad till kampanjen';
let campaignId = '';
let user = { email: '', password: '' };

test.beforeAll(async () => {
  const { token, ...credentials } = await communicator(cmsUrl, 'forhandsvisning@example.invalid');
  user = credentials;
  const create = async (uid: string, data: Record<string, unknown>) => {
    const response = await fetch(`${cmsUrl}/content-manager/collection-types/${uid}?locale=sv`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(data),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { data: { documentId: string } }).data.documentId;
  };
  const event = await create('api::event.event', { title: EVENT_TITLE, kind: 'lecture', startsAt: new Date(Date.now() + 20 * 86_400_000).toISOString() });
  campaignId = await create('api::campaign.campaign', { title: CAMPAIGN_TITLE, startsOn: '2030-05-01', lede: 'Ingressen i förhandsvisningen.', events: [event] });
});

const openPreview = (page: Page, origin: string) =>
  page.goto(`${origin}/admin/content-manager/collection-types/api::campaign.campaign/${campaignId}/preview?plugins[i18n][locale]=sv`);

for (const host of ['127.0.0.1', 'localhost']) {
  test(`the admin at ${host} shows the campaign's preview with its events`, async ({ page }) => {
    const origin = `http://${host}:${adminPort}`;
    await logInAt(page, origin, user);
    const started = Date.now();
    await openPreview(page, origin);
    const frame = page.frameLocator('iframe[data-testid="preview-iframe"]');
    await expect(frame.getByRole('heading', { level: 1, name: CAMPAIGN_TITLE })).toBeVisible({ timeout: 30_000 });
    console.log(`preview in the admin at ${host}: ${Date.now() - started} ms`);
    await expect(frame.getByText(EVENT_TITLE)).toBeVisible();
    await expect(frame.getByText('Inte publicerat. Evenemanget syns inte på kampanjsidan')).toBeVisible();
    expect(await page.locator('iframe[data-testid="preview-iframe"]').getAttribute('src')).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${previewWebPort}/forhandsvisning\\?token=[\\w-]+\\.[\\w-]+\\.[\\w-]+$`));
    // The page loaded and said so: no note.
    await page.waitForTimeout(500);
    await expect(page.getByRole('alert').filter({ hasText: 'Förhandsvisningen kunde inte visas' })).toHaveCount(0);
  });
}

test('a frame the portal refuses: the admin says why in Swedish and links to the preview', async ({ page }) => {
  await logInAt(page, cmsUrl, user);
  // A portal that does not let this admin frame it (as with a wrong CMS_ADMIN_ORIGIN): Chromium blocks the frame.
  await page.route(`http://127.0.0.1:${previewWebPort}/forhandsvisning?**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', headers: { 'content-security-policy': "frame-ancestors https://cms.example.org" }, body: '<p>Förhandsvisning</p>' }),
  );
  await openPreview(page, cmsUrl);
  const note = page.getByRole('alert').filter({ hasText: 'Förhandsvisningen kunde inte visas' });
  await expect(note).toBeVisible({ timeout: 20_000 });
  await expect(note).toContainText(`redigeringsverktyget på http://127.0.0.1:${adminPort}`);
  await expect(note.getByRole('link', { name: 'Öppna förhandsvisningen i en ny flik' })).toHaveAttribute('href', /\/forhandsvisning\?token=/);
});
