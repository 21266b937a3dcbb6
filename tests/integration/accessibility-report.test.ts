import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsDir, type RunningCms } from '../support/cms';
import { psql } from '../support/postgres';
import { waitFor } from '../support/process.mjs';
import type { TestSmtp } from '../support/smtp';
import { usePortalStack, type AdminSession } from '../support/stack';
import type { RunningWeb } from '../support/web';

// The accessibility statement's feedback form (DOS law, DIGG's model statement), end to end: a
// real Strapi, the built web posting a plain HTML form (no JavaScript), a real SMTP sink.

const CONTACT = 'tillganglighet@karlskoga.invalid';
const REPORT = 'api::accessibility-report.accessibility-report';
const STATEMENT = 'api::accessibility-statement.accessibility-statement';

type AdminReport = { documentId: string; description: string; pageUrl: string | null; email: string | null; reporterLocale: string; mailSent: boolean };

/** Moves a report's creation back by `days` in the CMS's own database (SQLite file or PostgreSQL), as if sent then. */
function backdateReport(cms: RunningCms, documentId: string, days: number): void {
  if (cms.database.client === 'postgres') {
    psql(cms.database.server, cms.database.name, `UPDATE accessibility_reports SET created_at = created_at - interval '${days} days' WHERE document_id = '${documentId}'`);
    return;
  }
  type Database = { prepare: (sql: string) => { run: (...args: unknown[]) => { changes: number } }; close: () => void };
  const Sqlite = createRequire(path.join(cmsDir, 'package.json'))('better-sqlite3') as new (file: string, options: { timeout: number }) => Database;
  const db = new Sqlite(cms.database.filename, { timeout: 10_000 });
  try {
    // Strapi stores SQLite datetimes as milliseconds since the epoch.
    expect(db.prepare('UPDATE accessibility_reports SET created_at = created_at - ? WHERE document_id = ?').run(days * 86_400_000, documentId).changes).toBe(1);
  } finally {
    db.close();
  }
}

function expectToContainEach(text: string, phrases: string[]): void {
  for (const phrase of phrases) expect(text).toContain(phrase);
}

