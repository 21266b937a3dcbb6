import { randomUUID } from 'node:crypto';
import { TIP_CONSENT_VERSION } from '@stodportalen/shared';
import { describe, expect, it } from 'vitest';
import { graphql, type RunningCms } from '../support/cms';
import { clientKey, localDateTime } from '../support/event-tips';
import { waitFor } from '../support/process.mjs';
import type { TestSmtp } from '../support/smtp';
import { createDocument, usePortalStack, type AdminSession } from '../support/stack';

// The tip data lifecycle against a real Strapi and a real SMTP sink (issue 11): the consent record,
// the moderator's note cleared with the contact details, rejected tips cleared N days after the
// decision, the contact for early deletion in the mails, and the admin's view of it all.

const EVENT = 'api::event.event';
const DAY = 86_400_000;
const REQUEST_CONTACT = 'dataskydd@karlskoga.invalid';

type AdminEvent = {
  documentId: string;
  moderationStatus: string;
  moderatorNote: string | null;
  moderatedAt: string | null;
  submitterName: string | null;
  submitterEmail: string | null;
  submitterLocale: string | null;
  consentVersion: string | null;
  consentedAt: string | null;
};

type PrivacyStatus = {
  missingFields: string[];
  mailEnabled: boolean;
  retention: { afterEventDays: number; afterRejectionDays: number; accessibilityReportDays: number };
  retentionWithoutDecision: boolean;
};

function payload(title: string, daysAhead: number, email: string): Record<string, unknown> {
  return {
    title,
    kind: 'lecture',
    startsAt: localDateTime(daysAhead, 18),
    endsAt: localDateTime(daysAhead, 20),
    venueName: 'Folkets hus',
    description: 'Text.',
    audiences: ['adults'],
    organiserName: 'Föreningen Exempel',
    contactName: 'Kim Kontakt',
    contactEmail: email,
    consent: 'yes',
    idempotencyKey: randomUUID(),
  };
}

