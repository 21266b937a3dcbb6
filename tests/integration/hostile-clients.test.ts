// What an anonymous client can make the CMS do (issue 10, docs/security.md "CMS"), against a real
// Strapi: GraphQL cost limits, multipart bodies only where uploads are allowed (and never left in
// the temporary folder), CORS only for the configured origins, errors without stack traces.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print, type DocumentNode } from 'graphql';
import * as documents from '@stodportalen/shared/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, cmsDir, graphql, startCms, type RunningCms } from '../support/cms';
import { sleep, waitFor } from '../support/process.mjs';

const WEB_ORIGIN = 'http://portal.example.test:3000';
const EVIL_ORIGIN = 'https://evil.example';
const repoRoot = path.resolve(cmsDir, '..');

/** The web's own operations at the variables it really sends, lists at their largest (100). */
function webOperations(): Record<string, Record<string, unknown>> {
  const now = new Date().toISOString();
  const translated = { baseLocale: 'sv', locale: 'en', translate: true };
  // The search index's catch-up after change notices: a full page of document ids (web/app/search/source.server.ts).
  const byIds = Array.from({ length: 100 }, (_, i) => `doc${String(i).padStart(21, '0')}`);
  // The fullest filters the web builds (every option of /stod and /kalender chosen).
  const supportFilters = {
    and: [
      { or: ['youngPeople', 'adults', 'closeOnes', 'professionals', 'peopleWhoBuySex'].map((audience) => ({ audiences: { [audience]: { eq: true } } })) },
      { level: { in: ['acute', 'targeted', 'general'] } },
      { scope: { in: ['local', 'regional', 'national'] } },
      { channels: { kind: { in: ['chat', 'email', 'phone', 'sms', 'visit', 'web'] } } },
      { anonymous: { eq: true } },
    ],
  };
  const eventFilters = {
    and: [
      { or: [{ startsAt: { gte: now } }, { endsAt: { gte: now } }] },
      { kind: { eq: 'lecture' } },
      { audiences: { youngPeople: { eq: true } } },
      { startsAt: { gte: now, lt: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
    ],
  };
  return {
    ListCampaignsDocument: translated,
    GetCampaignDocument: { ...translated, slug: 'kampanj' },
    ListSubmissionOrganisationsDocument: translated,
    ListEventsDocument: { ...translated, filters: eventFilters, sort: ['startsAt:asc', 'documentId:asc'], page: 1, pageSize: 20, translationLimit: 100 },
    ListEventsForFeedDocument: { ...translated, filters: eventFilters, limit: 100 },
    GetEventDocument: { ...translated, slug: 'evenemang' },
    ListTermsDocument: { locale: 'en', start: 0, fallbackLocale: 'sv', withFallback: true },
    GetHomeDocument: { locale: 'en', baseLocale: 'sv', translate: true, today: now.slice(0, 10), now },
    ListPagesDocument: { locale: 'en', area: 'young_people', withFallback: true },
    GetPageDocument: { locale: 'sv', slug: 'om-webbplatsen', area: 'about' },
    GetActionPlanDocument: { locale: 'sv' },
    SearchIndexResourcesDocument: { locale: 'en', start: 0 },
    SearchIndexPagesDocument: { locale: 'en', start: 0 },
    SearchIndexTermsDocument: { locale: 'en', start: 0 },
    SearchIndexEventsDocument: { locale: 'en', start: 0 },
    SearchIndexCampaignsDocument: { locale: 'en', start: 0 },
    SearchIndexPlanDocument: { locale: 'en' },
    SearchIndexSynonymsDocument: { locale: 'en', start: 0 },
    SearchIndexBestBetsDocument: { locale: 'en', start: 0 },
    SearchIndexResourcesByIdDocument: { locale: 'en', ids: byIds },
    SearchIndexPagesByIdDocument: { locale: 'en', ids: byIds },
    SearchIndexTermsByIdDocument: { locale: 'en', ids: byIds },
    SearchIndexEventsByIdDocument: { locale: 'en', ids: byIds },
    SearchIndexCampaignsByIdDocument: { locale: 'en', ids: byIds },
    GetSiteSettingsDocument: { locale: 'sv' },
    ListSitemapEntriesDocument: { locale: 'sv', page: 1 },
    CountSupportResourcesDocument: { locale: 'sv', filters: supportFilters },
    ListSupportResourcesDocument: {
      locale: 'sv',
      filters: supportFilters,
      acuteStart: 0,
      acuteLimit: 100,
      withAcute: true,
      targetedStart: 0,
      targetedLimit: 100,
      withTargeted: true,
      generalStart: 0,
      generalLimit: 100,
      withGeneral: true,
    },
    ListSupportResourceTranslationsDocument: { locale: 'en', documentIds: Array.from({ length: 100 }, (_, i) => `id${i}`) },
    GetSupportResourceDocument: { locale: 'en', slug: 'stod', fallbackLocale: 'sv', withFallback: true },
    GetPlanFollowUpDocument: { locale: 'sv' },
    GetAccessibilityStatementDocument: { locale: 'sv' },
    GetPrivacyNoticeDocument: { locale: 'sv' },
  };
}

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && Reflect.get(value, 'kind') === 'Document';
}

const webDocuments = Object.entries(documents).flatMap(([name, value]) => (name.endsWith('Document') && isDocument(value) ? [[name, value] as const] : []));

/** POST /graphql and the time until the whole answer is read. */
async function timedGraphql(cms: RunningCms, query: string, token?: string) {
  return timedGraphqlWith(cms, query, {}, token);
}

async function timedGraphqlWith(cms: RunningCms, query: string, variables: Record<string, unknown>, token?: string): Promise<{ status: number; ms: number; bytes: number; body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
  const started = performance.now();
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, ms: performance.now() - started, bytes: Buffer.byteLength(text), body: JSON.parse(text) };
}

