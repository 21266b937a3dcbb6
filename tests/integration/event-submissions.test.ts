import { randomUUID } from 'node:crypto';
import { verifyPreviewToken } from '@stodportalen/shared/server';
import { describe, expect, it } from 'vitest';
import { graphql, type RunningCms } from '../support/cms';
import { clientKey, localDateTime, validPayload } from '../support/event-tips';
import { waitFor } from '../support/process.mjs';
import type { TestSmtp } from '../support/smtp';
import { createDocument, usePortalStack, type AdminSession } from '../support/stack';
import type { RunningWeb } from '../support/web';

// Partner event submissions against a real Strapi that mails through a real SMTP server.

const MODERATOR = 'kommunikator@karlskoga.invalid';
const PREVIEW_SECRET = 'preview-secret-for-tests-0123456789';
const EVENT = 'api::event.event';

type AdminEvent = {
  documentId: string;
  title: string;
  slug: string;
  status: string;
  publishedAt: string | null;
  moderationStatus: string;
  moderatorNote: string | null;
  submitterName: string | null;
  submitterEmail: string | null;
  submissionKey: string | null;
  publishAt: string | null;
  organiserName: string | null;
  description: unknown;
  venue?: { name?: string | null; address?: string | null; city?: string | null } | null;
};


describe('partner event submissions', () => {
  let cms: RunningCms;
  let smtp: TestSmtp;
  let admin: AdminSession;
  let web: RunningWeb;

  const submit = (body: unknown, options: { key?: string; token?: string | null; raw?: boolean } = {}) =>
    fetch(`${cms.url}/api/event-submissions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-stodportalen-client': options.key ?? clientKey(randomUUID()),
        ...(options.token === null ? {} : { authorization: `Bearer ${options.token ?? cms.submissionToken}` }),
      },
      body: options.raw && typeof body === 'string' ? body : JSON.stringify(body),
    });

  /** Every event version the admin sees (drafts with their status), optionally filtered by title prefix. */
  async function adminEvents(titlePrefix?: string): Promise<AdminEvent[]> {
    const all: AdminEvent[] = [];
    for (let page = 1; ; page += 1) {
      const filter = titlePrefix ? `&filters[$and][0][title][$startsWith]=${encodeURIComponent(titlePrefix)}` : '';
      const response = await admin.request('GET', `/content-manager/collection-types/${EVENT}?page=${page}&pageSize=100&locale=sv${filter}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { results: AdminEvent[]; pagination: { pageCount: number } };
      all.push(...body.results);
      if (page >= body.pagination.pageCount) return all;
    }
  }

  async function adminEvent(documentId: string): Promise<AdminEvent> {
    const response = await admin.request('GET', `/content-manager/collection-types/${EVENT}/${documentId}?locale=sv`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { data: AdminEvent }).data;
  }

  async function publicTitles(): Promise<string[]> {
    const rest = await fetch(`${cms.url}/api/events?pagination[pageSize]=100&status=draft`);
    const restTitles = ((await rest.json()) as { data: { title: string }[] }).data.map((event) => event.title);
    const gql = await graphql<{ events: { title: string }[] }>(cms, 'query { events(status: DRAFT, pagination: { limit: 100 }) { title } }', { token: cms.readToken });
    return [...restTitles, ...(gql.data?.events ?? []).map((event) => event.title)];
  }

  async function submitOk(payload: Record<string, unknown>): Promise<string> {
    const response = await submit(payload);
    expect(response.status).toBe(201);
    return ((await response.json()) as { data: { reference: string } }).data.reference;
  }

  /**
   * Waits until the moderator's mail about a tip sent now has arrived. Mails go out after the
   * response, in the order they were started: a mail an earlier request would have sent (and must
   * not have) has had its time to arrive by then, without a fixed sleep.
   */
  async function laterMailArrived(): Promise<void> {
    const title = `Kontrollmejl ${randomUUID()}`;
    await submitOk(validPayload({ title }));
    await smtp.waitFor((mail) => mail.to.includes(MODERATOR) && mail.subject.endsWith(title));
  }

  usePortalStack({
    smtp: true,
    cmsEnv: {
      MODERATOR_EMAILS: MODERATOR,
      WEB_URL: 'https://portal.example.invalid',
      // Every other second instead of every minute and daily, so the tests need not wait.
      SCHEDULED_PUBLISH_CRON: '*/2 * * * * *',
      SUBMISSION_RETENTION_CRON: '*/2 * * * * *',
      SUBMISSION_RETENTION_DAYS: '30',
      PREVIEW_SECRET: PREVIEW_SECRET,
    },
    // The web's form in front of the CMS, for the receipt page.
    web: { env: (running) => ({ CMS_SUBMISSION_TOKEN: running.submissionToken, CMS_TIMEOUT_MS: '10000' }) },
  }, (stack) => {
    cms = stack.cms;
    admin = stack.admin;
    smtp = stack.smtp!;
    web = stack.web!;
  });

  it('only the submission token may submit; it can do nothing else', async () => {
    const payload = validPayload();
    expect((await submit(payload, { token: null })).status).toBe(403);
    expect((await submit(payload, { token: cms.readToken })).status).toBe(403);
    expect([401, 403]).toContain((await submit(payload, { token: 'wrong-token' })).status);
    const read = await fetch(`${cms.url}/api/events`, { headers: { authorization: `Bearer ${cms.submissionToken}` } });
    expect(read.status).toBe(403);
    const core = await fetch(`${cms.url}/api/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cms.submissionToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ data: { title: 'x' } }),
    });
    expect([403, 405]).toContain(core.status);
    expect(await adminEvents(String(payload.title))).toHaveLength(0);
  });

  it('a submission creates exactly one draft, pending review, that the public cannot see; communicators get a mail', async () => {
    const payload = validPayload({ title: 'Utbildning om sugardejting för skolpersonal' });
    const reference = await submitOk(payload);
    const events = await adminEvents('Utbildning om sugardejting');
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      documentId: reference,
      status: 'draft',
      publishedAt: null,
      moderationStatus: 'pending',
      submitterName: 'Anna Andersson',
      submitterEmail: payload.contactEmail,
      organiserName: 'Föreningen Exempel',
    });
    expect(event!.description).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Om människohandel och hur vi känner igen den.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Fri entré.' }] },
    ]);
    expect(await publicTitles()).not.toContain(payload.title);

    const [mail] = await smtp.waitFor((m) => m.to.includes(MODERATOR) && m.subject.includes('Utbildning om sugardejting'));
    expect(mail!.subject).toBe('Nytt evenemang att granska: Utbildning om sugardejting för skolpersonal');
    expect(mail!.text).toContain(`/admin/content-manager/collection-types/api::event.event/${reference}`);
    expect(mail!.text).not.toContain(String(payload.contactEmail));

    // The partner's receipt: the reference and a summary of what was sent.
    const [receipt] = await smtp.waitFor((m) => m.to.includes(String(payload.contactEmail)));
    expect(receipt!.subject).toBe('Vi har fått ditt tips: Utbildning om sugardejting för skolpersonal');
    for (const line of [`Ditt referensnummer: ${reference}`, 'Evenemang: Utbildning om sugardejting för skolpersonal', 'Plats: Folkets hus, Karlskoga', 'Arrangör: Föreningen Exempel', `Kontakt: Anna Andersson, ${String(payload.contactEmail)}`]) {
      expect(receipt!.text).toContain(line);
    }
    expect(receipt!.text).toMatch(/Tid: .+ kl\. 18:00–20:00 \(svensk tid\)/);
  });

  it('the web form answers with the receipt itself: the CMS\'s reference (as in the receipt mail) and what was sent, escaped, in no URL, cache or log', async () => {
    const email = `kvitto.${randomUUID().slice(0, 8)}@example.invalid`;
    const form = new URLSearchParams({
      title: 'Kvittoprov: föreläsning om grooming',
      kind: 'lecture',
      startsAt: localDateTime(20, 18),
      endsAt: localDateTime(20, 20),
      venueName: 'Folkets hus',
      venueCity: 'Karlskoga',
      description: 'Text.',
      audiences: 'adults',
      organiserName: 'Föreningen A & B <b>Karlskoga</b>',
      contactName: 'Kim Kvitto',
      contactEmail: email,
      consent: 'yes',
      idempotencyKey: randomUUID(),
    });
    const post = () =>
      fetch(`${web.url}/kalender/tipsa`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    const response = await post();
    // The receipt is the POST's own answer: no redirect, so nothing of the tip goes into an address.
    expect(response.status).toBe(200);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
    const html = await response.text();
    const reference = /data-testid="tip-reference"[^>]*>([^<]+)</.exec(html)?.[1];
    expect(reference).toMatch(/^[a-z0-9]{20,}$/);
    expect(html).toContain('Tack! Vi har fått ditt tips');
    expect(html).toContain('Ditt referensnummer:');
    // The reference is the CMS's: the draft's document id, and the one the receipt mail carries.
    expect((await adminEvent(reference!)).title).toBe('Kvittoprov: föreläsning om grooming');
    const [mail] = await smtp.waitFor((m) => m.to.includes(email));
    expect(mail!.text).toContain(`Ditt referensnummer: ${reference}`);
    // The summary: only what the partner typed, escaped; the time in Swedish time.
    for (const part of ['Det här skickade du', 'Kvittoprov: föreläsning om grooming', 'Folkets hus, Karlskoga', 'Föreningen A &amp; B', email, '(svensk tid)']) {
      expect(html).toContain(part);
    }
    expect(html).toMatch(/kl\. 18\.00–20\.00/);
    expect(html).not.toContain('<b>Karlskoga');
    expect(html).not.toContain('Kim Kvitto');
    // SMTP is set up here: the receipt promises the decision mail and a communicator's review.
    expect(html).toContain('När vi har publicerat evenemanget får du ett mejl med en länk.');
    expect(html).toContain('En kommunikatör på kommunen läser tipset.');

    // The same form sent again (a reload after the receipt): the same receipt, and one draft.
    const again = await post();
    expect(again.status).toBe(200);
    expect(/data-testid="tip-reference"[^>]*>([^<]+)</.exec(await again.text())?.[1]).toBe(reference);
    expect(await adminEvents('Kvittoprov')).toHaveLength(1);
    // Neither the web nor the CMS logs the partner's e-mail.
    expect(web.log()).not.toContain(email);
    expect(cms.log()).not.toContain(email);
  });

  it('a payload that claims to be published still yields a draft', async () => {
    const title = 'Påstått publicerat evenemang';
    const reference = await submitOk(
      validPayload({ title, status: 'published', publishedAt: new Date().toISOString(), moderationStatus: 'approved', locale: 'sv' }),
    );
    const event = await adminEvent(reference);
    expect(event.status).toBe('draft');
    expect(event.publishedAt).toBeNull();
    expect(event.moderationStatus).toBe('pending');
    expect(await publicTitles()).not.toContain(title);
  });

  it('a filled honeypot is accepted and nothing is stored', async () => {
    const title = 'Honungsfälla från en robot';
    const response = await submit(validPayload({ title, website: 'https://spam.example.invalid' }));
    expect(response.status).toBe(202);
    expect(await adminEvents(title)).toHaveLength(0);
  });

  it('more than 5 tips from one partner in 10 minutes get 429 with Retry-After, from any address and however the e-mail is written', async () => {
    const partner = { organiserName: 'Föreningen Gränsprov', contactEmail: 'gransprov@example.invalid' };
    const spellings = [partner, { ...partner, contactEmail: 'Gransprov@Example.INVALID' }, { ...partner, organiserName: ' föreningen  gränsprov ' }];
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push((await submit(validPayload({ title: `Gränsprov ${i}`, ...spellings[i % 3] }), { key: clientKey(`partner address ${i}`) })).status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    const refused = await submit(validPayload({ title: 'Gränsprov 7', ...partner }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(500);
    expect(((await refused.json()) as { error: { name: string } }).error.name).toBe('RateLimitError');
    expect(await adminEvents('Gränsprov')).toHaveLength(5);
    // A colleague (another e-mail) at the same organisation is not affected.
    expect((await submit(validPayload({ title: 'Gränsprov kollega', ...partner, contactEmail: 'kollega@example.invalid' }))).status).toBe(201);
  });

  it('an office of colleagues behind one address sends 30 tips in 10 minutes; the 31st gets 429', async () => {
    const office = clientKey('one office network');
    const statuses = await Promise.all(
      Array.from({ length: 31 }, (_, i) => submit(validPayload({ title: `Kontorsprov ${String(i).padStart(2, '0')}` }), { key: office }).then((response) => response.status)),
    );
    expect(statuses.filter((status) => status === 201)).toHaveLength(30);
    expect(statuses.filter((status) => status === 429)).toHaveLength(1);
    expect(await adminEvents('Kontorsprov')).toHaveLength(30);
  });

  it('the same idempotency key twice (or five times at once) gives one draft', async () => {
    const payload = validPayload({ title: 'Dubbelklick på skicka' });
    const key = clientKey('double clicker');
    const first = await submit(payload, { key });
    const second = await submit(payload, { key });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    const references = [await first.json(), await second.json()].map((body) => (body as { data: { reference: string } }).data.reference);
    expect(references[0]).toBe(references[1]);

    const burst = validPayload({ title: 'Femdubbelklick på skicka' });
    const burstKey = clientKey('impatient clicker');
    const responses = await Promise.all(Array.from({ length: 5 }, () => submit(burst, { key: burstKey })));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(await adminEvents('Dubbelklick på skicka')).toHaveLength(1);
    expect(await adminEvents('Femdubbelklick på skicka')).toHaveLength(1);

    // The same form key from another client (a cached or copied form) is another tip, not a repeat.
    const shared = validPayload({ title: 'Samma formulär, två personer' });
    expect((await submit(shared, { key: clientKey('person one') })).status).toBe(201);
    expect((await submit(shared, { key: clientKey('person two') })).status).toBe(201);
    expect(await adminEvents('Samma formulär, två personer')).toHaveLength(2);
  });

  it('the same idempotency key with other content is a 409 conflict; only the first tip is kept', async () => {
    const key = clientKey('went back and edited');
    const first = validPayload({ title: 'Första versionen av tipset' });
    const edited = { ...first, title: 'Andra versionen av tipset', description: 'Ändrad text.' };
    const created = await submit(first, { key });
    expect(created.status).toBe(201);
    const reference = ((await created.json()) as { data: { reference: string } }).data.reference;

    const conflict = await submit(edited, { key });
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({ data: null, error: { status: 409, name: 'ConflictError', details: { errors: { form: 'form.conflict' } } } });
    // Another page language is not other content; the same content again is the same receipt.
    for (const again of [first, { ...first, locale: 'en' }]) {
      const repeat = await submit(again, { key });
      expect(repeat.status).toBe(200);
      expect(((await repeat.json()) as { data: { reference: string; duplicate: boolean } }).data).toMatchObject({ reference, duplicate: true });
    }
    expect(await adminEvents('Första versionen av tipset')).toHaveLength(1);
    expect(await adminEvents('Andra versionen av tipset')).toHaveLength(0);
  });

  it('invisible characters (zero-width space and the like) are removed before a tip is stored', async () => {
    const response = await submit(validPayload({ title: 'Osynliga\u200B tecken\u2060 i\uFEFF titeln\u00AD', organiserName: '\u200BFöreningen\u200E Exempel' }));
    expect(response.status).toBe(201);
    const [stored] = await adminEvents('Osynliga');
    expect(stored?.title).toBe('Osynliga tecken i titeln');
    expect(stored?.organiserName).toBe('Föreningen Exempel');
    const onlyInvisible = await submit(validPayload({ title: '\u200B\u200B\u2060' }));
    expect(onlyInvisible.status).toBe(400);
    expect(await onlyInvisible.json()).toMatchObject({ error: { details: { errors: { title: 'title.required' } } } });
  });

  it('200 concurrent submissions from distinct clients: exactly 200 drafts, 0 published, 0 lost', async () => {
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => submit(validPayload({ title: `Samtidigt ${String(i).padStart(3, '0')}` }), { key: clientKey(`concurrent ${i}`) })),
    );
    const elapsedMs = Date.now() - started;
    const statuses = responses.map((r) => r.status);
    const references = new Set(await Promise.all(responses.map(async (r) => ((await r.json()) as { data?: { reference?: string } }).data?.reference)));
    const stored = await adminEvents('Samtidigt ');
    const drafts = stored.filter((event) => event.status === 'draft' && event.publishedAt === null && event.moderationStatus === 'pending');
    const published = stored.filter((event) => event.publishedAt !== null || event.status !== 'draft');
    const publicSeen = (await publicTitles()).filter((title) => title.startsWith('Samtidigt '));
    const titles = new Set(stored.map((event) => event.title));
    const lost = Array.from({ length: 200 }, (_, i) => `Samtidigt ${String(i).padStart(3, '0')}`).filter((title) => !titles.has(title));
    const slugs = new Set(stored.map((event) => event.slug));
    const isOurs = (m: { to: string[]; subject: string }) => m.to.includes(MODERATOR) && m.subject.startsWith('Nytt evenemang att granska: Samtidigt ');
    await smtp.waitFor(isOurs, { count: 200, timeoutMs: 60_000 });
    // No 201st (a duplicate) is on its way.
    await laterMailArrived();
    const mails = smtp.mails.filter(isOurs);
    console.log(
      `[concurrency] 200 concurrent submissions in ${elapsedMs} ms: ${statuses.filter((s) => s === 201).length}× 201, ` +
        `${statuses.filter((s) => s !== 201).length} other; distinct references ${references.size}; stored ${stored.length}, ` +
        `drafts pending ${drafts.length}, published ${published.length}, seen by the public ${publicSeen.length}, lost ${lost.length}, ` +
        `distinct slugs ${slugs.size}; moderator mails ${mails.length}`,
    );
    expect(statuses.every((s) => s === 201)).toBe(true);
    expect(references.size).toBe(200);
    expect(stored).toHaveLength(200);
    expect(drafts).toHaveLength(200);
    expect(published).toHaveLength(0);
    expect(publicSeen).toHaveLength(0);
    expect(lost).toEqual([]);
    expect(slugs.size).toBe(200);
    expect(mails).toHaveLength(200);
  }, 120_000);

  it('1,000 malformed payloads: no 5xx and no stored markup', async () => {
    const payloads = generateMalformedPayloads(1000, validPayload);
    const statuses = new Map<number, number>();
    let serverErrors = 0;
    const accepted: string[] = [];
    for (let i = 0; i < payloads.length; i += 25) {
      const batch = payloads.slice(i, i + 25);
      const responses = await Promise.all(batch.map((payload, j) => submit(payload.body, { key: clientKey(`fuzz ${i + j}`), raw: payload.raw })));
      for (const response of responses) {
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500) serverErrors += 1;
        const body = (await response.json().catch(() => null)) as { data?: { reference?: string } } | null;
        if (response.status === 201 && body?.data?.reference) accepted.push(body.data.reference);
      }
    }
    const events = await adminEvents();
    const markup = /<\s*\/?\s*[a-z!?]/i;
    const withMarkup = events.filter((event) =>
      [event.title, event.organiserName, JSON.stringify(event.description), JSON.stringify(event.venue ?? null)].some(
        (value) => typeof value === 'string' && markup.test(value),
      ),
    );
    const acceptedStored = events.filter((event) => accepted.includes(event.documentId));
    console.log(
      `[fuzz] ${payloads.length} malformed payloads: status counts ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; ` +
        `5xx ${serverErrors}; accepted after cleaning ${accepted.length} (stored ${acceptedStored.length}, all drafts: ${acceptedStored.every((e) => e.status === 'draft')}); ` +
        `events with markup in stored text ${withMarkup.length} of ${events.length}`,
    );
    expect(serverErrors).toBe(0);
    expect(withMarkup.map((event) => event.title)).toEqual([]);
    expect(acceptedStored).toHaveLength(accepted.length);
    expect(acceptedStored.every((event) => event.status === 'draft' && event.moderationStatus === 'pending')).toBe(true);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(800);
  }, 180_000);

  it('approval (publishing in the admin) makes the event public and mails the submitter', async () => {
    const title = 'Godkänd föreläsning om människohandel';
    const reference = await submitOk(validPayload({ title, contactEmail: 'godkand@example.invalid', contactName: 'Gustav' }));
    const response = await admin.request('POST', `/content-manager/collection-types/${EVENT}/${reference}/actions/publish?locale=sv`, {});
    expect(response.status).toBe(200);
    const event = await adminEvent(reference);
    expect(event.moderationStatus).toBe('approved');
    // The admin shows the draft version, with the document's status.
    expect(event.status).toBe('published');

    const rest = await fetch(`${cms.url}/api/events?filters[documentId][$eq]=${reference}`);
    const body = (await rest.json()) as { data: Record<string, unknown>[] };
    expect(body.data.map((e) => e.title)).toEqual([title]);
    expect(JSON.stringify(body)).not.toMatch(/godkand@example|submitter|moderation|submissionKey/);
    const gql = await graphql<{ events: { title: string }[] }>(cms, `query { events(filters: { documentId: { eq: "${reference}" } }) { title } }`, { token: cms.readToken });
    expect(gql.data?.events.map((e) => e.title)).toEqual([title]);

    const [mail] = await smtp.waitFor((m) => m.to.includes('godkand@example.invalid') && m.subject.startsWith('Ditt evenemang'));
    expect(mail!.subject).toBe(`Ditt evenemang är publicerat: ${title}`);
    expect(mail!.text).toContain(`https://portal.example.invalid/kalender/${event.slug}`);
    expect(mail!.text).toContain('Hej Gustav!');
    expect(mail!.text).toContain('30 dagar efter evenemanget');
    // Publishing again (e.g. after an edit) sends no second mail.
    expect((await admin.request('POST', `/content-manager/collection-types/${EVENT}/${reference}/actions/publish?locale=sv`, {})).status).toBe(200);
    await laterMailArrived();
    expect(smtp.mails.filter((m) => m.to.includes('godkand@example.invalid') && m.subject.startsWith('Ditt evenemang'))).toHaveLength(1);
  });

  it('rejection keeps the event unpublished, mails the submitter with the note, and blocks publishing', async () => {
    const title = 'Avvisat evenemang i fel kommun';
    const reference = await submitOk(validPayload({ title, contactEmail: 'avvisad@example.invalid', locale: 'en', contactName: 'Robin' }));
    const note = 'Evenemanget äger rum utanför Karlskoga.';
    const response = await admin.request('PUT', `/content-manager/collection-types/${EVENT}/${reference}?locale=sv`, { moderationStatus: 'rejected', moderatorNote: note });
    expect(response.status).toBe(200);
    const event = await adminEvent(reference);
    expect(event.moderationStatus).toBe('rejected');
    expect(event.publishedAt).toBeNull();
    expect(await publicTitles()).not.toContain(title);

    const [mail] = await smtp.waitFor((m) => m.to.includes('avvisad@example.invalid') && m.subject.startsWith('Your event'));
    expect(mail!.subject).toBe(`Your event will not be published: ${title}`);
    expect(mail!.text).toContain(note);
    expect(mail!.text).toContain('Hello Robin,');

    const publish = await admin.request('POST', `/content-manager/collection-types/${EVENT}/${reference}/actions/publish?locale=sv`, {});
    expect(publish.status).toBe(400);
    expect(await publicTitles()).not.toContain(title);
  });

  it('scheduled publishing publishes due drafts of events and campaigns, and leaves future ones', async () => {
    const due = await submitOk(validPayload({ title: 'Schemalagt evenemang som ska ut nu' }));
    const future = await submitOk(validPayload({ title: 'Schemalagt evenemang för nästa år' }));
    const soon = new Date(Date.now() + 1000).toISOString();
    expect((await admin.request('PUT', `/content-manager/collection-types/${EVENT}/${due}?locale=sv`, { publishAt: soon })).status).toBe(200);
    expect(
      (await admin.request('PUT', `/content-manager/collection-types/${EVENT}/${future}?locale=sv`, { publishAt: new Date(Date.now() + 365 * 86_400_000).toISOString() })).status,
    ).toBe(200);
    const campaign = await admin.request('POST', '/content-manager/collection-types/api::campaign.campaign?locale=sv', {
      title: 'Schemalagd kampanj',
      startsOn: '2027-03-01',
      lede: 'En kampanj som publiceras av sig själv.',
      publishAt: soon,
    });
    expect(campaign.status).toBe(201);

    // The scheduler clears publishAt right after publishing: wait for both (on PostgreSQL the
    // second write can come a poll later).
    const published = await waitFor(
      async () => {
        const event = await adminEvent(due);
        return event.status === 'published' && event.publishAt === null ? event : null;
      },
      { timeoutMs: 20_000, intervalMs: 500, message: 'the due event was not published' },
    );
    expect(published?.status).toBe('published');
    expect(published?.publishAt).toBeNull();
    expect(published?.moderationStatus).toBe('approved');
    expect(await publicTitles()).toContain('Schemalagt evenemang som ska ut nu');
    expect(await publicTitles()).not.toContain('Schemalagt evenemang för nästa år');
    // The same run (or the next, every 2 s) publishes the campaign: wait for it as for the event.
    const publishedCampaigns = async () =>
      ((await (await fetch(`${cms.url}/api/campaigns?filters[title][$eq]=${encodeURIComponent('Schemalagd kampanj')}`)).json()) as { data: unknown[] }).data;
    await waitFor(async () => (await publishedCampaigns()).length > 0, { timeoutMs: 10_000, intervalMs: 500 }).catch(() => undefined);
    expect(await publishedCampaigns()).toHaveLength(1);
  }, 40_000);

  it('removes the submitter details 30 days after the event ended, not before', async () => {
    const create = (title: string, daysAgo: number) =>
      createDocument(admin, EVENT, {
        title,
        kind: 'meeting',
        startsAt: new Date(Date.now() - (daysAgo + 1) * 86_400_000).toISOString(),
        endsAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
        moderationStatus: 'approved',
        submitterName: 'Gammal Kontakt',
        submitterEmail: 'gammal@example.invalid',
      });
    const old = await create('Möte som slutade för 31 dagar sedan', 31);
    const recent = await create('Möte som slutade för 29 dagar sedan', 29);
    await waitFor(async () => (await adminEvent(old)).submitterEmail === null, { timeoutMs: 20_000, intervalMs: 500, message: 'the retention did not clear the old event' });
    expect(await adminEvent(old)).toMatchObject({ submitterName: null, submitterEmail: null });
    expect(await adminEvent(recent)).toMatchObject({ submitterName: 'Gammal Kontakt', submitterEmail: 'gammal@example.invalid' });
  }, 40_000);

  it('communicators find tips waiting for review as a filtered list, with the status as a column', async () => {
    await submitOk(validPayload({ title: 'Väntar på granskning i listan' }));
    const configuration = (await (await admin.request('GET', `/content-manager/content-types/${EVENT}/configuration`)).json()) as {
      data: { contentType: { layouts: { list: string[] }; metadatas: Record<string, { list: { label: string } }> } };
    };
    expect(configuration.data.contentType.layouts.list).toContain('moderationStatus');
    expect(configuration.data.contentType.metadatas.moderationStatus?.list.label).toBe('Granskning');
    const pendingWithTitle = async (title: string) => {
      const response = await admin.request(
        'GET',
        `/content-manager/collection-types/${EVENT}?page=1&pageSize=100&locale=sv&filters[$and][0][moderationStatus][$eq]=pending&filters[$and][1][title][$eq]=${encodeURIComponent(title)}`,
      );
      return ((await response.json()) as { results: AdminEvent[] }).results;
    };
    expect((await pendingWithTitle('Väntar på granskning i listan')).map((event) => event.moderationStatus)).toEqual(['pending']);
    const approved = 'Godkänd i listan';
    const reference = await submitOk(validPayload({ title: approved }));
    expect(await pendingWithTitle(approved)).toHaveLength(1);
    expect((await admin.request('POST', `/content-manager/collection-types/${EVENT}/${reference}/actions/publish?locale=sv`, {})).status).toBe(200);
    expect(await pendingWithTitle(approved)).toHaveLength(0);
  });

  it('draft preview: the admin links to the web with a signed token, and only that token reads the draft (public fields only)', async () => {
    const title = 'Utkast att förhandsvisa';
    const reference = await submitOk(validPayload({ title }));
    const urlResponse = await admin.request('GET', `/content-manager/preview/url/${EVENT}?documentId=${reference}&locale=sv&status=draft`);
    expect(urlResponse.status).toBe(200);
    const previewUrl = new URL(((await urlResponse.json()) as { data: { url: string } }).data.url);
    expect(`${previewUrl.origin}${previewUrl.pathname}`).toBe('https://portal.example.invalid/forhandsvisning');
    // Only a short-lived token for this document travels in the URL, never the secret.
    expect([...previewUrl.searchParams.keys()]).toEqual(['token']);
    expect(previewUrl.href).not.toContain(PREVIEW_SECRET);
    const token = previewUrl.searchParams.get('token')!;
    const check = await verifyPreviewToken(token, PREVIEW_SECRET);
    expect(check.ok && check.claims).toMatchObject({ type: 'event', documentId: reference, locale: 'sv' });

    const preview = (headers: Record<string, string>, id = reference) => fetch(`${cms.url}/api/previews/event/${id}?locale=sv`, { headers });
    expect((await preview({})).status).toBe(404);
    // The shared secret itself no longer opens a draft.
    expect((await preview({ 'x-preview-secret': PREVIEW_SECRET })).status).toBe(404);
    expect((await preview({ 'x-preview-token': 'wrong-token' })).status).toBe(404);
    expect((await fetch(`${cms.url}/api/previews/event/${reference}`, { headers: { authorization: `Bearer ${cms.readToken}` } })).status).toBe(404);
    expect((await preview({ 'x-preview-token': token }, 'doesnotexist123')).status).toBe(404);
    const response = await preview({ 'x-preview-token': token });
    expect(response.status).toBe(200);
    const body = await response.text();
    expect((JSON.parse(body) as { data: { title: string; venue: { name: string } } }).data).toMatchObject({ title, venue: { name: 'Folkets hus' } });
    expect(body).not.toMatch(/submitter|moderation|submissionKey|anna[.@][^"]*example/);
    // The published-only rule still holds everywhere else.
    expect((await fetch(`${cms.url}/api/events/${reference}?status=draft`)).status).toBe(404);
    expect(await publicTitles()).not.toContain(title);
  });

  it('the Kommunikatör role exists with create, read, update, delete and publish on the editorial types', async () => {
    const roles = (await (await admin.request('GET', '/admin/roles')).json()) as { data: { id: number; name: string; code: string }[] };
    const role = roles.data.find((r) => r.name === 'Kommunikatör');
    expect(role).toBeDefined();
    const permissions = (await (await admin.request('GET', `/admin/roles/${role!.id}/permissions`)).json()) as {
      data: { action: string; subject: string | null; properties: { locales?: string[]; fields?: string[] } }[];
    };
    const has = (action: string, subject: string) => permissions.data.some((p) => p.action === `plugin::content-manager.explorer.${action}` && p.subject === subject);
    for (const subject of ['api::event.event', 'api::campaign.campaign', 'api::page.page', 'api::support-resource.support-resource', 'api::follow-up.follow-up']) {
      for (const action of ['create', 'read', 'update', 'delete', 'publish']) expect(has(action, subject), `${action} ${subject}`).toBe(true);
    }
    expect(has('read', 'api::organisation.organisation')).toBe(true);
    expect(has('update', 'api::plan.plan')).toBe(false);
    // The plan's activities: status and follow-up only; no new activities, none removed, no rewording.
    for (const action of ['read', 'update', 'publish']) expect(has(action, 'api::activity.activity'), `${action} activity`).toBe(true);
    for (const action of ['create', 'delete']) expect(has(action, 'api::activity.activity'), `${action} activity`).toBe(false);
    const activityUpdate = permissions.data.find((p) => p.action === 'plugin::content-manager.explorer.update' && p.subject === 'api::activity.activity');
    expect(activityUpdate?.properties.fields).toEqual(expect.arrayContaining(['status', 'followUps']));
    expect(activityUpdate?.properties.fields).not.toContain('title');
    expect(permissions.data.find((p) => p.subject === 'api::event.event')?.properties.locales).toEqual(expect.arrayContaining(['sv', 'en']));
  });
});

/** Deterministic pseudo-random numbers, so a failing fuzz case can be found again. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Payloads a person or a bot could send: wrong types, oversized fields, markup, invalid dates,
 * end before start, Unicode edge cases, bad URLs, and bodies that are not objects or not JSON.
 */
function generateMalformedPayloads(count: number, valid: (overrides?: Record<string, unknown>) => Record<string, unknown>): { body: unknown; raw: boolean }[] {
  const random = prng(20260401);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const fields = ['title', 'kind', 'startsAt', 'endsAt', 'venueName', 'venueAddress', 'venueCity', 'onlineUrl', 'description', 'audiences', 'organiserId', 'organiserName', 'contactName', 'contactEmail', 'registrationUrl', 'consent', 'idempotencyKey', 'locale'];
  const wrongTypes: unknown[] = [42, -1, Number.POSITIVE_INFINITY, true, false, null, [], ['a', 'b'], {}, { $gt: '' }, { toString: 'x' }, [{ nested: [1, 2, 3] }]];
  const markup = [
    '<script>alert(1)</script>Möte',
    'Möte<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">klicka</a>',
    '<!-- kommentar -->Möte<!--',
    '<svg/onload=alert(1)>',
    '<scr<script>ipt>alert(1)</script>',
    '<<b>b>fet</b>',
    '<iframe src="https://evil.example">',
    'Möte <script',
    '<style>body{display:none}</style>Text',
    '"><script>alert(document.cookie)</script>',
    '<p onclick="x()">stycke</p>',
  ];
  const badDates = ['2026-02-30T10:00', 'i morgon', '99999-01-01T10:00', '2026-13-01T10:00', '2026-01-01T25:00', '2030-01-01T10:00:00Z', '0000-00-00T00:00', '', '   ', '2026-01-01', '1970-01-01T00:00', 'NaN', '2026-01-01T10:00<script>'];
  const unicode = [
    '\u0000\u0001\u0002',
    'Möte\u202Eevil\u202C',
    '\uD800\uDC00\uD800',
    '\uDFFF ensam',
    '\u200B\u200C\u200D\uFEFF',
    '👩🏽‍💻'.repeat(150),
    'e\u0301'.repeat(120),
    'مرحبا بالعالم '.repeat(30),
    'ｓｃｒｉｐｔ＜＞',
    '\u{10FFFF}\u{E0001}',
    'Z̷̛̙̪a̸l̵g̷o̴'.repeat(40),
    '\r\n\r\n\r\n',
  ];
  const badUrls = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org', 'http://', 'https://exa mple.org', '//evil.example', 'vbscript:msgbox', 'java\nscript:alert(1)', 'http://' + 'a'.repeat(600) + '.example'];
  const payloads: { body: unknown; raw: boolean }[] = [];
  for (let i = 0; i < count; i += 1) {
    const payload = valid({ title: `Fuzz ${i}` });
    const kind = i % 10;
    const field = pick(fields);
    switch (kind) {
      case 0: // wrong type
        payload[field] = pick(wrongTypes);
        payload.kind = pick([...wrongTypes, 'party']);
        break;
      case 1: // oversized
        payload[field] = pick(['x', 'å', '<b>', '😀']).repeat(pick([201, 301, 501, 5001, 20_000, 200_000]));
        payload.contactEmail = `${'a'.repeat(250)}@example.org`;
        break;
      case 2: // markup: with another fault, so most are refused; some only carry markup and are stored cleaned
        payload.title = pick(markup);
        payload.description = `${pick(markup)}\n\n${pick(markup)}`;
        payload.organiserName = pick(markup);
        payload.venueName = pick(markup);
        if (random() < 0.7) payload.consent = pick(['no', '', undefined]);
        break;
      case 3: // invalid dates
        payload.startsAt = pick(badDates);
        payload.endsAt = pick(badDates);
        break;
      case 4: // end before start
        payload.endsAt = payload.startsAt;
        payload.startsAt = localDateTime(14, 21);
        break;
      case 5: // unicode edge cases, plus a refused field
        payload.title = pick(unicode);
        payload.description = pick(unicode);
        payload.contactName = pick(unicode);
        payload.organiserName = pick(unicode);
        payload.contactEmail = pick(['ingen-snabel-a', 'a@b', '<a@b.se>', 'åsa@exempel', '']);
        break;
      case 6: // URLs that are not http(s)
        payload.registrationUrl = pick(badUrls);
        payload.onlineUrl = pick(badUrls);
        payload.venueName = '';
        break;
      case 7: // missing required fields
        for (const name of fields) if (random() < 0.4) delete payload[name];
        payload.consent = undefined;
        break;
      case 8: // not an object at all
        payloads.push({ body: pick([null, 42, 'text', [], [payload], true]), raw: false });
        continue;
      default: // not JSON, or JSON with a trap
        payloads.push({ body: pick(['{', '{"title": "x",}', '[1,2', 'title=Möte&kind=lecture', '{"__proto__": {"admin": true}}', '\u0000']), raw: true });
        continue;
    }
    payloads.push({ body: payload, raw: false });
  }
  return payloads;
}