describe('accessibility reports', () => {
  let cms: RunningCms;
  let web: RunningWeb;
  let smtp: TestSmtp;
  let admin: AdminSession;

  // The form's hidden idempotency key, as the page's loader gives it: one per form shown.
  const postForm = (page: string, fields: Record<string, string>, visitor = `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`) =>
    fetch(`${web.url}${page}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: web.url, 'sec-fetch-site': 'same-origin', 'x-forwarded-for': visitor },
      body: new URLSearchParams({ idempotencyKey: randomUUID(), ...fields }).toString(),
      redirect: 'manual',
    });

  async function reports(): Promise<AdminReport[]> {
    const response = await admin.request('GET', `/content-manager/collection-types/${REPORT}?page=1&pageSize=100`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { results: AdminReport[] }).results;
  }

  usePortalStack({
    smtp: true,
    cmsEnv: {
      PUBLIC_URL: 'https://cms.example.invalid',
      // The daily retention job, every two seconds here.
      SUBMISSION_RETENTION_CRON: '*/2 * * * * *',
      ACCESSIBILITY_REPORT_RETENTION_DAYS: '90',
    },
    // No cache: the test changes the statement and reads the page at once.
    // A CMS's first GraphQL answers can take seconds on a busy machine (PostgreSQL, two test streams):
    // this file is not about the CMS timeout, so the web waits longer than its production 2 s.
    web: { env: ({ submissionToken }) => ({ CMS_SUBMISSION_TOKEN: submissionToken, TRUST_PROXY: '1', CMS_CACHE_TTL_MS: '0', CMS_TIMEOUT_MS: '15000' }) },
  }, (stack) => {
    cms = stack.cms;
    admin = stack.admin;
    smtp = stack.smtp!;
    web = stack.web!;
  });

  it('says plainly what editors have not published yet, and the review list names the missing fields', async () => {
    const page = await (await fetch(`${web.url}/tillganglighet`)).text();
    expectToContainEach(page, [
      'E-postadressen till kommunens kontakt för tillgänglighet är inte publicerad än',
      'Hur snabbt vi svarar är inte publicerat än',
      'Kommunens bedömning av hur väl webbplatsen uppfyller lagen är inte publicerad än',
      'Innehåll som inte omfattas av lagen',
      'Handlingsplanens referenser leder till PDF-filer',
      'https://www.digg.se/tdosanmalan',
    ]);
    const list = await admin.request('GET', '/admin/review-list');
    const missing = ((await list.json()) as { data: { accessibilityStatementMissing: { field: string; locale: string }[] } }).data.accessibilityStatementMissing;
    expect(missing.filter((item) => item.locale === 'sv').map((item) => item.field).sort()).toEqual(['assessedOn', 'assessmentMethod', 'compliance', 'contactEmail', 'responseTime']);
  });

  it('an invalid report gets a Swedish error summary and keeps the text', async () => {
    const text = `Fokus syns inte i menyn ${randomUUID()}`;
    const response = await postForm('/tillganglighet', { description: '   ', pageUrl: '/kalender', email: 'inte-en-adress' });
    expect(response.status).toBe(400);
    const html = await response.text();
    // The summary links to the field; what was typed is kept.
    expectToContainEach(html, ['Något behöver rättas', 'Beskriv problemet', 'Skriv e-postadressen så här', 'href="#description"', 'value="inte-en-adress"', 'value="/kalender"']);
    const second = await postForm('/tillganglighet', { description: text, email: 'fel@' });
    expect(second.status).toBe(400);
    expect(await second.text()).toContain(text);
    expect((await reports()).some((report) => report.description === text)).toBe(false);
  });

  it('a report sent through the form (no JavaScript) is stored privately and mailed to the contact set in the CMS', async () => {
    // The editors set the contact, the response time and the rest of DIGG's details.
    for (const locale of ['sv', 'en']) {
      const saved = await admin.request('PUT', `/content-manager/single-types/${STATEMENT}?locale=${locale}`, {
        compliance: 'partial',
        contactEmail: CONTACT,
        responseTime: locale === 'sv' ? 'inom två veckor' : 'within two weeks',
        assessmentMethod: locale === 'sv' ? 'Självskattning' : 'Self-assessment',
        assessedOn: '2026-11-30',
        outsideScope: [],
      });
      expect(saved.status, await saved.clone().text()).toBe(200);
      const published = await admin.request('POST', `/content-manager/single-types/${STATEMENT}/actions/publish?locale=${locale}`, {});
      expect(published.status).toBe(200);
    }
    const text = `Knappen Skicka går inte att nå med tangentbordet ${randomUUID()}`;
    const response = await postForm('/tillganglighet', { description: text, pageUrl: '/kalender/tipsa', email: 'anmalare@example.invalid', website: '' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/tillganglighet?skickad=1#rapportera');
    const receipt = await (await fetch(`${web.url}/tillganglighet?skickad=1`)).text();
    expect(receipt).toContain('Tack! Vi har tagit emot din synpunkt.');
    expect(receipt).toContain(`mailto:${CONTACT}`);
    expect(receipt).toContain('inom två veckor');

    const [mail] = await smtp.waitFor((m) => m.to.includes(CONTACT) && m.text.includes(text));
    expect(mail!.subject).toBe('Ny synpunkt på tillgängligheten i Stödportalen');
    expect(mail!.text).toContain('Sida: /kalender/tipsa');
    expect(mail!.text).toContain('Svara till: anmalare@example.invalid');
    expect(mail!.text).toContain('https://cms.example.invalid/admin/content-manager/collection-types/api::accessibility-report.accessibility-report/');

    const stored = (await reports()).find((report) => report.description === text);
    expect(stored).toMatchObject({ pageUrl: '/kalender/tipsa', email: 'anmalare@example.invalid', reporterLocale: 'sv', mailSent: true });

    // Without an e-mail address: stored and mailed too, and the receipt does not promise an answer.
    const anonymous = `Kontrasten är för låg i sidfoten ${randomUUID()}`;
    const english = await postForm('/en/tillganglighet', { description: anonymous });
    expect(english.status).toBe(303);
    expect(english.headers.get('location')).toBe('/en/tillganglighet?skickad=utan-svar#rapportera');
    const [second] = await smtp.waitFor((m) => m.text.includes(anonymous));
    expect(second!.text).toContain('Svara till: Ingen e-postadress angavs.');
    expect((await reports()).find((report) => report.description === anonymous)).toMatchObject({ email: null, reporterLocale: 'en' });
  });

  it('the same form sent twice stores one report and sends one mail; edited and sent again, it is a second report', async () => {
    const visitor = '10.9.9.9';
    const idempotencyKey = randomUUID();
    const text = `Dubbelklick på Skicka ${randomUUID()}`;
    // The form carries its key, as the page renders it.
    const page = await (await fetch(`${web.url}/tillganglighet`)).text();
    expect(page).toMatch(/<input type="hidden" name="idempotencyKey" value="[0-9a-f-]{36}"/);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await postForm('/tillganglighet', { description: text, email: 'dubbel@example.invalid', idempotencyKey }, visitor);
      expect(response.status).toBe(303);
    }
    await smtp.waitFor((m) => m.text.includes(text));
    const edited = `${text}, och fokus syns inte`;
    expect((await postForm('/tillganglighet', { description: edited, email: 'dubbel@example.invalid', idempotencyKey }, visitor)).status).toBe(303);
    await smtp.waitFor((m) => m.text.includes(edited));
    // The same key from another client is another person's form.
    expect((await postForm('/tillganglighet', { description: text, email: 'dubbel@example.invalid', idempotencyKey }, '10.9.9.10')).status).toBe(303);
    const stored = await reports();
    expect(stored.filter((report) => report.description === text)).toHaveLength(2);
    expect(stored.filter((report) => report.description === edited)).toHaveLength(1);
    // Each mail is sent before the answer: two, not three.
    await smtp.waitFor((m) => m.text.includes(text) && !m.text.includes(edited), { count: 2 });
    expect(smtp.mails.filter((m) => m.text.includes(text) && !m.text.includes(edited))).toHaveLength(2);
    // A form without its key cannot be read: a Swedish message, the text kept, nothing stored.
    const keyless = await fetch(`${web.url}/tillganglighet`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: web.url, 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams({ description: `Utan nyckel ${text}` }).toString(),
    });
    expect(keyless.status).toBe(400);
    const html = await keyless.text();
    expect(html).toContain('Formuläret kunde inte läsas. Försök igen.');
    expect(html).toContain(`Utan nyckel ${text}`);
    expect((await reports()).some((report) => report.description === `Utan nyckel ${text}`)).toBe(false);
  });

  it("the daily retention removes the reporter's e-mail and the identifying part of the page address after the set days", async () => {
    const list = await admin.request('GET', '/admin/review-list');
    expect(((await list.json()) as { data: { privacy: { retention: { accessibilityReportDays: number } } } }).data.privacy.retention.accessibilityReportDays).toBe(90);
    const old = `Gammal synpunkt ${randomUUID()}`;
    const oldOtherSite = `Gammal synpunkt om en annan sida ${randomUUID()}`;
    const fresh = `Ny synpunkt ${randomUUID()}`;
    const later = `Senare gammal synpunkt ${randomUUID()}`;
    expect((await postForm('/tillganglighet', { description: old, pageUrl: '/sok?q=mitt+namn', email: 'gammal@example.invalid' })).status).toBe(303);
    expect((await postForm('/tillganglighet', { description: oldOtherSite, pageUrl: 'https://example.invalid/min-egen-sida' })).status).toBe(303);
    expect((await postForm('/tillganglighet', { description: fresh, pageUrl: '/sok?q=annat', email: 'ny@example.invalid' })).status).toBe(303);
    expect((await postForm('/tillganglighet', { description: later, email: 'senare@example.invalid' })).status).toBe(303);
    const find = async (description: string) => (await reports()).find((report) => report.description === description)!;
    const retentionCleared = (check: () => Promise<boolean>) => waitFor(check, { timeoutMs: 20_000, intervalMs: 250, message: 'the retention did not clear the old reports' });
    backdateReport(cms, (await find(fresh)).documentId, 89);
    backdateReport(cms, (await find(old)).documentId, 91);
    backdateReport(cms, (await find(oldOtherSite)).documentId, 91);
    await retentionCleared(async () => (await find(old)).email === null && (await find(oldOtherSite)).pageUrl === null);
    expect(await find(old)).toMatchObject({ description: old, pageUrl: '/sok', email: null, reporterLocale: 'sv' });
    expect(await find(oldOtherSite)).toMatchObject({ description: oldOtherSite, pageUrl: null, email: null });
    // A later run too (it clears a report made old only now) leaves the report of 89 days untouched.
    backdateReport(cms, (await find(later)).documentId, 91);
    await retentionCleared(async () => (await find(later)).email === null);
    expect(await find(fresh)).toMatchObject({ pageUrl: '/sok?q=annat', email: 'ny@example.invalid' });
  }, 60_000);

  it('the review list names shortcomings without their WCAG criterion or reason, and reports whose mail was not sent', async () => {
    const saved = await admin.request('PUT', `/content-manager/single-types/${STATEMENT}?locale=sv`, {
      shortcomings: [
        { content: 'Kartan saknar textalternativ.', criterion: '1.1.1 Icke-textuellt innehåll', reason: 'Kartan kommer från en leverantör.' },
        { content: 'Videon saknar undertexter.', criterion: '', reason: '' },
      ],
    });
    expect(saved.status, await saved.clone().text()).toBe(200);
    const unsent = await admin.request('POST', `/content-manager/collection-types/${REPORT}`, { description: `Ej mejlad ${randomUUID()}`, reporterLocale: 'sv', mailSent: false });
    expect(unsent.status, await unsent.clone().text()).toBe(201);
    const { documentId } = ((await unsent.json()) as { data: { documentId: string } }).data;
    const list = (await (await admin.request('GET', '/admin/review-list')).json()) as {
      data: { accessibilityShortcomingsIncomplete: { locale: string; content: string; missing: string[] }[]; accessibilityReportsUnsent: string[] };
    };
    expect(list.data.accessibilityShortcomingsIncomplete).toEqual([{ locale: 'sv', content: 'Videon saknar undertexter.', missing: ['criterion', 'reason'] }]);
    expect(list.data.accessibilityReportsUnsent).toContain(documentId);
  });

  it('the request guard limits the body of the form: a full form fits, a 10 MB post is refused at once', async () => {
    // Every field at its maximum, in characters that take the most bytes once form-encoded.
    const full = await postForm('/tillganglighet', { description: 'å'.repeat(5000), pageUrl: `/${'ä'.repeat(499)}`, email: `${'a'.repeat(60)}@example.invalid` });
    expect(full.status).toBe(303);
    const huge = await fetch(`${web.url}/tillganglighet`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: web.url, 'sec-fetch-site': 'same-origin' },
      body: `description=${'a'.repeat(10 * 1024 * 1024)}`,
    });
    expect(huge.status).toBe(413);
  });

  it('the public and the read-only token cannot read reports, by REST or GraphQL', async () => {
    const text = (await reports())[0]!.description;
    for (const token of [undefined, cms.readToken, cms.submissionToken]) {
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      for (const path of ['/api/accessibility-reports', '/api/accessibility-reports?status=draft']) {
        const response = await fetch(`${cms.url}${path}`, { headers });
        expect([403, 404, 405]).toContain(response.status);
        expect(await response.text()).not.toContain(text);
      }
      const graphql = await fetch(`${cms.url}/graphql`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ accessibilityReports { description email } }' }),
      });
      expect(await graphql.text()).not.toContain(text);
    }
    // Nor without the submission token can anyone send one straight to the CMS.
    for (const token of [undefined, cms.readToken]) {
      const response = await fetch(`${cms.url}/api/accessibility-reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ description: 'direkt' }),
      });
      expect(response.status).toBe(403);
    }
  });
});
