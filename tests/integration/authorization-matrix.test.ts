// The authorization matrix: every public content type × every caller (the public, the web's
// read-only token, the submission token) × every way in (REST find/findOne asking for drafts,
// create, update, delete; GraphQL queries asking for drafts; every mutation of the committed SDL).
// Only the intended actions succeed: the public and the read-only token read published content,
// the submission token sends event tips and nothing else. Drafts and submitters' contact details
// never appear in any answer, and nothing changes.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, cmsDir, graphql, startCms, type RunningCms } from '../support/cms';

const MARK = 'UTKASTMARKÖR';
const SUBMITTER_EMAIL = 'hemlig.tipsare@example.invalid';
const SUBMITTER_NAME = 'Hemlig Tipsare';

interface TypeSpec {
  /** api::<name>.<name> */
  name: string;
  kind: 'collection' | 'single';
  plural: string;
  /** GraphQL root fields: list and one (collections) or the single type's. */
  gqlList: string;
  gqlOne: string;
  /** The field the marker is written into, and a draft's other required fields. */
  field: string;
  draft: Record<string, unknown>;
  /** For a type the seed leaves empty: a document the test publishes first (required fields). */
  published?: Record<string, unknown>;
}

/** `YYYY-MM-DDTHH:00`, `days` from now (what the tip form's datetime-local field sends). */
const inDays = (days: number, hour: number) => `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;

const blocks = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

const TYPES: TypeSpec[] = [
  { name: 'activity', kind: 'collection', plural: 'activities', gqlList: 'activities', gqlOne: 'activity', field: 'title', draft: { order: 99 } },
  {
    name: 'follow-up',
    kind: 'collection',
    plural: 'follow-ups',
    gqlList: 'followUps',
    gqlOne: 'followUp',
    field: 'summary',
    draft: { doneOn: '2026-01-15' },
    published: { summary: 'Föreläsning för personal i skolan.', doneOn: '2026-01-10', reached: 40 },
  },
  { name: 'term', kind: 'collection', plural: 'terms', gqlList: 'terms', gqlOne: 'term', field: 'name', draft: { definition: blocks(`${MARK} definition`) } },
  { name: 'organisation', kind: 'collection', plural: 'organisations', gqlList: 'organisations', gqlOne: 'organisation', field: 'name', draft: { kind: 'voluntary' } },
  {
    name: 'support-resource',
    kind: 'collection',
    plural: 'support-resources',
    gqlList: 'supportResources',
    gqlOne: 'supportResource',
    field: 'name',
    draft: { summary: `${MARK} sammanfattning`, level: 'general', scope: 'local' },
  },
  {
    name: 'event',
    kind: 'collection',
    plural: 'events',
    gqlList: 'events',
    gqlOne: 'event',
    field: 'title',
    draft: { kind: 'lecture', startsAt: '2031-06-01T16:00:00.000Z', moderationStatus: 'pending', submitterName: SUBMITTER_NAME, submitterEmail: SUBMITTER_EMAIL },
  },
  { name: 'campaign', kind: 'collection', plural: 'campaigns', gqlList: 'campaigns', gqlOne: 'campaign', field: 'title', draft: { startsOn: '2031-01-01', lede: `${MARK} ingress` } },
  { name: 'page', kind: 'collection', plural: 'pages', gqlList: 'pages', gqlOne: 'page', field: 'title', draft: { area: 'about', body: blocks(`${MARK} brödtext`) } },
  { name: 'plan', kind: 'single', plural: 'plan', gqlList: 'plan', gqlOne: 'plan', field: 'title', draft: {} },
  { name: 'site', kind: 'single', plural: 'site', gqlList: 'site', gqlOne: 'site', field: 'footerContact', draft: {} },
  { name: 'search-synonym', kind: 'collection', plural: 'search-synonyms', gqlList: 'searchSynonyms', gqlOne: 'searchSynonym', field: 'words', draft: { means: 'prostitution' } },
  {
    name: 'search-best-bet',
    kind: 'collection',
    plural: 'search-best-bets',
    gqlList: 'searchBestBets',
    gqlOne: 'searchBestBet',
    field: 'title',
    draft: { queries: `${MARK} fråga`, url: '/unga/fa-hjalp' },
  },
  {
    name: 'accessibility-statement',
    kind: 'single',
    plural: 'accessibility-statement',
    gqlList: 'accessibilityStatement',
    gqlOne: 'accessibilityStatement',
    field: 'responseTime',
    draft: {},
  },
];

type Caller = 'public' | 'read-only token' | 'submission token';
const CALLERS: Caller[] = ['public', 'read-only token', 'submission token'];

interface Row {
  caller: Caller;
  target: string;
  action: string;
  expected: 'allowed' | 'refused';
  status: number;
  ok: boolean;
  detail: string;
}

/** A literal for a GraphQL input type (required fields only), enough to pass validation. */
function literal(type: GraphQLInputType, depth = 0): string {
  if (isNonNullType(type)) return literal(type.ofType, depth);
  if (isListType(type)) return `[${literal(type.ofType, depth)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || depth === 0);
    return `{ ${fields
      .slice(0, depth === 0 ? 3 : 10)
      .map((f) => `${f.name}: ${literal(f.type, depth + 1)}`)
      .join(', ')} }`;
  }
  if (isScalarType(type)) {
    if (type.name === 'Int' || type.name === 'Long') return '1';
    if (type.name === 'Float') return '1.5';
    if (type.name === 'Boolean') return 'true';
    if (type.name === 'ID') return '"1"';
    return '"matrix@example.invalid"';
  }
  return 'null';
}

