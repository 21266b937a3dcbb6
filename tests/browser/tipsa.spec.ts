import { expect, test, type Page } from '@playwright/test';
import { ports } from '../playwright.config';
import { expectNoAxeViolations } from '../support/axe';
import { localDateTime } from '../support/event-tips';

// The event tip form (/kalender/tipsa) and its receipt, against the seeded CMS of the test run.
// The CMS lets one client send 3 tips per 10 minutes, and every tip here comes from 127.0.0.1:
// this file sends exactly 3 successful tips, and the last test checks the limit's message.

const sv = {
  title: 'Namn på evenemanget',
  starts: 'Börjar',
  ends: 'Slutar',
  description: 'Beskrivning',
  place: 'Plats',
  organisation: 'Organisation',
  contactName: 'Ditt namn',
  contactEmail: 'Din e-postadress',
  consent: /Jag har läst hur kommunen hanterar mina uppgifter/,
  submit: 'Skicka tipset',
};

async function fillValid(page: Page, title: string) {
  await page.getByLabel(sv.title).fill(title);
  await page.getByRole('radio', { name: 'Föreläsning' }).check();
  await page.getByLabel(sv.starts).fill(localDateTime(20, 18));
  await page.getByLabel(sv.ends).fill(localDateTime(20, 20));
  await page.getByLabel(sv.description).fill('Om hur man känner igen människohandel.\n\nFri entré.');
  await page.getByRole('checkbox', { name: 'Yrkesverksamma' }).check();
  await page.getByLabel(sv.place, { exact: true }).fill('Folkets hus');
  await page.getByRole('combobox', { name: sv.organisation }).selectOption({ label: 'Polisen' });
  await page.getByLabel(sv.contactName).fill('Anna Andersson');
  await page.getByLabel(sv.contactEmail).fill('anna@example.invalid');
  await page.getByRole('checkbox', { name: sv.consent }).check();
}

/** The receipt the form's POST answers with: the CMS's reference and what `fillValid` typed. */
async function expectReceiptSummary(page: Page, title: string) {
  await expect(page.getByText('Ditt referensnummer:')).toBeVisible();
  // A Strapi document id: the tip's reference, the same one the receipt mail carries.
  await expect(page.getByTestId('tip-reference')).toHaveText(/^[a-z0-9]{20,}$/);
  const summary = page.getByRole('region', { name: 'Det här skickade du' });
  for (const [label, value] of [
    ['Evenemang', title],
    ['Plats', 'Folkets hus'],
    ['Arrangör', 'Polisen'],
    ['Din e-postadress', 'anna@example.invalid'],
  ]) {
    await expect(summary.locator('dt', { hasText: label })).toHaveCount(1);
    await expect(summary).toContainText(value!);
  }
  await expect(summary).toContainText(/kl\. 18\.00–20\.00 \(svensk tid\)/);
  // Only what the partner typed: the name is not repeated.
  await expect(summary).not.toContainText('Anna Andersson');
  await expect(page.getByText('En kommunikatör på kommunen läser tipset.', { exact: false })).toBeVisible();
}

/** Submits and returns the status of the page that comes back (after any redirect). */
async function submit(page: Page, name = sv.submit): Promise<number | undefined> {
  const [response] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name }).click()]);
  return response?.status();
}

async function expectErrorSummaryFocused(page: Page) {
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /Något behöver rättas|There is a problem/ }) });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAttribute('tabindex', '-1');
  return summary;
}

