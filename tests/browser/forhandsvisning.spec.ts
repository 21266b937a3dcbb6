import { expect, test } from '@playwright/test';
import { signPreviewToken } from '@stodportalen/shared/server';
import { ports, previewSecret } from '../playwright.config';
import { expectNoAxeViolations } from '../support/axe';
import { adminSession } from '../support/cms';

// The draft preview (/forhandsvisning) that the CMS admin opens: only with a token the admin signed
// for the document, with a visible banner, never indexed; the draft stays invisible everywhere else.
// (The admin's own link and the refused tokens: integration/preview.test.ts.)

const TITLE = 'Utkast: föreläsning som inte är publicerad';

let documentId = '';
let slug = '';
let token = '';

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
  token = await signPreviewToken({ type: 'event', documentId, locale: 'sv' }, previewSecret);
});

const previewPath = (withToken: string, path = '/forhandsvisning') => `${path}?token=${encodeURIComponent(withToken)}`;

test('with a token: the draft with a visible banner, noindex, framable only by the CMS admin, 0 axe violations', async ({ page }) => {
  const response = await page.goto(previewPath(token));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('note').filter({ hasText: 'Förhandsvisning' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText('Texten i utkastet.')).toBeVisible();
  await expect(page.getByText('Folkets hus, Karlskoga')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  const headers = response!.headers();
  expect(headers['x-robots-tag']).toBe('noindex, nofollow');
  expect(headers['content-security-policy']).toContain(`frame-ancestors http://localhost:${ports.cms} http://127.0.0.1:${ports.cms}`);
  expect(headers['x-frame-options']).toBeUndefined();
  // Neither the secret nor the token is carried into the page's links.
  expect(await page.locator(`a[href*="${previewSecret}"], a[href*="${token.slice(-20)}"]`).count()).toBe(0);
  await expectNoAxeViolations(page);
});

test('without a valid token: a page that says why (0 axe violations), and the draft is not on the portal', async ({ page }) => {
  expect((await page.goto(`/forhandsvisning?type=event&id=${documentId}&locale=sv&secret=${previewSecret}`))?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'Länken saknas' })).toBeVisible();
  expect((await page.goto(previewPath('not-a-token-at-all')))?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'Länken fungerar inte' })).toBeVisible();
  const expired = await signPreviewToken({ type: 'event', documentId, locale: 'sv' }, previewSecret, { now: Math.floor(Date.now() / 1000) - 3600 });
  expect((await page.goto(previewPath(expired)))?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'Länken har slutat gälla' })).toBeVisible();
  await expect(page.getByText(TITLE)).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect((await page.goto(`/kalender/${slug}`))?.status()).toBe(404);
  const other = await page.goto('/kalender/tipsa');
  expect(other?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(other?.headers()['x-frame-options']).toBe('DENY');
});

test('in English, and with the CMS down it answers 503', async ({ page }) => {
  expect((await page.goto(previewPath(token, '/en/forhandsvisning')))?.status()).toBe(200);
  await expect(page.getByRole('note').filter({ hasText: 'Preview' })).toBeVisible();
  expect((await page.goto(`http://127.0.0.1:${ports.webWithoutCms}${previewPath(token)}`))?.status()).toBe(503);
});