function selection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  return isObjectType(named) ? ' { __typename }' : '';
}

/** Every mutation of the committed schema, with its required arguments filled in. */
function mutationsFromSdl(): { name: string; document: string }[] {
  const sdl = fs.readFileSync(path.join(cmsDir, '..', 'shared', 'graphql', 'schema.graphql'), 'utf8');
  const schema = buildSchema(sdl);
  const mutation = schema.getMutationType();
  if (!mutation) return [];
  return Object.values(mutation.getFields()).map((field) => {
    const args = field.args.filter((arg) => isNonNullType(arg.type) || isInputObjectType(getNamedType(arg.type)));
    const argText = args.length > 0 ? `(${args.map((arg) => `${arg.name}: ${literal(arg.type)}`).join(', ')})` : '';
    return { name: field.name, document: `mutation { ${field.name}${argText}${selection(field.type)} }` };
  });
}

const PUBLIC_GRAPHQL_TYPES = new Set(['Activity', 'FollowUp', 'Term', 'Organisation', 'SupportResource', 'Event', 'Campaign', 'Page', 'Plan', 'Site', 'AccessibilityStatement', 'SearchSynonym', 'SearchBestBet']);

/** Every root query of the committed schema that reads something other than the public types. */
function otherQueriesFromSdl(): { name: string; document: string }[] {
  const schema = buildSchema(fs.readFileSync(path.join(cmsDir, '..', 'shared', 'graphql', 'schema.graphql'), 'utf8'));
  return Object.values(schema.getQueryType()!.getFields())
    .filter((field) => {
      const named = getNamedType(field.type).name.replace(/EntityResponseCollection$|RelationResponseCollection$/, '');
      return !PUBLIC_GRAPHQL_TYPES.has(named) && !PUBLIC_GRAPHQL_TYPES.has(field.name.replace(/_connection$/, '').replace(/s$/, '').replace(/^./, (c) => c.toUpperCase()));
    })
    .map((field) => {
      const args = field.args.filter((arg) => isNonNullType(arg.type));
      const argText = args.length > 0 ? `(${args.map((arg) => `${arg.name}: ${literal(arg.type)}`).join(', ')})` : '';
      return { name: field.name, document: `query { ${field.name}${argText}${selection(field.type)} }` };
    });
}