describe('tip data: consent, retention, deletion contact', () => {
  let cms: RunningCms;
  let smtp: TestSmtp;
  let admin: AdminSession;

  const submit = async (body: Record<string, unknown>) => {
    const response = await fetch(`${cms.url}/api/event-submissions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-stodportalen-client': clientKey(randomUUID()),
        authorization: `Bearer ${cms.submissionToken}`,
      },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { data: { reference: string; mail: boolean } }).data;
  };
  const adminEvent = async (documentId: string): Promise<AdminEvent> => {
    const response = await admin.request('GET', `/content-manager/collection-types/${EVENT}/${documentId}?locale=sv`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { data: AdminEvent }).data;
  };
  /** A meeting with Kim's contact details, as a communicator enters it in the admin. */
  const createTipInAdmin = (fields: Record<string, unknown>) => createDocument(admin, EVENT, { kind: 'meeting', submitterName: 'Kim Kontakt', submitterLocale: 'sv', ...fields });
  const update = async (documentId: string, data: Record<string, unknown>) => {
    const response = await admin.request('PUT', `/content-manager/collection-types/${EVENT}/${documentId}?locale=sv`, data);
    expect(response.status).toBe(200);
  };
  const privacy = async (): Promise<PrivacyStatus> => {
    const response = await admin.request('GET', '/admin/review-list');
    expect(response.status).toBe(200);
    return ((await response.json()) as { data: { privacy: PrivacyStatus } }).data.privacy;
  };

  usePortalStack({
    smtp: true,
    cmsEnv: {
      MODERATOR_EMAILS: 'kommunikator@karlskoga.invalid',
      SUBMISSION_RETENTION_CRON: '*/2 * * * * *',
      SUBMISSION_RETENTION_DAYS: '30',
      REJECTED_TIP_RETENTION_DAYS: '2',
    },
  }, (stack) => {
    cms = stack.cms;
    admin = stack.admin;
    smtp = stack.smtp!;
  });

  it('records what the sender agreed to and when, in private fields', async () => {
    const before = Date.now();
    const { reference, mail } = await submit(payload('Samtyckesprov', 20, 'samtycke@example.invalid'));
    expect(mail).toBe(true);
    const event = await adminEvent(reference);
    expect(event.consentVersion).toBe(TIP_CONSENT_VERSION);
    expect(Date.parse(event.consentedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(event.consentedAt ?? '')).toBeLessThanOrEqual(Date.now() + 1000);
    // Never public.
    const gql = await graphql(cms, 'query { events(status: DRAFT) { consentVersion } }', { token: cms.readToken });
    expect(JSON.stringify(gql.errors ?? [])).toContain('consentVersion');
  });

  it('the admin sees the empty notice fields, that mail is on, and the retention settings; filled fields leave the list', async () => {
    const empty = await privacy();
    expect(empty.missingFields).toEqual([
      'privacyController',
      'privacyDpoContact',
      'privacyRequestContact',
      'privacyRetentionDecision',
      'privacyBackupRetention',
      'privacyLegalBasisLaw', 'privacyHostingProvider', 'privacyMailProvider', 'privacyTransfers',
    ]);
    expect(empty.mailEnabled).toBe(true);
    // The tip form asks the same question with the submission token before it promises a mail.
    const status = await fetch(`${cms.url}/api/event-submissions/status`, { headers: { authorization: `Bearer ${cms.submissionToken}` } });
    expect(await status.json()).toEqual({ data: { mail: true } });
    expect((await fetch(`${cms.url}/api/event-submissions/status`, { headers: { authorization: `Bearer ${cms.readToken}` } })).status).toBe(403);
    expect(empty.retention).toEqual({ afterEventDays: 30, afterRejectionDays: 2, accessibilityReportDays: 90 });
    // The retention job runs, but no removal decision is recorded: the editors are told.
    expect(empty.retentionWithoutDecision).toBe(true);

    expect((await admin.request('PUT', '/content-manager/single-types/api::site.site?locale=sv', { privacyController: 'Socialnämnden', privacyRequestContact: REQUEST_CONTACT })).status).toBe(200);
    // A saved draft is not yet what visitors read.
    expect((await privacy()).missingFields).toContain('privacyRequestContact');
    expect((await admin.request('POST', '/content-manager/single-types/api::site.site/actions/publish?locale=sv', {})).status).toBe(200);
    expect((await privacy()).missingFields).toEqual(['privacyDpoContact', 'privacyRetentionDecision', 'privacyBackupRetention', 'privacyLegalBasisLaw', 'privacyHostingProvider', 'privacyMailProvider', 'privacyTransfers']);
    expect((await privacy()).retentionWithoutDecision).toBe(true);
    expect((await admin.request('PUT', '/content-manager/single-types/api::site.site?locale=sv', { privacyRetentionDecision: 'Dnr 2026/1' })).status).toBe(200);
    expect((await admin.request('POST', '/content-manager/single-types/api::site.site/actions/publish?locale=sv', {})).status).toBe(200);
    expect((await privacy()).retentionWithoutDecision).toBe(false);
    const gql = await graphql<{ site: { privacyController: string; privacyRequestContact: string } }>(
      cms,
      'query { site(locale: "sv") { privacyController privacyRequestContact } }',
      { token: cms.readToken },
    );
    expect(gql.data?.site).toEqual({ privacyController: 'Socialnämnden', privacyRequestContact: REQUEST_CONTACT });
  });

  it('a rejected tip loses its contact details and the note N days after the decision, however far ahead the event is', async () => {
    const far = (await submit(payload('Avvisas, långt fram', 700, 'avvisad-gammal@example.invalid'))).reference;
    const fresh = (await submit(payload('Avvisas, nyss', 700, 'avvisad-ny@example.invalid'))).reference;
    for (const documentId of [far, fresh]) await update(documentId, { moderationStatus: 'rejected', moderatorNote: 'Ligger utanför kommunen. Kontakt: Kim.' });

    const rejected = await adminEvent(far);
    expect(Date.parse(rejected.moderatedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    // The rejection mail states the rule and names where to ask for early deletion.
    // The decision mail, not the receipt mail the tip got when it came in.
    const [mail] = await smtp.waitFor((m) => m.to.includes('avvisad-gammal@example.invalid') && m.subject.startsWith('Ditt evenemang publiceras inte'));
    expect(mail!.text).toContain('2 dagar efter det här beslutet');
    expect(mail!.text).toContain(`Skriv till ${REQUEST_CONTACT}`);

    // The decision three days ago: past the two days.
    await update(far, { moderatedAt: new Date(Date.now() - 3 * DAY).toISOString() });
    await waitFor(async () => (await adminEvent(far)).submitterEmail === null, { timeoutMs: 20_000, intervalMs: 500, message: 'the retention did not clear the rejected tip' });
    expect(await adminEvent(far)).toMatchObject({ submitterName: null, submitterEmail: null, submitterLocale: null, moderatorNote: null, moderationStatus: 'rejected' });
    // What was agreed to stays, no longer tied to anyone.
    expect((await adminEvent(far)).consentVersion).toBe(TIP_CONSENT_VERSION);
    expect(await adminEvent(fresh)).toMatchObject({ submitterEmail: 'avvisad-ny@example.invalid', moderatorNote: 'Ligger utanför kommunen. Kontakt: Kim.' });
  }, 60_000);

  it('a tip created as rejected in the admin gets its decision date, so the retention counts from it', async () => {
    const documentId = await createTipInAdmin({
      title: 'Avvisat direkt i admin',
      startsAt: new Date(Date.now() + 400 * DAY).toISOString(),
      endsAt: new Date(Date.now() + 400 * DAY + 3_600_000).toISOString(),
      moderationStatus: 'rejected',
      submitterEmail: 'avvisad-admin@example.invalid',
    });
    const event = await adminEvent(documentId);
    expect(Date.parse(event.moderatedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('clears the moderator note together with the contact details after an event ended', async () => {
    const documentId = await createTipInAdmin({
      title: 'Möte som slutade för 31 dagar sedan, med kommentar',
      startsAt: new Date(Date.now() - 32 * DAY).toISOString(),
      endsAt: new Date(Date.now() - 31 * DAY).toISOString(),
      moderationStatus: 'approved',
      moderatorNote: 'Ringde Kim på 070-000 00 00.',
      submitterEmail: 'slutat@example.invalid',
    });
    await waitFor(async () => (await adminEvent(documentId)).submitterEmail === null, { timeoutMs: 20_000, intervalMs: 500, message: 'the retention did not clear the ended event' });
    expect(await adminEvent(documentId)).toMatchObject({ submitterName: null, submitterEmail: null, submitterLocale: null, moderatorNote: null });
  }, 40_000);
});
