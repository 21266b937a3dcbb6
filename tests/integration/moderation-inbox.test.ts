// The communicators' moderation inbox on the admin API (issue 15): who may use it, the pending tips
// oldest first with their age, "Godkänn" and "Avvisa med motivering" with what became of the
// partner's mail (through a real SMTP sink), scheduled publications and the review list.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { communicatorSession, graphql, roleSession, type RunningCms } from '../support/cms';
import { clientKey, validPayload } from '../support/event-tips';
import type { TestSmtp } from '../support/smtp';
import { createDocument, startPortalStack, usePortalStack, type AdminSession } from '../support/stack';

const EVENT = 'api::event.event';
/** Each tip's partner has an address of its own (the per-partner rate limit); all start with this. */
const PARTNER = 'partner-inkorg';

type Inbox = {
  pending: { documentId: string; title: string; receivedAt: string; ageMinutes: number; organiser: string | null; hasEmail: boolean }[];
  pendingCount: number;
  scheduled: { count: number; items: { title: string; publishAt: string; type: string }[] };
  review: { intervalMonths: number; items: { title: string; reasons: string[] }[] };
  mailConfigured: boolean;
};
type Decision = { data: { documentId: string; moderationStatus: string; mail: string } | null; error?: { status: number; message: string } };

async function tip(cms: RunningCms, overrides: Record<string, unknown> = {}): Promise<{ documentId: string; title: string }> {
  const title = `Inkorgstips ${randomUUID().slice(0, 8)}`;
  const response = await fetch(`${cms.url}/api/event-submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-stodportalen-client': clientKey(randomUUID()), authorization: `Bearer ${cms.submissionToken}` },
    body: JSON.stringify(validPayload({ title, contactEmail: `${PARTNER}-${randomUUID().slice(0, 8)}@example.invalid`, ...overrides })),
  });
  expect(response.status).toBe(201);
  return { documentId: ((await response.json()) as { data: { reference: string } }).data.reference, title };
}

describe('the moderation inbox', () => {
  let cms: RunningCms;
  let smtp: TestSmtp;
  let admin: AdminSession;
  let communicator: AdminSession;

  usePortalStack({ smtp: true, cmsEnv: { MODERATOR_EMAILS: 'moderator-inkorg@example.invalid', SEED: 'false', WEB_URL: 'https://portal.example.invalid' } }, (stack) => {
    cms = stack.cms;
    admin = stack.admin;
    smtp = stack.smtp!;
  });

  const inbox = async (session: AdminSession = communicator): Promise<Inbox> => {
    const response = await session.request('GET', '/admin/moderation-inbox');
    expect(response.status).toBe(200);
    return ((await response.json()) as { data: Inbox }).data;
  };
  const decide = async (documentId: string, action: 'approve' | 'reject', body?: unknown, session: AdminSession = communicator) => {
    const response = await session.request('POST', `/admin/moderation-inbox/${documentId}/${action}`, body ?? {});
    return { status: response.status, body: (await response.json()) as Decision };
  };
  const adminEvent = async (documentId: string) => {
    const response = await admin.request('GET', `/content-manager/collection-types/${EVENT}/${documentId}?locale=sv`);
    return ((await response.json()) as { data: { moderationStatus: string; moderatorNote: string | null; publishedAt: string | null; slug: string } }).data;
  };

  it('is refused to the public, to API tokens and to roles that may not publish events', async () => {
    communicator = await communicatorSession(cms, admin, 'kim-inkorg@example.invalid');
    const author = await roleSession(cms, admin, 'Author', 'author-inkorg@example.invalid');
    const { documentId, title } = await tip(cms);
    const routes: [string, string][] = [
      ['GET', '/admin/moderation-inbox'],
      ['POST', `/admin/moderation-inbox/${documentId}/approve`],
      ['POST', `/admin/moderation-inbox/${documentId}/reject`],
    ];
    for (const [method, route] of routes) {
      for (const token of [null, cms.readToken, cms.submissionToken]) {
        const response = await fetch(`${cms.url}${route}`, {
          method,
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: method === 'POST' ? JSON.stringify({ reason: 'x' }) : undefined,
        });
        expect(response.status, `${method} ${route} with ${token ? 'a token' : 'no token'}`).toBe(401);
      }
      const byAuthor = await author.request(method, route, method === 'POST' ? { reason: 'x' } : undefined);
      expect(byAuthor.status, `${method} ${route} as Author`).toBe(403);
    }
    expect((await adminEvent(documentId)).moderationStatus).toBe('pending');
    expect(smtp.mails.filter((mail) => mail.subject.startsWith('Ditt evenemang') && mail.subject.endsWith(title))).toHaveLength(0);
  });

  it('lists pending tips oldest first with their age, and neither drafts nor decided tips', async () => {
    const first = await tip(cms);
    const second = await tip(cms);
    await createDocument(admin, EVENT, { title: `Eget utkast ${randomUUID().slice(0, 8)}`, kind: 'lecture', startsAt: '2030-05-01T16:00:00.000Z' });
    const { pending, pendingCount } = await inbox();
    const titles = pending.map((item) => item.title);
    expect(titles.indexOf(first.title)).toBeGreaterThanOrEqual(0);
    expect(titles.indexOf(first.title)).toBeLessThan(titles.indexOf(second.title));
    expect(titles.some((title) => title.startsWith('Eget utkast'))).toBe(false);
    expect(pendingCount).toBe(pending.length);
    const receivedAt = pending.map((item) => item.receivedAt);
    expect([...receivedAt].sort()).toEqual(receivedAt);
    const item = pending.find((candidate) => candidate.title === first.title)!;
    expect(item).toMatchObject({ organiser: 'Föreningen Exempel', hasEmail: true });
    expect(item.ageMinutes).toBeGreaterThanOrEqual(0);
    expect(item.ageMinutes).toBeLessThan(5);
  });

  it('"Godkänn" publishes the tip and mails the partner a link on the public URL; a double click mails once', async () => {
    const { documentId, title } = await tip(cms);
    const [first, second] = await Promise.all([decide(documentId, 'approve'), decide(documentId, 'approve')]);
    const answers = [first, second].sort((a, b) => a.status - b.status);
    expect(answers.map((answer) => answer.status)).toEqual([200, 409]);
    expect(answers[0]!.body.data).toEqual({ documentId, moderationStatus: 'approved', mail: 'sent' });
    expect(answers[1]!.body.error?.message).toBe('Tipset är redan godkänt. Inget nytt mejl skickades.');
    const event = await adminEvent(documentId);
    expect(event.moderationStatus).toBe('approved');
    const published = await graphql<{ events: { title: string }[] }>(cms, `query { events(filters: { title: { eq: "${title}" } }) { title } }`, { token: cms.readToken });
    expect(published.data?.events).toEqual([{ title }]);
    const [mail] = await smtp.waitFor((m) => m.to.some((to) => to.startsWith(PARTNER)) && m.subject === `Ditt evenemang är publicerat: ${title}`);
    expect(mail!.text).toContain(`https://portal.example.invalid/kalender/${event.slug}`);
    // A later mail has arrived: a second approval mail would have come before it.
    await decide((await tip(cms)).documentId, 'approve');
    await smtp.waitFor((m) => m.to.some((to) => to.startsWith(PARTNER)) && m.subject.startsWith('Ditt evenemang är publicerat: Inkorgstips') && !m.subject.endsWith(title));
    expect(smtp.mails.filter((m) => m.subject === `Ditt evenemang är publicerat: ${title}`)).toHaveLength(1);
    expect((await inbox()).pending.map((item) => item.documentId)).not.toContain(documentId);
  });

  it('"Avvisa med motivering" requires a reason, stores it, keeps the tip unpublished and mails it once', async () => {
    const { documentId, title } = await tip(cms);
    for (const body of [{}, { reason: '   ' }, { reason: 42 }]) {
      const refused = await decide(documentId, 'reject', body);
      expect(refused.status).toBe(400);
      expect(refused.body.error?.message).toBe('Skriv en motivering till den som tipsade.');
    }
    expect((await decide(documentId, 'reject', { reason: 'x'.repeat(2001) })).body.error?.message).toBe('Motiveringen får vara högst 2 000 tecken.');
    // Broken or odd bodies are the caller's error, never a 5xx.
    for (const body of ['{"reason": ', '[1,2,3]', 'null']) {
      const response = await fetch(`${cms.url}/admin/moderation-inbox/${documentId}/reject`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${communicator.token}` },
        body,
      });
      expect(response.status, body).toBe(400);
    }
    expect((await adminEvent(documentId)).moderationStatus).toBe('pending');

    const reason = 'Evenemanget ligger utanför Karlskoga och passar inte i kalendern.';
    const answers = await Promise.all([decide(documentId, 'reject', { reason }), decide(documentId, 'reject', { reason })]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(answers.find((answer) => answer.status === 200)!.body.data).toEqual({ documentId, moderationStatus: 'rejected', mail: 'sent' });
    const event = await adminEvent(documentId);
    expect(event).toMatchObject({ moderationStatus: 'rejected', moderatorNote: reason, publishedAt: null });
    const [mail] = await smtp.waitFor((m) => m.to.some((to) => to.startsWith(PARTNER)) && m.subject === `Ditt evenemang publiceras inte: ${title}`);
    expect(mail!.text).toContain(reason);
    // Approving it now is refused too: it stays rejected and unpublished.
    expect((await decide(documentId, 'approve')).status).toBe(409);
    expect((await adminEvent(documentId)).publishedAt).toBeNull();
    await decide((await tip(cms)).documentId, 'reject', { reason: 'Kontroll' });
    await smtp.waitFor((m) => m.to.some((to) => to.startsWith(PARTNER)) && m.text.includes('Kontroll'));
    expect(smtp.mails.filter((m) => m.subject === `Ditt evenemang publiceras inte: ${title}`)).toHaveLength(1);
  });

  it('says when the partner could not be mailed: no address', async () => {
    const { documentId } = await tip(cms);
    // An editor removes the address (the retention job does the same after a rejection).
    const rows = await admin.request('PUT', `/content-manager/collection-types/${EVENT}/${documentId}?locale=sv`, { submitterEmail: null });
    expect(rows.status).toBe(200);
    const answer = await decide(documentId, 'approve');
    expect(answer.body.data?.mail).toBe('no-address');
  });

  it('answers an unknown tip with 404 and an ordinary event (not a tip) likewise', async () => {
    expect((await decide('no-such-document-xx', 'approve')).status).toBe(404);
    const own = await createDocument(admin, EVENT, { title: `Eget evenemang ${randomUUID().slice(0, 8)}`, kind: 'lecture', startsAt: '2030-05-01T16:00:00.000Z' });
    const answer = await decide(own, 'reject', { reason: 'x' });
    expect(answer.status).toBe(404);
    expect(answer.body.error?.message).toBe('Tipset finns inte. Det kan ha tagits bort.');
  });

  it('counts scheduled publications and carries the review list', async () => {
    const before = (await inbox()).scheduled.count;
    const title = `Schemalagd kampanj ${randomUUID().slice(0, 8)}`;
    await createDocument(admin, 'api::campaign.campaign', { title, lede: 'En kampanj som publiceras senare.', startsOn: '2030-06-01', publishAt: '2030-05-20T08:00:00.000Z' });
    const after = await inbox();
    expect(after.scheduled.count).toBe(before + 1);
    expect(after.scheduled.items).toContainEqual({ type: 'campaign', documentId: expect.any(String) as string, title, publishAt: '2030-05-20T08:00:00.000Z' });
    const resource = `Stöd utan kontaktväg ${randomUUID().slice(0, 8)}`;
    await createDocument(admin, 'api::support-resource.support-resource', { name: resource, summary: 'Test', level: 'general', scope: 'local', reviewedOn: '2020-01-01' });
    const review = (await inbox()).review;
    expect(review.intervalMonths).toBeGreaterThan(0);
    expect(review.items.find((item) => item.title === resource)?.reasons.sort()).toEqual(['noContactChannel', 'reviewOverdue']);
    expect(after.mailConfigured).toBe(true);
  });
});

describe('the moderation inbox without SMTP', () => {
  it('says the partner was not mailed because mail is not set up', async () => {
    const stack = await startPortalStack({ cmsEnv: { SEED: 'false' } });
    try {
      const communicator = await communicatorSession(stack.cms, stack.admin, 'kim-utan-smtp@example.invalid');
      const { documentId } = await tip(stack.cms);
      const response = await communicator.request('POST', `/admin/moderation-inbox/${documentId}/approve`, {});
      expect(response.status).toBe(200);
      expect(((await response.json()) as Decision).data?.mail).toBe('no-smtp');
      const inbox = (await (await communicator.request('GET', '/admin/moderation-inbox')).json()) as { data: Inbox };
      expect(inbox.data.mailConfigured).toBe(false);
    } finally {
      await stack.stop();
    }
  }, 180_000);
});