describe('authorization matrix', () => {
  let cms: RunningCms;
  const rows: Row[] = [];
  /** documentId of a draft-only document per collection type. */
  const draftIds = new Map<string, string>();
  /** documentId of a published document per collection type (update/delete targets). */
  const publishedIds = new Map<string, string>();
  let publishedBefore: string;
  const mutations = mutationsFromSdl();
  const otherQueries = otherQueriesFromSdl();

  const tokenOf = (caller: Caller) => (caller === 'public' ? undefined : caller === 'read-only token' ? cms.readToken : cms.submissionToken);
  const headers = (caller: Caller, json = false): Record<string, string> => {
    const token = tokenOf(caller);
    return { ...(json ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) };
  };
  const leaks = (text: string) => text.includes(MARK) || text.includes(SUBMITTER_EMAIL) || text.includes(SUBMITTER_NAME);

  /** What every public type holds, published, as the read-only token sees it. */
  async function publishedState(): Promise<string> {
    const parts: string[] = [];
    for (const type of TYPES) {
      const response = await fetch(`${cms.url}/api/${type.plural}?locale=sv${type.kind === 'collection' ? '&pagination[pageSize]=100&sort[0]=documentId:asc' : ''}`, {
        headers: { authorization: `Bearer ${cms.readToken}` },
      });
      parts.push(`${type.name}:${response.status}:${await response.text()}`);
    }
    return parts.join('\n');
  }

  beforeAll(async () => {
    cms = await startCms();
    const admin = await adminSession(cms);
    for (const type of TYPES) {
      const uid = `api::${type.name}.${type.name}`;
      if (type.kind === 'single') {
        // A change saved as a draft on top of the published single type.
        const saved = await admin.request('PUT', `/content-manager/single-types/${uid}?locale=sv`, { [type.field]: `${MARK} ${type.name}` });
        expect(saved.status, `${type.name}: ${await saved.clone().text()}`).toBe(200);
        continue;
      }
      if (type.published) {
        const published = await admin.request('POST', `/content-manager/collection-types/${uid}/actions/publish?locale=sv`, type.published);
        expect(published.status, `${type.name}: ${await published.clone().text()}`).toBeLessThan(300);
      }
      const created = await admin.request('POST', `/content-manager/collection-types/${uid}?locale=sv`, { [type.field]: `${MARK} ${type.name}`, ...type.draft });
      expect(created.status, `${type.name}: ${await created.clone().text()}`).toBe(201);
      draftIds.set(type.name, ((await created.json()) as { data: { documentId: string } }).data.documentId);
      const list = await fetch(`${cms.url}/api/${type.plural}?locale=sv&pagination[pageSize]=1`, { headers: { authorization: `Bearer ${cms.readToken}` } });
      const first = ((await list.json()) as { data: { documentId: string }[] }).data[0];
      expect(first, `${type.name} has seeded published content`).toBeDefined();
      publishedIds.set(type.name, first!.documentId);
    }
    // A file in the media library, so a list of files that is allowed would not be empty.
    const form = new FormData();
    form.append('files', new Blob([new TextEncoder().encode(`${MARK} bilaga`)], { type: 'text/plain' }), 'utkast-bilaga.txt');
    const upload = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` }, body: form });
    expect(upload.status).toBe(201);
    publishedBefore = await publishedState();
    expect(publishedBefore).not.toContain(MARK);
  }, 120_000);

  afterAll(async () => {
    await cms?.stop();
    const refused = rows.filter((r) => r.expected === 'refused').length;
    console.log(
      `[authorization matrix] ${rows.length} checks (${TYPES.length} content types × ${CALLERS.length} callers × REST/GraphQL actions, ` +
        `${mutations.length} mutations and ${otherQueries.length} other queries × ${CALLERS.length} callers, the submission route, other routes): ${rows.length - refused} intended reads/submissions allowed, ` +
        `${refused} refused, ${rows.filter((r) => !r.ok).length} wrong`,
    );
  });

  const record = (row: Row) => {
    rows.push(row);
    return row;
  };

  /** A form's POST: only the submission token is let in (`allowedStatus`), the others get 403; no answer echoes what is hidden. */
  async function expectOnlySubmitterPosts(target: string, route: string, body: (caller: Caller) => unknown, allowedStatus: number, exposes: (text: string) => boolean, extraHeaders: Record<string, string> = {}) {
    for (const caller of CALLERS) {
      const response = await fetch(`${cms.url}${route}`, { method: 'POST', headers: { ...headers(caller, true), ...extraHeaders }, body: JSON.stringify(body(caller)) });
      const text = await response.text();
      const allowed = caller === 'submission token';
      const ok = (allowed ? response.status === allowedStatus : response.status === 403) && !exposes(text);
      record({ caller, target, action: `REST POST ${route}`, expected: allowed ? 'allowed' : 'refused', status: response.status, ok, detail: text.slice(0, 200) });
      expect(ok, `${caller} POST ${route}: ${response.status} ${text.slice(0, 300)}`).toBe(true);
    }
  }

  /** Routes and root query fields that no caller may read: refused (403, 404 or 405; GraphQL errors) and nothing hidden shown. */
  async function expectNobodyReads(target: string, routes: string[], fields: string[], exposes: (text: string) => boolean) {
    for (const caller of CALLERS) {
      for (const route of routes) {
        const response = await fetch(`${cms.url}${route}`, { headers: headers(caller) });
        const text = await response.text();
        const ok = [403, 404, 405].includes(response.status) && !exposes(text);
        record({ caller, target, action: `REST GET ${route}`, expected: 'refused', status: response.status, ok, detail: text.slice(0, 200) });
        expect(ok, `${caller} GET ${route}: ${response.status} ${text.slice(0, 300)}`).toBe(true);
      }
      for (const field of fields) {
        const result = await graphql<Record<string, unknown>>(cms, `query { ${field} }`, { token: tokenOf(caller) });
        const text = JSON.stringify(result);
        const ok = (result.errors?.length ?? 0) > 0 && !exposes(text);
        record({ caller, target: `Query.${field.split(' ')[0]}`, action: 'GraphQL query', expected: 'refused', status: result.status, ok, detail: text.slice(0, 200) });
        expect(ok, `${caller} ${field}: ${text.slice(0, 300)}`).toBe(true);
      }
    }
  }

  it.each(TYPES.map((type) => [type.name, type] as const))('REST on %s', async (_name, type) => {
    for (const caller of CALLERS) {
      const reader = caller !== 'submission token';
      const base = `${cms.url}/api/${type.plural}`;
      // find, asking for drafts
      {
        const response = await fetch(`${base}?status=draft&locale=sv${type.kind === 'collection' ? '&pagination[pageSize]=100' : ''}`, { headers: headers(caller) });
        const text = await response.text();
        const ok = reader ? response.status === 200 && !leaks(text) : response.status === 403 && !leaks(text);
        record({ caller, target: type.name, action: 'REST find ?status=draft', expected: reader ? 'allowed' : 'refused', status: response.status, ok, detail: text.slice(0, 200) });
        expect(ok, `${caller} find ${type.name}: ${response.status} ${text.slice(0, 300)}`).toBe(true);
        if (reader && type.kind === 'collection') expect((JSON.parse(text) as { data: unknown[] }).data.length, `${caller} reads published ${type.name}`).toBeGreaterThan(0);
      }
      if (type.kind === 'collection') {
        // findOne of a draft-only document, asking for drafts
        const response = await fetch(`${base}/${draftIds.get(type.name)}?status=draft&locale=sv`, { headers: headers(caller) });
        const text = await response.text();
        const ok = (reader ? response.status === 404 : response.status === 403) && !leaks(text);
        record({ caller, target: type.name, action: 'REST findOne(draft) ?status=draft', expected: 'refused', status: response.status, ok, detail: text.slice(0, 200) });
        expect(ok, `${caller} findOne draft ${type.name}: ${response.status} ${text.slice(0, 300)}`).toBe(true);
      }
      const target = type.kind === 'collection' ? `${base}/${publishedIds.get(type.name)}` : base;
      const writes: [string, string, string][] =
        type.kind === 'collection'
          ? [
              ['create', 'POST', base],
              ['update', 'PUT', target],
              ['delete', 'DELETE', target],
            ]
          : [
              ['update', 'PUT', target],
              ['delete', 'DELETE', target],
            ];
      for (const [action, method, url] of writes) {
        const response = await fetch(url, {
          method,
          headers: headers(caller, true),
          body: method === 'DELETE' ? undefined : JSON.stringify({ data: { [type.field]: `${MARK} skrivet av ${caller}`, ...type.draft } }),
        });
        const text = await response.text();
        const ok = [401, 403].includes(response.status) && !leaks(text);
        record({ caller, target: type.name, action: `REST ${action}`, expected: 'refused', status: response.status, ok, detail: text.slice(0, 200) });
        expect(ok, `${caller} ${action} ${type.name}: ${response.status} ${text.slice(0, 300)}`).toBe(true);
      }
    }
  });

  it.each(TYPES.map((type) => [type.name, type] as const))('GraphQL queries on %s with status: DRAFT', async (_name, type) => {
    for (const caller of CALLERS) {
      const reader = caller !== 'submission token';
      const queries =
        type.kind === 'collection'
          ? [
              { action: 'GraphQL list status: DRAFT', query: `query { ${type.gqlList}(status: DRAFT, locale: "sv", pagination: { limit: 100 }) { documentId ${type.field} } }`, one: false },
              { action: 'GraphQL one(draft) status: DRAFT', query: `query { ${type.gqlOne}(documentId: "${draftIds.get(type.name)}", status: DRAFT, locale: "sv") { documentId ${type.field} } }`, one: true },
            ]
          : [{ action: 'GraphQL single status: DRAFT', query: `query { ${type.gqlOne}(status: DRAFT, locale: "sv") { documentId ${type.field} } }`, one: false }];
      for (const { action, query, one } of queries) {
        const result = await graphql<Record<string, unknown>>(cms, query, { token: tokenOf(caller) });
        const text = JSON.stringify(result);
        const value = result.data?.[one || type.kind === 'single' ? type.gqlOne : type.gqlList];
        const ok = reader
          ? !result.errors && !leaks(text) && (one ? value === null : Array.isArray(value) ? value.length > 0 : value !== null)
          : (result.errors ?? []).some((e) => /forbidden/i.test(e.message)) && !leaks(text) && (value === null || value === undefined);
        record({ caller, target: type.name, action, expected: reader && !one ? 'allowed' : 'refused', status: result.status, ok, detail: text.slice(0, 200) });
        expect(ok, `${caller} ${action} ${type.name}: ${text.slice(0, 400)}`).toBe(true);
      }
    }
  });

  it('every mutation in the committed schema is refused for every caller', async () => {
    expect(mutations.length).toBeGreaterThan(0);
    for (const { name, document } of mutations) {
      for (const caller of CALLERS) {
        const result = await graphql<Record<string, unknown>>(cms, document, { token: tokenOf(caller) });
        const text = JSON.stringify(result);
        const nothingDone = !result.data || Object.values(result.data).every((v) => v === null);
        const ok = (result.errors?.length ?? 0) > 0 && nothingDone && !leaks(text);
        record({ caller, target: `Mutation.${name}`, action: 'GraphQL mutation', expected: 'refused', status: result.status, ok, detail: text.slice(0, 200) });
        expect(ok, `${caller} ${document}: ${text.slice(0, 400)}`).toBe(true);
      }
    }
  });

  it('GraphQL queries of everything else (files, locales, roles, users, workflows) are refused', async () => {
    expect(otherQueries.map((q) => q.name)).toEqual(expect.arrayContaining(['uploadFiles', 'i18NLocales', 'usersPermissionsRoles', 'usersPermissionsUsers', 'reviewWorkflowsWorkflows', 'me']));
    expect(otherQueries.map((q) => q.name)).not.toContain('events');
    for (const { name, document } of otherQueries) {
      for (const caller of CALLERS) {
        const result = await graphql<Record<string, unknown>>(cms, document, { token: tokenOf(caller) });
        const text = JSON.stringify(result);
        const value = result.data?.[name];
        // `me` answers null for a caller who is no user; everything else is an error.
        const ok = (value === null || value === undefined) && (name === 'me' || (result.errors?.length ?? 0) > 0) && !leaks(text) && !text.includes('utkast-bilaga');
        record({ caller, target: `Query.${name}`, action: 'GraphQL query', expected: 'refused', status: result.status, ok, detail: text.slice(0, 200) });
        expect(ok, `${caller} ${document}: ${text.slice(0, 400)}`).toBe(true);
      }
    }
  });

  it('only the submission token may send an event tip (a draft that nobody else can read)', async () => {
    const tip = {
      title: `Tips från matrisen ${Date.now()}`,
      kind: 'lecture',
      startsAt: inDays(20, 18),
      endsAt: inDays(20, 20),
      venueName: 'Folkets hus',
      venueCity: 'Karlskoga',
      description: 'En föreläsning om stöd.',
      audiences: ['adults'],
      organiserName: 'Matrisföreningen',
      contactName: SUBMITTER_NAME,
      contactEmail: SUBMITTER_EMAIL,
      consent: 'yes',
      idempotencyKey: randomUUID(),
    };
    for (const caller of CALLERS) {
      const response = await fetch(`${cms.url}/api/event-submissions`, {
        method: 'POST',
        headers: { ...headers(caller, true), 'x-stodportalen-client': 'a'.repeat(64) },
        body: JSON.stringify(tip),
      });
      const text = await response.text();
      const allowed = caller === 'submission token';
      const ok = allowed ? response.status === 201 && !text.includes(SUBMITTER_EMAIL) : response.status === 403;
      record({ caller, target: 'event-submissions', action: 'REST POST /api/event-submissions', expected: allowed ? 'allowed' : 'refused', status: response.status, ok, detail: text.slice(0, 200) });
      expect(ok, `${caller} submission: ${response.status} ${text.slice(0, 300)}`).toBe(true);
    }
    for (const caller of ['public', 'read-only token'] as Caller[]) {
      const list = await fetch(`${cms.url}/api/events?status=draft&pagination[pageSize]=100&filters[title][$startsWith]=Tips från matrisen`, { headers: headers(caller) });
      expect(await list.text()).not.toContain('Tips från matrisen');
    }
  });

  it('only the submission token may count a search without hits, and no caller can read the counts', async () => {
    const exposes = (text: string) => text.includes('matrisord');
    await expectOnlySubmitterPosts('search-misses', '/api/search-misses', (caller) => ({ query: `matrisord ${caller}`, language: 'sv' }), 202, exposes);
    await expectNobodyReads('search-misses', ['/api/search-misses', '/api/search-miss-counts', '/api/search-misses/1'], ['searchMisses { query }', 'searchMissCounts { query }'], exposes);
  });

  it('only the submission token may send an accessibility report, and no caller can read one', async () => {
    const description = `${MARK} tillgänglighetsrapport ${randomUUID()}`;
    const report = (caller: Caller) => ({ description: `${description} ${caller}`, email: SUBMITTER_EMAIL, idempotencyKey: randomUUID() });
    await expectOnlySubmitterPosts('accessibility-reports', '/api/accessibility-reports', report, 201, leaks, { 'x-stodportalen-client': 'b'.repeat(64) });
    const routes = ['/api/accessibility-reports', '/api/accessibility-reports?status=draft', '/api/accessibility-report'];
    await expectNobodyReads('accessibility-reports', routes, ['accessibilityReports { description email }'], leaks);
  });

  it("only the read-only token may read the read model's bulk export and fingerprint, which hold no draft and no private field", async () => {
    // GET /api/read-model/export and /fingerprint (cms/src/api/read-model): the web's full sync.
    for (const caller of CALLERS) {
      const reader = caller === 'read-only token';
      for (const type of TYPES) {
        const uid = `api::${type.name}.${type.name}`;
        let after = 0;
        for (let page = 0; page < 50; page += 1) {
          const route = `/api/read-model/export?type=${uid}&after=${after}&limit=200`;
          const response = await fetch(`${cms.url}${route}`, { headers: headers(caller) });
          const text = await response.text();
          const body = reader && response.status === 200 ? (JSON.parse(text) as { data: { publishedAt?: unknown }[]; next: number | null }) : null;
          const ok = reader ? body !== null && !leaks(text) && body.data.every((row) => typeof row.publishedAt === 'string') : response.status === 401 && !leaks(text);
          record({ caller, target: type.name, action: 'REST GET /api/read-model/export', expected: reader ? 'allowed' : 'refused', status: response.status, ok, detail: text.slice(0, 200) });
          expect(ok, `${caller} export ${type.name}: ${response.status} ${text.slice(0, 300)}`).toBe(true);
          if (!body?.next) break;
          after = body.next;
        }
      }
      const response = await fetch(`${cms.url}/api/read-model/fingerprint`, { headers: headers(caller) });
      const text = await response.text();
      const ok = reader ? response.status === 200 : response.status === 401;
      record({ caller, target: 'read-model', action: 'REST GET /api/read-model/fingerprint', expected: reader ? 'allowed' : 'refused', status: response.status, ok, detail: text.slice(0, 200) });
      expect(ok, `${caller} fingerprint: ${response.status} ${text.slice(0, 300)}`).toBe(true);
    }
  });

  it('other routes of the content API are closed to all three callers', async () => {
    const routes: [string, string][] = [
      ['GET', '/api/upload/files'],
      ['POST', '/api/upload'],
      ['GET', '/api/users'],
      ['GET', '/api/users/me'],
      ['GET', '/api/users-permissions/roles'],
      ['POST', '/api/auth/local'],
      ['POST', '/api/auth/local/register'],
      ['POST', '/api/auth/forgot-password'],
      ['GET', '/api/i18n/locales'],
      ['GET', '/api/content-type-builder/content-types'],
      // The editors' review list and moderation inbox are admin routes: no content-API caller gets them.
      ['GET', '/admin/review-list'],
      ['GET', '/admin/moderation-inbox'],
      ['POST', `/admin/moderation-inbox/${draftIds.get('event') ?? 'x'}/approve`],
      ['POST', `/admin/moderation-inbox/${draftIds.get('event') ?? 'x'}/reject`],
    ];
    for (const caller of CALLERS) {
      for (const [method, route] of routes) {
        const response = await fetch(`${cms.url}${route}`, {
          method,
          headers: headers(caller, true),
          body: method === 'POST' ? JSON.stringify({ identifier: 'x@example.invalid', password: 'Password-123', email: 'x@example.invalid', username: 'x' }) : undefined,
        });
        const text = await response.text();
        const ok = [401, 403, 404, 405].includes(response.status) && !leaks(text);
        record({ caller, target: route, action: method, expected: 'refused', status: response.status, ok, detail: text.slice(0, 200) });
        expect(ok, `${caller} ${method} ${route}: ${response.status} ${text.slice(0, 200)}`).toBe(true);
      }
    }
  });

  it('after all of it, the published content is unchanged and every draft is still a draft', async () => {
    expect(await publishedState()).toBe(publishedBefore);
    const admin = await adminSession(cms);
    for (const [name, documentId] of draftIds) {
      const response = await admin.request('GET', `/content-manager/collection-types/api::${name}.${name}/${documentId}?locale=sv`);
      expect(response.status, name).toBe(200);
      expect(((await response.json()) as { data: { publishedAt: string | null } }).data.publishedAt, name).toBeNull();
    }
    expect(rows.filter((r) => !r.ok)).toEqual([]);
  });
});
