import { expect, test } from '@playwright/test';
import { ports, readToken } from '../playwright.config';
import { expectNoAxeViolations } from '../support/axe';
import { adminSession, graphql } from '../support/cms';

// The plan's follow-up page (/handlingsplan/uppfoljning), built from what editors enter in the CMS:
// follow-up entries and an event that names the activity and has ended. And "Senast granskad" on
// pages and support resources.

const cms = { url: `http://127.0.0.1:${ports.cms}` };
const day = 86_400_000;

const PAST_EVENT = 'Föreläsning för skolpersonal om sugardejting';
const FUTURE_EVENT = 'Utbildning för fritidsledare i höst';
const ENTRY = 'Socialtjänsten och skolan gick igenom samverkanskedjan.';
const ENTRY_EVENT = 'Dialogmöte med polisen om människohandel';

let activityTitle = '';
let resourceSlug = '';
let pageSlug = '';

test.beforeAll(async () => {
  test.setTimeout(60_000);
  const admin = await adminSession(cms);
  const create = async (uid: string, data: Record<string, unknown>) => {
    const response = await admin.request('POST', `/content-manager/collection-types/${uid}/actions/publish?locale=sv`, data);
    const text = await response.text();
    expect(response.status, text).toBeLessThan(300);
    return (JSON.parse(text) as { data: { documentId: string; slug?: string } }).data;
  };
  const activities = await graphql<{ activities: { documentId: string; title: string }[] }>(
    cms,
    'query { activities(locale: "sv", sort: ["order:asc"], pagination: { limit: 1 }) { documentId title } }',
    { token: readToken },
  );
  const activity = activities.data!.activities[0]!;
  activityTitle = activity.title;
  const link = { connect: [{ documentId: activity.documentId, locale: 'sv' }] };
  const start = Date.now() - 20 * day;
  await create('api::event.event', { title: PAST_EVENT, kind: 'lecture', startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * 3_600_000).toISOString(), activity: link });
  await create('api::event.event', { title: FUTURE_EVENT, kind: 'training', startsAt: new Date(Date.now() + 40 * day).toISOString(), activity: link });
  const told = await create('api::event.event', { title: ENTRY_EVENT, kind: 'meeting', startsAt: new Date(Date.now() - 60 * day).toISOString(), activity: link });
  await create('api::follow-up.follow-up', {
    summary: ENTRY,
    doneOn: '2026-03-12',
    reached: 40,
    documentUrl: 'https://example.org/uppfoljning-2026.pdf',
    documentTitle: 'Minnesanteckningar',
    event: { connect: [{ documentId: told.documentId, locale: 'sv' }] },
    activity: link,
  });
  resourceSlug = (await create('api::support-resource.support-resource', { name: 'Granskad stödresurs', summary: 'En resurs med granskningsdatum.', level: 'general', scope: 'local', reviewedOn: '2026-03-12' })).slug!;
  pageSlug = (
    await create('api::page.page', {
      title: 'Granskad sida',
      area: 'young_people',
      reviewedOn: '2026-03-12',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'En sida med granskningsdatum.' }] }],
    })
  ).slug!;
  // The web learns of each publish by a notice, one document after another (its read model): wait
  // until it shows all of it, as a visitor would see it within the 5 s of issue 13.
  const web = `http://127.0.0.1:${ports.web}`;
  const shows = async (path: string, texts: string[]) => {
    const response = await fetch(`${web}${path}`);
    const body = await response.text();
    return response.status === 200 && texts.every((text) => body.includes(text));
  };
  await expect
    .poll(async () => (await shows('/handlingsplan/uppfoljning', [ENTRY, ENTRY_EVENT, PAST_EVENT])) && (await shows(`/stod/${resourceSlug}`, [])) && (await shows(`/unga/${pageSlug}`, [])), { timeout: 15_000 })
    .toBe(true);
});