test.describe('the event tip form', () => {
  test('renders in Swedish with every field labelled, the retention stated and 0 axe violations', async ({ page }) => {
    const response = await page.goto('/kalender/tipsa');
    expect(response?.status()).toBe(200);
    // Each form has its own idempotency key, so no cache may keep the page.
    expect(response?.headers()['cache-control']).toContain('no-store');
    await expect(page.getByRole('heading', { level: 1, name: 'Tipsa om ett evenemang' })).toBeVisible();
    for (const label of [sv.title, sv.starts, sv.ends, sv.description, sv.contactName, sv.contactEmail]) {
      await expect(page.getByLabel(label)).toBeVisible();
    }
    await expect(page.getByText('Vi tar bort ditt namn och din e-postadress automatiskt 30 dagar efter att evenemanget har slutat.')).toBeVisible();
    // The browser tests' CMS has no SMTP: the form itself promises no mail either.
    await expect(page.getByText(/Just nu skickar webbplatsen inga mejl, så du får inget mejl om tipset/)).toBeVisible();
    await expect(page.getByText(/Du får ett mejl|Vi mejlar dig/)).toHaveCount(0);
    // Known organisations from the CMS, or a name typed in.
    await expect(page.getByRole('combobox', { name: sv.organisation }).locator('option', { hasText: 'Polisen' })).toHaveCount(1);
    await expect(page.getByLabel('Annan organisation')).toBeVisible();
    // The form posts without JavaScript; the idempotency key is in it.
    await expect(page.locator('form[method="post"]')).toHaveCount(1);
    const key = page.locator('input[type="hidden"][name="idempotencyKey"]');
    await expect(key).toHaveValue(/^[0-9a-f-]{36}$/);
    const first = await key.inputValue();
    await page.reload();
    expect(await key.inputValue()).not.toBe(first);
    // The honeypot: off screen, out of the tab order, never autofilled, hidden from screen readers.
    const honeypot = page.locator('input[name="website"]');
    await expect(honeypot).toHaveAttribute('tabindex', '-1');
    await expect(honeypot).toHaveAttribute('autocomplete', 'off');
    expect(await honeypot.evaluate((el) => el.getBoundingClientRect().right <= 0)).toBe(true);
    await expect(page.getByLabel('Lämna det här fältet tomt')).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test('a partner submits with JavaScript on and gets the receipt', async ({ page }) => {
    await page.goto('/kalender/tipsa');
    const key = page.locator('input[name="idempotencyKey"]');
    const firstKey = await key.inputValue();
    await fillValid(page, 'Tips skickat med JavaScript');
    expect(await submit(page)).toBe(200);
    // The receipt is the POST's own answer: nothing of the tip goes into the address.
    await expect(page).toHaveURL(/\/kalender\/tipsa$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tack! Vi har fått ditt tips' })).toBeVisible();
    await expectReceiptSummary(page, 'Tips skickat med JavaScript');
    // The browser tests' CMS has no SMTP: the receipt must not promise a mail.
    await expect(page.getByRole('heading', { name: 'Vad händer nu?' })).toBeVisible();
    await expect(page.getByText(/Du får inget mejl om tipset/)).toBeVisible();
    await expect(page.getByText(/får du ett mejl/)).toHaveCount(0);
    await expect(page.getByText(/30 dagar efter att evenemanget har slutat/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Så hanterar vi dina uppgifter' })).toHaveAttribute('href', '/integritet');
    await expectNoAxeViolations(page);

    // The same form (its key) sent again with other text, as after going back and editing: a clear
    // conflict, not a receipt; everything typed stays, and the form gets a key of its own. (A
    // conflict does not count toward the rate limit: this file still sends 3 tips.)
    await page.goto('/kalender/tipsa');
    await key.evaluate((input, value) => input.setAttribute('value', value), firstKey);
    await fillValid(page, 'Tips skickat med JavaScript, ändrat');
    await page.getByLabel(sv.description).fill('En ny text som inte får försvinna.');
    expect(await submit(page)).toBe(409);
    const summary = await expectErrorSummaryFocused(page);
    await expect(summary).toContainText('Det här formuläret har redan skickats en gång, med en annan text. Vi har bara fått det första tipset.');
    await expect(page.getByLabel(sv.title)).toHaveValue('Tips skickat med JavaScript, ändrat');
    await expect(page.getByLabel(sv.description)).toHaveValue('En ny text som inte får försvinna.');
    await expect(page.getByLabel(sv.contactEmail)).toHaveValue('anna@example.invalid');
    await expect(page.getByRole('radio', { name: 'Föreläsning' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: sv.consent })).toBeChecked();
    expect(await key.inputValue()).not.toBe(firstKey);
    await expectNoAxeViolations(page);
  });

  test('errors: a summary at the top that is announced and focused, links to each field, messages beside the fields, values kept', async ({ page }) => {
    await page.goto('/kalender/tipsa');
    await page.getByLabel(sv.title).fill('Halvfärdigt tips');
    await page.getByLabel(sv.starts).fill(localDateTime(20, 18));
    await page.getByLabel(sv.ends).fill(localDateTime(20, 17));
    await page.getByLabel(sv.contactEmail).fill('inte-en-adress');
    await page.getByRole('checkbox', { name: 'Unga' }).check();
    expect(await submit(page)).toBe(400);

    const summary = await expectErrorSummaryFocused(page);
    const links = summary.getByRole('link');
    await expect(links).toHaveText([
      'Välj vilken typ av evenemang det är',
      'Sluttiden måste vara efter starttiden',
      'Skriv en kort beskrivning av evenemanget',
      'Skriv var evenemanget är, eller en länk om det är på nätet',
      'Välj organisationen som ordnar evenemanget, eller skriv namnet',
      'Skriv ditt namn',
      'Skriv e-postadressen på formen namn@exempel.se',
      'Kryssa i att du har läst hur kommunen hanterar dina uppgifter. Annars kan vi inte ta emot tipset',
    ]);
    // Each link leads to its field.
    await summary.getByRole('link', { name: 'Skriv ditt namn' }).click();
    await expect(page.getByLabel(sv.contactName)).toBeFocused();
    await summary.getByRole('link', { name: 'Välj vilken typ av evenemang det är' }).click();
    await expect(page.getByRole('radio', { name: 'Föreläsning' })).toBeFocused();

    // The message beside the field, tied to it for screen readers.
    const email = page.getByLabel(sv.contactEmail);
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/Fel: Skriv e-postadressen på formen namn@exempel.se/);
    await expect(page.getByLabel(sv.ends)).toHaveAccessibleDescription(/Sluttiden måste vara efter starttiden/);

    // What was typed is still there.
    await expect(page.getByLabel(sv.title)).toHaveValue('Halvfärdigt tips');
    await expect(email).toHaveValue('inte-en-adress');
    await expect(page.getByLabel(sv.ends)).toHaveValue(localDateTime(20, 17));
    await expect(page.getByRole('checkbox', { name: 'Unga' })).toBeChecked();
    await expectNoAxeViolations(page);
  });

  test('in English at 360 px: the form and its errors in English, nothing wider than the screen, 0 axe violations', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const response = await page.goto('/en/kalender/tipsa');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Tell us about an event' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page);
    expect(await submit(page, 'Send the tip')).toBe(400);
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Enter the name of the event' })).toHaveAttribute('href', '#title');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page);
  });

  test('the receipt page in both languages, at 1280 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    expect((await page.goto('/kalender/tipsa/tack'))?.status()).toBe(200);
    await expect(page.getByRole('link', { name: 'Tipsa om ett evenemang till' })).toHaveAttribute('href', '/kalender/tipsa');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expectNoAxeViolations(page);
    expect((await page.goto('/en/kalender/tipsa/tack'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you! We have received your tip' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('unknown paths under the form are 404', async ({ page }) => {
    expect((await page.goto('/kalender/tipsa/okand'))?.status()).toBe(404);
    expect((await page.goto('/fr/kalender/tipsa'))?.status()).toBe(404);
  });
});

test.describe('the event tip form without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a partner submits and gets the receipt', async ({ page }) => {
    await page.goto('/kalender/tipsa');
    await fillValid(page, 'Tips skickat utan JavaScript');
    expect(await submit(page)).toBe(200);
    await expect(page).toHaveURL(/\/kalender\/tipsa$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tack! Vi har fått ditt tips' })).toBeVisible();
    await expectReceiptSummary(page, 'Tips skickat utan JavaScript');
    await expect(page.getByText(/Du får inget mejl om tipset/)).toBeVisible();
  });

  test('errors are focused and listed without any script', async ({ page }) => {
    await page.goto('/kalender/tipsa');
    await page.getByLabel(sv.title).fill('<b>Utan</b> skript');
    expect(await submit(page)).toBe(400);
    const summary = await expectErrorSummaryFocused(page);
    await expect(summary.getByRole('link').first()).toHaveAttribute('href', '#kind-lecture');
    await expect(page.getByLabel(sv.title)).toHaveValue('<b>Utan</b> skript');
    // (axe needs script in the page; the same error state is checked with axe above.)
  });

  test('in English, a partner submits and gets the receipt', async ({ page }) => {
    await page.goto('/en/kalender/tipsa');
    await page.getByLabel('Name of the event').fill('Tip sent in English');
    await page.getByRole('radio', { name: 'Lecture' }).check();
    await page.getByLabel('Starts', { exact: true }).fill(localDateTime(21, 10));
    await page.getByLabel('Ends', { exact: true }).fill(localDateTime(21, 12));
    await page.getByLabel('Description').fill('A talk about human trafficking.');
    await page.getByLabel('Link if the event is online').fill('https://meet.example.invalid/abc');
    await page.getByLabel('Another organisation').fill('An example association');
    await page.getByLabel('Your name').fill('Robin');
    await page.getByLabel('Your email address').fill('robin@example.invalid');
    await page.getByRole('checkbox', { name: /I have read how the municipality handles my data/ }).check();
    expect(await submit(page, 'Send the tip')).toBe(200);
    await expect(page).toHaveURL(/\/en\/kalender\/tipsa$/);
    await expect(page.getByText(/You will not get an email about the tip/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you! We have received your tip' })).toBeVisible();
    await expect(page.getByText('Your reference:')).toBeVisible();
    await expect(page.getByTestId('tip-reference')).toHaveText(/^[a-z0-9]{20,}$/);
    const summary = page.getByRole('region', { name: 'What you sent' });
    for (const text of ['Tip sent in English', 'https://meet.example.invalid/abc', 'An example association', 'robin@example.invalid', '(Swedish time)']) {
      await expect(summary).toContainText(text);
    }
    await expect(summary).not.toContainText('Robin');
  });
});

test.describe('the event tip form with the CMS down', () => {
  test('the form still shows; a tip gets a clear message and keeps every value', async ({ page }) => {
    const base = `http://127.0.0.1:${ports.webWithoutCms}`;
    expect((await page.goto(`${base}/kalender/tipsa`))?.status()).toBe(200);
    await expect(page.getByText('Vi kan inte visa listan över organisationer just nu. Skriv organisationens namn.')).toBeVisible();
    await page.getByLabel(sv.title).fill('Tips när CMS:et är nere');
    await page.getByRole('radio', { name: 'Möte' }).check();
    await page.getByLabel(sv.starts).fill(localDateTime(20, 18));
    await page.getByLabel(sv.ends).fill(localDateTime(20, 20));
    await page.getByLabel(sv.description).fill('Text som inte får försvinna.');
    await page.getByLabel(sv.place, { exact: true }).fill('Folkets hus');
    await page.getByLabel(sv.organisation).fill('Föreningen Exempel');
    await page.getByLabel(sv.contactName).fill('Anna');
    await page.getByLabel(sv.contactEmail).fill('anna@example.invalid');
    await page.getByRole('checkbox', { name: sv.consent }).check();
    expect(await submit(page)).toBe(503);
    const problem = page.getByRole('alert');
    await expect(problem).toContainText('Vi kunde inte ta emot tipset just nu.');
    await expect(problem).toBeFocused();
    await expect(page.getByLabel(sv.title)).toHaveValue('Tips när CMS:et är nere');
    await expect(page.getByLabel(sv.description)).toHaveValue('Text som inte får försvinna.');
    await expect(page.getByRole('radio', { name: 'Möte' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: sv.consent })).toBeChecked();
    await expectNoAxeViolations(page);
  });
});

test.describe('the event tip form under the rate limit', () => {
  // Runs last: this file has sent 3 tips from this client, the limit for 10 minutes. Should an
  // earlier test have failed before sending, the loop sends the rest.
  test('one tip too many gets a clear message and keeps the values', async ({ page }) => {
    const statuses: (number | undefined)[] = [];
    for (let attempt = 0; attempt < 4 && !statuses.includes(429); attempt += 1) {
      await page.goto('/kalender/tipsa');
      await fillValid(page, 'Ett tips för mycket');
      statuses.push(await submit(page));
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true);
    await expect(page.getByRole('alert')).toContainText('Du har skickat flera tips på kort tid.');
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.getByLabel(sv.title)).toHaveValue('Ett tips för mycket');
  });
});
