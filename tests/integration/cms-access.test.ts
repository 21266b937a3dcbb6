import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, graphql, startCms, type RunningCms } from '../support/cms';

const DRAFT_TITLE = 'Hemligt utkast som inte får synas';
const DRAFT_PLAN_TITLE = 'UTKAST: ändrad plantitel';

describe('access to the CMS content API', () => {
  let cms: RunningCms;
  let draftEventId: string;
  const callers = () => [
    { who: 'the public', token: undefined },
    { who: 'the read-only token', token: cms.readToken },
  ];

  beforeAll(async () => {
    cms = await startCms();
    const admin = await adminSession(cms);
    const created = await admin.request('POST', '/content-manager/collection-types/api::event.event?locale=sv', {
      title: DRAFT_TITLE,
      kind: 'lecture',
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      moderationStatus: 'pending',
      submitterName: 'Privat Person',
      submitterEmail: 'privat@example.invalid',
    });
    expect(created.status).toBe(201);
    draftEventId = ((await created.json()) as { data: { documentId: string } }).data.documentId;
    const planDraft = await admin.request('PUT', '/content-manager/single-types/api::plan.plan?locale=sv', { title: DRAFT_PLAN_TITLE });
    expect(planDraft.status).toBe(200);
  }, 90_000);
  afterAll(async () => {
    await cms?.stop();
  });

  it('never gives drafts over GraphQL, even with status: DRAFT', async () => {
    for (const { who, token } of callers()) {
      const result = await graphql<{ events: { title: string }[]; plan: { title: string } }>(
        cms,
        `query { events(status: DRAFT, pagination: { limit: 100 }) { title } plan(status: DRAFT) { title } }`,
        { token },
      );
      expect(result.errors, who).toBeUndefined();
      expect(result.data!.events.length, who).toBeGreaterThan(0);
      expect(result.data!.events.map((e) => e.title), who).not.toContain(DRAFT_TITLE);
      expect(result.data!.plan.title, who).not.toBe(DRAFT_PLAN_TITLE);
      const one = await graphql<{ event: { title: string } | null }>(cms, `query($id: ID!) { event(documentId: $id, status: DRAFT) { title } }`, {
        token,
        variables: { id: draftEventId },
      });
      expect(one.data?.event ?? null, who).toBeNull();
    }
  });

  it('never gives drafts over REST, even with ?status=draft', async () => {
    for (const { who, token } of callers()) {
      const headers = token ? { authorization: `Bearer ${token}` } : undefined;
      const list = await fetch(`${cms.url}/api/events?status=draft&pagination[pageSize]=100`, { headers });
      expect(list.status, who).toBe(200);
      const text = await list.text();
      expect(text, who).not.toContain(DRAFT_TITLE);
      expect(text, who).not.toContain('privat@example.invalid');
      const plan = await fetch(`${cms.url}/api/plan?status=draft`, { headers });
      expect(((await plan.json()) as { data: { title: string } }).data.title, who).not.toBe(DRAFT_PLAN_TITLE);
      const one = await fetch(`${cms.url}/api/events/${draftEventId}?status=draft`, { headers });
      expect(one.status, who).toBe(404);
    }
  });

  it('never exposes submitter contact details or moderation fields', async () => {
    const result = await graphql(cms, `query { events { submitterEmail } }`, { token: cms.readToken });
    expect(result.errors?.[0]?.message).toMatch(/Cannot query field "submitterEmail"/);
    const rest = await fetch(`${cms.url}/api/events?pagination[pageSize]=100`);
    const body = await rest.text();
    expect(body).not.toMatch(/submitterEmail|submitterName|moderatorNote|moderationStatus/);
  });

  it('offers no content mutation over GraphQL', async () => {
    for (const { who, token } of callers()) {
      for (const mutation of [
        `mutation { createEvent(data: { title: "x" }) { documentId } }`,
        `mutation { updatePlan(data: { title: "x" }) { title } }`,
        `mutation { deleteTerm(documentId: "x") { documentId } }`,
      ]) {
        const result = await graphql(cms, mutation, { token });
        expect(result.errors?.[0]?.message, `${who}: ${mutation}`).toMatch(/Cannot query field/);
      }
      for (const mutation of [
        `mutation { register(input: { username: "u", email: "u@example.invalid", password: "Password-123" }) { jwt } }`,
        `mutation { deleteUploadFile(id: "1") { id } }`,
        `mutation { createUsersPermissionsUser(data: { username: "u", email: "u@example.invalid", password: "Password-123" }) { data { id } } }`,
      ]) {
        const result = await graphql(cms, mutation, { token });
        expect(result.errors?.length, `${who}: ${mutation}`).toBeGreaterThan(0);
        expect(result.data ? Object.values(result.data).filter((v) => v !== null) : [], `${who}: ${mutation}`).toEqual([]);
      }
    }
  });

  it('refuses every REST write with 401 or 403', async () => {
    const terms = await graphql<{ terms: { documentId: string }[] }>(cms, `query { terms { documentId } }`, { token: cms.readToken });
    const termId = terms.data!.terms[0]!.documentId;
    const writes: [string, string][] = [
      ['POST', '/api/events'],
      ['PUT', `/api/terms/${termId}`],
      ['DELETE', `/api/terms/${termId}`],
      ['PUT', '/api/plan'],
      ['DELETE', '/api/site'],
      ['POST', '/api/auth/local/register'],
    ];
    for (const { who, token } of callers()) {
      for (const [method, url] of writes) {
        const response = await fetch(`${cms.url}${url}`, {
          method,
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ data: { title: 'x', name: 'x' }, username: 'u', email: 'u@example.invalid', password: 'Password-123' }),
        });
        expect([401, 403], `${who}: ${method} ${url}`).toContain(response.status);
      }
    }
    const after = await graphql<{ terms: { documentId: string }[] }>(cms, `query { terms { documentId } }`, { token: cms.readToken });
    expect(after.data!.terms.map((t) => t.documentId)).toContain(termId);
  });
});
