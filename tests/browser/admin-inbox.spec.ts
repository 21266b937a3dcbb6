// Issue 15's "done when", as a communicator does it in Chromium against a real Strapi serving its
// built admin (playwright.admin.config.ts) and mailing a real SMTP sink: logs in with the
// Kommunikatör role, the admin in Swedish; creates a campaign with a lecture linked to it and
// previews it exactly (the portal on the config's sixth port, framed by the admin) and publishes
// it; approves one partner tip and rejects another in the moderation inbox; finds both decision
// mails in the sink. No English or raw field names on the screens it uses; each step's time is
// printed.
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { adminPort, smtpPort } from '../playwright.admin.config';
import { ENGLISH as ENGLISH_ON_SCREENS, RAW_FIELDS as RAW_FIELD_NAMES, exactTexts, logIn } from '../support/admin-page';
import { communicatorSession, sessionWith } from '../support/cms';
import { validPayload } from '../support/event-tips';
import { startSmtp, type TestSmtp } from '../support/smtp';

const cmsUrl = `http://127.0.0.1:${adminPort}`;
const cms = { url: cmsUrl };
const guideDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'guide-kommunikator');
/** The first administrator: the same account admin.spec.ts registers (whichever spec runs first). */
const superAdmin = { email: 'kommunikator@example.invalid', password: 'Testlosenord-123', firstname: 'Kim', lastname: 'Kommunikatör' };
const communicator = { email: 'kim.inkorg@example.invalid', password: 'Kommunikator-123' };
/** Besides admin.spec.ts's list: the English of the buttons and states used here, and two more raw names. */
const ENGLISH = [...ENGLISH_ON_SCREENS, 'Publish', 'Save', 'Draft', 'Published', 'Approve', 'Reject', 'Ctrl / Cmd + Shift + Enter to publish', 'Close'];
const RAW_FIELDS = [...RAW_FIELD_NAMES, 'events', 'pending'];

let smtp: TestSmtp;
const run = randomUUID().slice(0, 6);
const tips = { approve: `Föreläsning om grooming ${run}`, reject: `Loppis i Örebro ${run}` };
const timings: [string, number][] = [];

async function timed<T>(step: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await work();
  } finally {
    const ms = Date.now() - started;
    timings.push([step, ms]);
    console.log(`${step}: ${ms} ms`);
  }
}

test.beforeAll(async () => {
  smtp = await startSmtp(smtpPort);
  const registered = await fetch(`${cmsUrl}/admin/register-admin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(superAdmin) });
  expect([200, 201, 400]).toContain(registered.status);
  const login = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: superAdmin.email, password: superAdmin.password }),
  });
  expect(login.status).toBe(200);
  const admin = sessionWith(cms, ((await login.json()) as { data: { token: string } }).data.token);
  await communicatorSession(cms, admin, communicator.email);
  // Two partner tips, as the web sends them (submission token, hashed client key), the older first.
  for (const title of [tips.approve, tips.reject]) {
    const response = await fetch(`${cmsUrl}/api/event-submissions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer browser-test-submission-token-0123456789',
        'x-stodportalen-client': createHash('sha256').update(title).digest('hex'),
      },
      body: JSON.stringify(validPayload({ title, contactName: 'Alex', contactEmail: `partner.${run}.${title.split(' ')[0]!.toLowerCase()}@example.invalid` })),
    });
    expect(response.status).toBe(201);
  }
});

test.afterAll(async () => {
  console.log(`timings: ${timings.map(([step, ms]) => `${step} ${ms} ms`).join('; ')}`);
  await smtp?.stop();
});

