import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ports, previewSecret } from '../playwright.config';
import { adminSession } from '../support/cms';

// The draft preview (/forhandsvisning) that the CMS admin opens: only with the preview secret,
// with a visible banner, never indexed; the draft stays invisible everywhere else.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TITLE = 'Utkast: föreläsning som inte är publicerad';

let documentId = '';
let slug = '';

test.beforeAll(async () => {
  const admin = await adminSession({ url: `http://127.0.0.1:${ports.cms}` });
  const response = await admin.request('POST', '/content-manager/collection-types/api::event.event?locale=sv', {
    title: TITLE,
    kind: 'lecture',
    startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    endsAt: new Date(Date.now() + 30 * 86_400_000 + 7_200_000).toISOString(),
    venue: { name: 'Folkets hus', city: 'Karlskoga' },
    description: [{ type: 'paragraph', children: [{ type: 'text', text: 'Texten i utkastet.' }] }],
  });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { data: { documentId: string; slug: string } };
  documentId = body.data.documentId;
  slug = body.data.slug;
});

const previewPath = (secret: string, path = '/forhandsvisning') => `${path}?type=event&id=${documentId}&locale=sv&secret=${encodeURIComponent(secret)}`;

test('with the secret: the draft with a visible banner, noindex, framable only by the CMS admin, 0 axe violations', async ({ page }) => {
  const response = await page.goto(previewPath(previewSecret));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('note').filter({ hasText: 'Förhandsvisning' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText('Texten i utkastet.')).toBeVisible();
  await expect(page.getByText('Folkets hus, Karlskoga')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  const headers = response!.headers();
  expect(headers['x-robots-tag']).toBe('noindex, nofollow');
  expect(headers['content-security-policy']).toContain(`frame-ancestors http://127.0.0.1:${ports.cms}`);
  expect(headers['x-frame-options']).toBeUndefined();
  // The secret is not carried into the page's links.
  expect(await page.locator(`a[href*="${previewSecret}"]`).count()).toBe(0);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('without the right secret it is a 404, and the draft is not on the portal', async ({ page }) => {
  expect((await page.goto(`/forhandsvisning?type=event&id=${documentId}&locale=sv`))?.status()).toBe(404);
  expect((await page.goto(previewPath('not-the-secret-at-all')))?.status()).toBe(404);
  expect((await page.goto(previewPath(previewSecret).replace('type=event', 'type=plan')))?.status()).toBe(404);
  expect((await page.goto(`/kalender/${slug}`))?.status()).toBe(404);
  const other = await page.goto('/kalender/tipsa');
  expect(other?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(other?.headers()['x-frame-options']).toBe('DENY');
});

test('in English, and with the CMS down it answers 503', async ({ page }) => {
  expect((await page.goto(previewPath(previewSecret, '/en/forhandsvisning')))?.status()).toBe(200);
  await expect(page.getByRole('note').filter({ hasText: 'Preview' })).toBeVisible();
  expect((await page.goto(`http://127.0.0.1:${ports.webWithoutCms}${previewPath(previewSecret)}`))?.status()).toBe(503);
});