const PAGE_FIELDS = 'documentId title slug area order summary body easyReadBody locale publishedAt';
const EVENT_FIELDS = 'documentId title slug kind startsAt endsAt description onlineUrl registrationUrl organiserName isFree price';
/** Campaigns → events → localizations four deep: the deepest the depth limit (8) allows. */
const DEEP_CAMPAIGNS = `campaigns(pagination: { limit: 100 }) { title events(pagination: { limit: 100 }) { title localizations { title localizations { title localizations { title localizations { ${EVENT_FIELDS} } } } } } }`;

describe('hostile clients against the CMS', () => {
  let cms: RunningCms;
  // Formidable writes multipart files to os.tmpdir(): this CMS gets a temporary folder of its own.
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-cms-tmpdir-'));
  const tmpEntries = () => fs.readdirSync(tmpDir).sort();

  beforeAll(async () => {
    cms = await startCms({ extraEnv: { TMPDIR: tmpDir, WEB_URL: WEB_ORIGIN }, healthTimeoutMs: 110_000 });
  }, 150_000);
  afterAll(async () => {
    await cms?.stop();
    fs.rmSync(tmpDir, { recursive: true, force: true });
  });

  describe('GraphQL cost', () => {
    it('runs every one of the web\'s own queries, at its real variables', async () => {
      const variables = webOperations();
      // A new document in shared/graphql/documents needs its variables here, so it is checked too.
      expect(Object.keys(variables).sort()).toEqual(webDocuments.map(([name]) => name).sort());
      for (const [name, document] of webDocuments) {
        const result = await graphql(cms, print(document), { token: cms.readToken, variables: variables[name] });
        expect(result.errors, name).toBeUndefined();
        expect(result.status, name).toBe(200);
      }
    });

    it('refuses 1,000 aliases of a list query in milliseconds, without delaying anyone else', async () => {
      const baseline = await timedGraphql(cms, '{ __typename }');
      expect(baseline.status).toBe(200);
      // The probe's query (issue 10: 14.5 s, 38 MB, and { __typename } waited 14 s).
      const attackQuery = `query { ${Array.from({ length: 1000 }, (_, i) => `p${i}: pages(pagination: { limit: 100 }) { ${PAGE_FIELDS} }`).join(' ')} }`;
      const attack = timedGraphql(cms, attackQuery);
      // Intentional: the bystander goes out while the attack is in flight (the subject of the test).
      await sleep(20);
      const bystander = await timedGraphql(cms, '{ __typename }');
      const refused = await attack;

      // Its 100 kB are more than a GraphQL body may be (64 kB): refused before it is even parsed.
      expect(refused.status).toBe(413);
      expect(refused.body).toMatchObject({ data: null, error: { status: 413 } });
      expect(refused.ms).toBeLessThan(500);
      expect(bystander.status).toBe(200);
      expect(bystander.ms).toBeLessThan(500);
      console.info(`1,000 aliases (${Buffer.byteLength(attackQuery)} bytes) refused in ${refused.ms.toFixed(0)} ms: ${JSON.stringify(refused.body)}; { __typename } meanwhile in ${bystander.ms.toFixed(0)} ms`);

      // The same in fewer bytes: over the token limit while parsing.
      const compact = await timedGraphql(cms, `{ ${Array.from({ length: 1000 }, (_, i) => `p${i}: pages(pagination: { limit: 100 }) { body }`).join(' ')} }`);
      expect(compact.status).toBe(400);
      expect(compact.body.errors?.[0]?.message).toMatch(/Document contains more that 1500 tokens/);
      expect(compact.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(compact.ms).toBeLessThan(500);

      // Within the token limit: the alias limit.
      const aliases = await timedGraphql(cms, `{ ${Array.from({ length: 16 }, (_, i) => `p${i}: pages(pagination: { limit: 100 }) { body }`).join(' ')} }`);
      expect(aliases.status).toBe(400);
      expect(aliases.body.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded, found 16/);
      expect(aliases.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(aliases.ms).toBeLessThan(500);
    });

    it('refuses too many tokens, directives or too high a cost, each with a clear 400', async () => {
      const tokens = await timedGraphql(cms, `{ pages { ${Array.from({ length: 1600 }, () => 'title').join(' ')} } }`);
      expect(tokens.status).toBe(400);
      expect(tokens.body.errors?.[0]?.message).toMatch(/Document contains more that 1500 tokens/);

      const directives = await timedGraphql(cms, `{ pages { ${Array.from({ length: 11 }, () => 'title @include(if: true)').join(' ')} } }`);
      expect(directives.status).toBe(400);
      expect(directives.body.errors?.[0]?.message).toMatch(/Directives limit of 10 exceeded, found 11/);

      // Deep relations: within the alias, token and depth limits, but over the cost budget.
      const cost = await timedGraphql(cms, `{ ${Array.from({ length: 10 }, (_, i) => `c${i}: ${DEEP_CAMPAIGNS}`).join(' ')} }`);
      expect(cost.status).toBe(400);
      expect(cost.body.errors?.[0]?.message).toMatch(/^Query cost limit of 50000 exceeded, found \d+\.$/);
      // Lists in lists, without a single alias: each list costs its size (pagination.limit) times its rows.
      const nested = await timedGraphql(cms, '{ pages(pagination: { limit: 100 }) { localizations(pagination: { limit: 100 }) { localizations(pagination: { limit: 100 }) { title } } } }');
      expect(nested.status).toBe(400);
      expect(nested.body.errors?.[0]?.message).toBe('Query cost limit of 50000 exceeded, found 2010100.');
      expect(nested.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      // The size is read from variables too.
      const fromVariables = await timedGraphqlWith(cms, 'query ($n: Int) { activities(pagination: { limit: $n }) { events(pagination: { limit: $n }) { title } followUps(pagination: { limit: $n }) { summary } campaigns(pagination: { limit: $n }) { title } } }', { n: 100 });
      expect(fromVariables.status).toBe(400);
      expect(fromVariables.body.errors?.[0]?.message).toBe('Query cost limit of 50000 exceeded, found 60100.');
      // The way back from an event, a follow-up or a campaign to its activity is not in the public
      // schema: `activities { events { activity { events … } } }` cannot go round.
      for (const type of ['events', 'followUps', 'campaigns']) {
        const round = await timedGraphql(cms, `{ ${type}(pagination: { limit: 100 }) { activity { documentId } } }`);
        expect(round.status, type).toBe(400);
        expect(round.body.errors?.[0]?.message, type).toMatch(/^Cannot query field "activity" on type "(Event|FollowUp|Campaign)"\.$/);
      }
      for (const refused of [tokens, directives, cost, nested, fromVariables]) expect(refused.ms).toBeLessThan(500);
    });

    it('holds the 64 kB body limit on every GraphQL POST, and limits how deep and large arguments are', async () => {
      const oversized = JSON.stringify({ query: '{ pages { title } }', variables: { padding: 'x'.repeat(100_000) } });
      for (const endpoint of ['/graphql', '/graphql?x=1', '/graphql?']) {
        const response = await fetch(`${cms.url}${endpoint}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: oversized });
        expect(response.status, endpoint).toBe(413);
      }
      // Filters in variables count toward neither tokens nor cost: 1,000 nested `not` (8 kB) took
      // 10.6 s and 1,600 `or` conditions (53 kB) 1.8 s, both ending in a database error.
      const query = 'query ($filters: PageFiltersInput) { pages(filters: $filters, pagination: { limit: 100 }) { documentId title } }';
      let deep: Record<string, unknown> = { title: { containsi: 'ord' } };
      for (let i = 0; i < 1000; i += 1) deep = { not: deep };
      const wide = { or: Array.from({ length: 1600 }, (_, i) => ({ title: { containsi: `ord${i}` } })) };
      let inlineDeep = '{ title: { containsi: "ord" } }';
      for (let i = 0; i < 20; i += 1) inlineDeep = `{ not: ${inlineDeep} }`;
      const refusals = {
        deep: await timedGraphqlWith(cms, query, { filters: deep }),
        wide: await timedGraphqlWith(cms, query, { filters: wide }),
        'wide, used by 15 aliases': await timedGraphqlWith(cms, `query ($filters: PageFiltersInput) { ${Array.from({ length: 15 }, (_, i) => `p${i}: pages(filters: $filters) { title }`).join(' ')} }`, { filters: { or: wide.or.slice(0, 30) } }),
        'deep, inline': await timedGraphqlWith(cms, `{ pages(filters: ${inlineDeep}) { title } }`, {}),
      };
      for (const [name, refused] of Object.entries(refusals)) {
        expect(refused.status, name).toBe(400);
        expect(refused.body.errors?.[0]?.message, name).toMatch(/^Input (depth|values) limit of \d+ exceeded, found \d+\.$/);
        expect(refused.body.errors?.[0]?.extensions?.code, name).toBe('BAD_USER_INPUT');
        expect(refused.ms, name).toBeLessThan(500);
      }
      // The largest filters within the limits are answered quickly.
      let deepest: Record<string, unknown> = { title: { containsi: 'ord' } };
      for (let i = 0; i < 10; i += 1) deepest = { not: deepest };
      const widest = { or: Array.from({ length: 130 }, (_, i) => ({ title: { containsi: `ord${i}` } })) };
      for (const [name, filters] of Object.entries({ deepest, widest })) {
        const accepted = await timedGraphqlWith(cms, query, { filters });
        expect(accepted.body.errors, name).toBeUndefined();
        expect(accepted.ms, name).toBeLessThan(1000);
        console.info(`largest accepted filter (${name}): ${accepted.ms.toFixed(0)} ms`);
      }
    });

    // On PostgreSQL, the production database, only: the 800 documents take about 50 s to publish
    // through the admin API, and the limits they check are the CMS's (the same on either database;
    // docs/security.md has the figures of both).
    it.runIf(process.env.TEST_DATABASE === 'postgres')('answers the most expensive accepted queries quickly, on a realistic volume of content (the measured worst cases)', async () => {
      // More content than the portal will hold for years: 300 events on one activity, and 100 more
      // of each other type the cost counts (published, through the admin API as an editor would).
      const admin = await adminSession(cms);
      const activityId = (await graphql<{ activities: { documentId: string }[] }>(cms, '{ activities(pagination: { limit: 1 }, sort: ["order:asc"]) { documentId } }', { token: cms.readToken })).data!.activities[0]!.documentId;
      const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
      const prose = 'Människohandel för sexuella ändamål är ett allvarligt brott. Den som behöver stöd kan vända sig till socialtjänsten. '.repeat(8);
      const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString();
      const create = async (uid: string, data: Record<string, unknown>) => {
        const response = await admin.request('POST', `/content-manager/collection-types/${uid}/actions/publish?locale=sv`, data);
        expect(response.status, `${uid}: ${await response.clone().text()}`).toBeLessThan(300);
      };
      const volume: [string, number, (i: number) => Record<string, unknown>][] = [
        ['api::event.event', 300, (i) => ({ title: `Föreläsning ${i}`, slug: `volym-evenemang-${i}`, kind: 'lecture', startsAt: day(i), endsAt: day(i), moderationStatus: 'approved', description: paragraph(prose), organiserName: 'Karlskoga kommun', activity: { connect: [{ documentId: activityId, locale: 'sv' }] } })],
        ['api::follow-up.follow-up', 100, (i) => ({ doneOn: day(i).slice(0, 10), summary: `Uppföljning ${i}: ${prose.slice(0, 400)}`, reached: i, activity: { connect: [{ documentId: activityId, locale: 'sv' }] } })],
        ['api::page.page', 100, (i) => ({ title: `Sida ${i}`, slug: `volym-sida-${i}`, area: 'about', summary: prose.slice(0, 200), body: paragraph(prose), easyReadBody: paragraph(prose) })],
        ['api::support-resource.support-resource', 100, (i) => ({ name: `Stöd ${i}`, slug: `volym-stod-${i}`, summary: prose.slice(0, 200), level: 'general', scope: 'national', body: paragraph(prose) })],
        ['api::term.term', 100, (i) => ({ name: `Begrepp ${i}`, slug: `volym-begrepp-${i}`, definition: paragraph(prose) })],
        ['api::campaign.campaign', 100, (i) => ({ title: `Kampanj ${i}`, slug: `volym-kampanj-${i}`, startsOn: day(i).slice(0, 10), lede: prose.slice(0, 300), body: paragraph(prose) })],
      ];
      for (const [uid, count, data] of volume) {
        for (let i = 0; i < count; i += 4) await Promise.all(Array.from({ length: Math.min(4, count - i) }, (_, j) => create(uid, data(i + j))));
      }

      // As many aliases as allowed, each a full list of 100 with every field of the largest types;
      // the one activity's 300 events, 100 at a time, as often as the cost allows; and the follow-up
      // page's own query.
      const lists = [
        `pages(pagination: { limit: 100 }) { ${PAGE_FIELDS} }`,
        `events(pagination: { limit: 100 }) { ${EVENT_FIELDS} }`,
        'supportResources(pagination: { limit: 100 }) { documentId name slug summary body languages }',
        'terms(pagination: { limit: 100 }) { documentId name slug definition source }',
        'campaigns(pagination: { limit: 100 }) { documentId title slug lede body }',
      ];
      const activityEvents = (i: number) => `a${i}: activities(filters: { documentId: { eq: "${activityId}" } }, pagination: { limit: 1 }) { events(pagination: { start: ${(i % 3) * 100}, limit: 100 }) { ${EVENT_FIELDS} } followUps(pagination: { limit: 100 }) { doneOn summary reached } }`;
      const candidates = {
        'widest lists': `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${lists[i % lists.length]}`).join(' ')} }`,
        'one activity\'s events': `{ ${Array.from({ length: 15 }, (_, i) => activityEvents(i)).join(' ')} }`,
        'the follow-up page': print(documents.GetPlanFollowUpDocument),
      };
      for (const [name, query] of Object.entries(candidates)) {
        const accepted = await timedGraphqlWith(cms, query, { locale: 'sv' });
        expect(accepted.body.errors, name).toBeUndefined();
        expect(accepted.status, name).toBe(200);
        console.info(`worst accepted query (${name}): ${accepted.ms.toFixed(0)} ms, ${accepted.bytes} bytes`);
        // 0.66–2.9 s on PostgreSQL in CI, beside the other test stream (docs/security.md); against
        // the 14.5 s the probe's query took before.
        expect(accepted.ms, name).toBeLessThan(8000);
        expect(accepted.bytes, name).toBeLessThan(8 * 1024 * 1024);
      }
      // The read model's bulk export (cms/src/api/read-model): its largest page of each type with the
      // web's read token, and the same without a token (refused before any database work).
      for (const uid of ['api::event.event', 'api::activity.activity', 'api::page.page']) {
        for (const token of [cms.readToken, undefined]) {
          const started = performance.now();
          const response = await fetch(`${cms.url}/api/read-model/export?type=${uid}&limit=1000`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
          const text = await response.text();
          const ms = performance.now() - started;
          console.info(`read-model export of ${uid} (${token ? 'read token' : 'anonymous'}): ${response.status} in ${ms.toFixed(0)} ms, ${Buffer.byteLength(text)} bytes`);
          expect(response.status, uid).toBe(token ? 200 : 401);
          expect(ms, uid).toBeLessThan(8000);
          expect(Buffer.byteLength(text), uid).toBeLessThan(8 * 1024 * 1024);
        }
      }
    }, 300_000);
  });

  describe('CORS', () => {
    const corsHeaders = (response: Response) => ({
      origin: response.headers.get('access-control-allow-origin'),
      credentials: response.headers.get('access-control-allow-credentials'),
    });
    const preflight = (url: string, origin: string) =>
      fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });

    it('gives an unknown origin no CORS headers on the content API, GraphQL or the admin', async () => {
      const answers = [
        await fetch(`${cms.url}/api/pages`, { headers: { origin: EVIL_ORIGIN } }),
        await fetch(`${cms.url}/graphql`, { method: 'POST', headers: { origin: EVIL_ORIGIN, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) }),
        await fetch(`${cms.url}/admin/init`, { headers: { origin: EVIL_ORIGIN } }),
        await preflight(`${cms.url}/api/event-submissions`, EVIL_ORIGIN),
        await preflight(`${cms.url}/graphql`, EVIL_ORIGIN),
        await preflight(`${cms.url}/admin/login`, EVIL_ORIGIN),
        await preflight(`${cms.url}/upload`, 'null'),
      ];
      for (const answer of answers) expect(corsHeaders(answer), answer.url).toEqual({ origin: null, credentials: null });
    });

    it('allows the portal and the admin panel, with credentials', async () => {
      for (const [url, origin] of [
        [`${cms.url}/api/pages`, WEB_ORIGIN],
        [`${cms.url}/admin/init`, `http://localhost:${new URL(cms.url).port}`],
        [`${cms.url}/admin/init`, `http://127.0.0.1:${new URL(cms.url).port}`],
      ] as const) {
        expect(corsHeaders(await fetch(url, { headers: { origin } })), url).toEqual({ origin, credentials: 'true' });
      }
      expect(corsHeaders(await preflight(`${cms.url}/graphql`, WEB_ORIGIN))).toEqual({ origin: WEB_ORIGIN, credentials: 'true' });
    });
  });

  describe('multipart bodies', () => {
    const file = () => {
      const form = new FormData();
      form.append('files', new Blob([new Uint8Array(2 * 1024 * 1024).fill(7)], { type: 'image/png' }), 'fyll-disken.png');
      form.append('data', JSON.stringify({ title: 'x' }));
      return form;
    };
    const post = (requestPath: string, token?: string) =>
      fetch(`${cms.url}${requestPath}`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: file() });
    /** Temporary files are removed just after the answer: wait until the folder is as before, or time out. */
    async function expectTmpDirBackTo(before: string[]) {
      await waitFor(() => JSON.stringify(tmpEntries()) === JSON.stringify(before), { timeoutMs: 2000 }).catch(() => undefined);
      expect(tmpEntries()).toEqual(before);
    }

    it('refuses anonymous multipart everywhere before reading it, and leaves no file behind', async () => {
      const before = tmpEntries();
      const statuses: Record<string, number> = {};
      for (const requestPath of ['/api/events', '/api/pages', '/graphql', '/graphql?x=1', '/admin/login', '/api/upload', '/upload', '/api/event-submissions', '/admin/moderation-inbox/x/reject']) {
        statuses[requestPath] = (await post(requestPath)).status;
      }
      expect(statuses).toEqual({
        '/api/events': 415,
        '/api/pages': 415,
        '/graphql': 415,
        '/graphql?x=1': 415,
        '/admin/login': 415,
        '/api/upload': 401,
        '/upload': 401,
        '/api/event-submissions': 415,
        '/admin/moderation-inbox/x/reject': 415,
      });
      // Tokens that exist but may not upload, and tokens that do not exist.
      expect((await post('/api/event-submissions', cms.submissionToken)).status).toBe(415);
      expect((await post('/api/upload', cms.readToken)).status).toBe(403);
      expect((await post('/api/upload', 'not-a-token')).status).toBe(401);
      expect((await post('/upload', cms.readToken)).status).toBe(401);
      await expectTmpDirBackTo(before);
    });

    it('still takes an editor\'s upload, up to 20 MB, and removes the temporary files either way', async () => {
      const session = await adminSession(cms);
      const before = tmpEntries();
      const accepted = await post('/upload', session.token);
      expect(accepted.status, await accepted.clone().text()).toBe(201);
      await expectTmpDirBackTo(before);

      // A file under any other field name is written to the temporary folder too, and strapi::body
      // removes only those under `files` after an upload that went well.
      const extra = file();
      extra.append('junk', new Blob([new Uint8Array(1024 * 1024).fill(9)], { type: 'application/octet-stream' }), 'liggkvar.bin');
      const withJunk = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${session.token}` }, body: extra });
      expect(withJunk.status, await withJunk.clone().text()).toBe(201);
      await expectTmpDirBackTo(before);

      const big = new FormData();
      big.append('files', new Blob([new Uint8Array(21 * 1024 * 1024)], { type: 'application/octet-stream' }), 'for-stor.bin');
      const tooBig = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${session.token}` }, body: big });
      expect(tooBig.status).toBe(413);
      await expectTmpDirBackTo(before);
    });
  });
});