for (const width of [360, 1280]) {
  test(`the follow-up page shows per activity what was done, with dates, and the plan's validity (${width} px), 0 axe violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto('/handlingsplan/uppfoljning');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Uppföljning av handlingsplanen' })).toBeVisible();

    // The plan's own dates, and the honest word that the revision date has passed.
    const validity = page.getByRole('region', { name: 'Planens giltighetstid' });
    await expect(validity).toContainText('2021–2023');
    // In the past tense, as on /handlingsplan: the period is over.
    await expect(validity).toContainText('Planen gällde 2021–2023. Den tiden har gått ut.');
    await expect(validity).not.toContainText('Planen gäller');
    await expect(validity).toContainText('31 december 2023');
    await expect(validity).toContainText('Det datumet har passerat.');

    const first = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: `1. ${activityTitle}` }) });
    await expect(first).toContainText('Status: Ej rapporterad');
    await expect(first).toContainText('12 mars 2026');
    await expect(first).toContainText(ENTRY);
    await expect(first).toContainText('Nådde 40 personer');
    await expect(first.getByRole('link', { name: 'Minnesanteckningar' })).toHaveAttribute('href', 'https://example.org/uppfoljning-2026.pdf');
    await expect(first.getByRole('link', { name: ENTRY_EVENT })).toHaveAttribute('href', /^\/kalender\//);
    // The event that has ended, on its own; the one still to come is not follow-up.
    await expect(first.getByRole('link', { name: PAST_EVENT })).toBeVisible();
    await expect(page.getByText(FUTURE_EVENT)).toHaveCount(0);
    // The event the entry already tells about is listed once.
    await expect(first.getByRole('link', { name: ENTRY_EVENT })).toHaveCount(1);

    // Activities nobody reported on say so, and none claims "Planerad".
    await expect(page.getByText('Inget är rapporterat ännu.').first()).toBeVisible();
    await expect(page.getByText('Planerad')).toHaveCount(0);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
}

test('in English, with the Swedish content marked as such, 0 axe violations', async ({ page }) => {
  const response = await page.goto('/en/handlingsplan/uppfoljning');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-up of the action plan' })).toBeVisible();
  await expect(page.getByText('That date has passed.')).toBeVisible();
  await expect(page.getByText('The plan was valid 2021–2023. That period has ended.')).toBeVisible();
  await expect(page.getByText(ENTRY)).toHaveAttribute('lang', 'sv');
  await expectNoAxeViolations(page);
});

test('the plan links to its follow-up, and the sitemap lists it', async ({ page, request }) => {
  await page.goto('/handlingsplan');
  await page.getByRole('link', { name: 'Se vad som har gjorts i planens aktiviteter' }).click();
  await expect(page).toHaveURL(/\/handlingsplan\/uppfoljning$/);
  await expect(page.getByText('Planerad')).toHaveCount(0);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/handlingsplan/uppfoljning</loc>');
  expect(sitemap).toContain('/en/handlingsplan/uppfoljning</loc>');
});

test('pages and support resources show "Senast granskad" with a Swedish date, 0 axe violations', async ({ page }) => {
  await page.goto(`/stod/${resourceSlug}`);
  await expect(page.getByText('Senast granskad', { exact: true })).toBeVisible();
  await expect(page.getByText('12 mars 2026')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/unga/${pageSlug}`);
  await expect(page.getByText('Senast granskad 12 mars 2026')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/en/unga/${pageSlug}`);
  await expect(page.getByText('Last reviewed 12 March 2026')).toBeVisible();
});

test('a page or support resource nobody has reviewed says so, and the seed invents no review date', async ({ page }) => {
  // Seeded content carries no review date: editors set it when they review.
  await page.goto('/stod/bris');
  const reviewed = page.getByRole('definition').filter({ hasText: 'Inte granskad ännu' });
  await expect(reviewed).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Senast granskad' })).toBeVisible();
  // Nor a claim that the service's details were checked at the service (shared/facts/sources.json).
  await expect(page.getByText('Uppgifterna kontrollerades')).toHaveCount(0);
  await page.goto('/unga/fa-hjalp');
  await expect(page.getByText('Senast granskad Inte granskad ännu')).toBeVisible();
  await page.goto('/en/stod/bris');
  await expect(page.getByRole('definition').filter({ hasText: 'Not reviewed yet' })).toBeVisible();
  await page.goto('/en/unga/fa-hjalp');
  await expect(page.getByText('Last reviewed Not reviewed yet')).toBeVisible();
  await expectNoAxeViolations(page);
});