test('a communicator publishes a campaign with a lecture and moderates two tips, in Swedish', async ({ page }) => {
  test.setTimeout(240_000);
  const main = page.locator('main');

  await timed('log in as Kommunikatör', async () => {
    await logIn(page, communicator);
  });

  await timed('home: the moderation widget', async () => {
    await expect(page.getByText(/^\d+ tips väntar$/)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('link', { name: 'Öppna granskningen' })).toBeVisible();
    expect(await exactTexts(page, [...ENGLISH, ...RAW_FIELDS])).toEqual([]);
  });

  const lecture = `Föreläsning i kampanjen ${run}`;
  await timed('create a lecture', async () => {
    await page.goto('/admin/content-manager/collection-types/api::event.event/create');
    await expect(main.getByRole('textbox', { name: 'Rubrik' })).toBeVisible({ timeout: 30_000 });
    await main.getByRole('textbox', { name: 'Rubrik' }).fill(lecture);
    await main.getByRole('combobox', { name: 'Typ' }).click();
    await page.getByRole('option', { name: 'lecture' }).click();
    expect(await exactTexts(page, [...ENGLISH, ...RAW_FIELDS])).toEqual([]);
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(main.getByRole('textbox', { name: 'Webbadress' })).toHaveValue(/^forelasning-i-kampanjen/, { timeout: 15_000 });
  });

  const campaign = `Kampanjvecka ${run}`;
  await timed('create the campaign and link the lecture', async () => {
    await page.goto('/admin/content-manager/collection-types/api::campaign.campaign/create');
    await expect(main.getByRole('textbox', { name: 'Rubrik' })).toBeVisible({ timeout: 30_000 });
    await main.getByRole('textbox', { name: 'Rubrik' }).fill(campaign);
    await main.getByRole('textbox', { name: 'Ingress' }).fill('En vecka med föreläsningar om människohandel.');
    // The first day from the calendar (Swedish: weeks from Monday), the 15th of the month shown.
    const firstDay = main.getByRole('combobox', { name: 'Första dag' });
    await firstDay.click();
    await page.getByRole('grid').getByRole('gridcell').filter({ hasText: /^15$/ }).first().click();
    await expect(firstDay).toHaveValue(/^\d{4}-\d{2}-15$/);
    // Search for the lecture: the unfiltered list re-renders while it loads more.
    const events = main.getByRole('combobox', { name: 'Evenemang' });
    await events.click();
    await events.pressSequentially(run, { delay: 50 });
    const option = page.getByRole('option', { name: new RegExp(lecture) });
    await expect(option).toHaveCount(1, { timeout: 15_000 });
    await option.click();
    expect(await exactTexts(page, [...ENGLISH, ...RAW_FIELDS])).toEqual([]);
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(main.getByRole('textbox', { name: 'Webbadress' })).toHaveValue(/^kampanjvecka-/, { timeout: 15_000 });
    await expect(main.getByRole('button', { name: lecture })).toBeVisible();
    await expect(main.getByText('Evenemang (1)')).toBeVisible();
  });

  await timed('preview the campaign exactly', async () => {
    // From the campaign's edit view, as a communicator opens it.
    await page.getByRole('link', { name: 'Förhandsgranska' }).or(page.getByRole('button', { name: 'Förhandsgranska' })).first().click();
    const frame = page.frameLocator('iframe[data-testid="preview-iframe"]');
    await expect(frame.getByRole('heading', { level: 1, name: campaign })).toBeVisible({ timeout: 30_000 });
    // Its linked lecture, marked as not yet published (publishing the campaign does not publish it).
    await expect(frame.getByText(lecture)).toBeVisible();
    await expect(frame.getByText('Inte publicerat. Evenemanget syns inte på kampanjsidan')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Förhandsvisningen kunde inte visas' })).toHaveCount(0);
    expect(await exactTexts(page, [...ENGLISH, ...RAW_FIELDS, 'Preview', 'Open preview', 'Close preview'])).toEqual([]);
    const frameLines = (await frame.locator('body').innerText()).split('\n').map((line) => line.trim());
    expect([...ENGLISH, ...RAW_FIELDS].filter((word) => frameLines.includes(word))).toEqual([]);
    await page.getByRole('link', { name: 'Stäng förhandsvisningen' }).or(page.getByRole('button', { name: 'Stäng förhandsvisningen' })).first().click();
    await expect(main.getByRole('textbox', { name: 'Rubrik' })).toHaveValue(campaign, { timeout: 15_000 });
  });

  await timed('publish the campaign', async () => {
    await page.getByRole('button', { name: 'Publicera' }).click();
    // Strapi asks first: the linked lecture is a draft and is not published with the campaign.
    const confirm = page.getByRole('alertdialog', { name: 'Bekräfta' });
    await expect(confirm).toBeVisible();
    expect(await exactTexts(page, [...ENGLISH, ...RAW_FIELDS])).toEqual([]);
    await confirm.getByRole('button', { name: 'Ja, publicera' }).click();
    await expect(page.getByText('Publicerade', { exact: true })).toBeVisible({ timeout: 15_000 });
    expect(await exactTexts(page, [...ENGLISH, ...RAW_FIELDS])).toEqual([]);
  });

  await timed('open the moderation inbox from the menu', async () => {
    await page.getByRole('navigation').first().getByRole('link', { name: 'Granskning' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Granskning' })).toBeVisible({ timeout: 30_000 });
    const titles = await main.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(titles.indexOf(tips.approve)).toBeGreaterThanOrEqual(0);
    expect(titles.indexOf(tips.approve)).toBeLessThan(titles.indexOf(tips.reject));
    await expect(main.getByText(/^Kom in för \d+ minuter? sedan$|^Kom in nu$/).first()).toBeVisible();
    expect(await exactTexts(page, [...ENGLISH, ...RAW_FIELDS])).toEqual([]);
    await page.screenshot({ path: path.join(guideDir, 'granskning.png') });
  });

  const card = (title: string) => main.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  await timed('approve one tip', async () => {
    await card(tips.approve).getByRole('button', { name: 'Godkänn' }).click();
    await expect(page.getByText(`”${tips.approve}” är godkänt och publicerat.`)).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('Den som tipsade har fått ett mejl om beslutet.').first()).toBeVisible();
  });

  await timed('reject the other, with a reason', async () => {
    await card(tips.reject).getByRole('button', { name: 'Avvisa med motivering' }).click();
    await card(tips.reject).getByRole('button', { name: 'Avvisa och mejla' }).click();
    await expect(card(tips.reject).getByText('Skriv en motivering till den som tipsade.')).toBeVisible();
    await card(tips.reject).getByRole('textbox', { name: /Motivering till den som tipsade/ }).fill('Evenemanget är i Örebro, och kalendern gäller Karlskoga.');
    await card(tips.reject).getByRole('button', { name: 'Avvisa och mejla' }).click();
    await expect(page.getByText(`”${tips.reject}” är avvisat och publiceras inte.`)).toBeVisible({ timeout: 15_000 });
    expect(await exactTexts(page, [...ENGLISH, ...RAW_FIELDS])).toEqual([]);
  });

  await timed('both decision mails in the SMTP sink', async () => {
    const [approved] = await smtp.waitFor((mail) => mail.subject === `Ditt evenemang är publicerat: ${tips.approve}`);
    expect(approved!.text).toContain('/kalender/');
    const [rejected] = await smtp.waitFor((mail) => mail.subject === `Ditt evenemang publiceras inte: ${tips.reject}`);
    expect(rejected!.text).toContain('Evenemanget är i Örebro, och kalendern gäller Karlskoga.');
  });
});