// Apollo adds stack traces (with the server's absolute paths) to GraphQL errors whenever NODE_ENV is
// neither production nor test: this CMS runs as in development.
describe('errors from a CMS in development', () => {
  let cms: RunningCms;
  beforeAll(async () => {
    // No content needed: errors are the subject. A development start is slower on a busy machine.
    cms = await startCms({ extraEnv: { NODE_ENV: 'development', SEED: 'false' }, healthTimeoutMs: 110_000 });
  }, 150_000);
  afterAll(async () => {
    await cms?.stop();
  });

  it('never sends a stack trace or a server path with an error', async () => {
    const invalid = await timedGraphql(cms, '{ pages(filters: { nope: { eq: 1 } }) { title } }');
    expect(invalid.status).toBe(400);
    const failing = await timedGraphql(cms, '{ pages(pagination: { limit: 100, page: 1, start: 0 }) { title } }');
    const unknown = await timedGraphql(cms, '{ usersPermissionsUsers { email } }');
    for (const answer of [invalid, failing, unknown]) {
      expect(answer.status).toBeLessThan(500);
      const text = JSON.stringify(answer.body);
      expect(text).not.toMatch(/stacktrace/i);
      expect(text).not.toContain(repoRoot);
      expect(text).not.toMatch(/node_modules|\.js:\d+/);
    }
    const rest = await fetch(`${cms.url}/api/pages?filters[nope][$eq]=1&sort=nope:asc`);
    expect(rest.status).toBe(400);
    const restText = await rest.text();
    expect(restText).not.toContain(repoRoot);
    expect(restText).not.toMatch(/node_modules|\.js:\d+|stack/i);
  });
});
