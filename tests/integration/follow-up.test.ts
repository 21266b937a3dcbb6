// The plan's follow-up in a real Strapi: activity status "not reported" (also for databases an
// older seed filled with "planned"), follow-up entries and events that name their activity, read
// through the web's own GraphQL document, and the editors' review list with its months setting.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminSession, cmsDir, communicatorSession, graphql, type RunningCms } from '../support/cms';
import { psql } from '../support/postgres';
import { createDocument, usePortalStack, type AdminSession } from '../support/stack';

const FOLLOW_UP_QUERY = fs.readFileSync(path.join(cmsDir, '..', 'shared', 'graphql', 'documents', 'follow-up.graphql'), 'utf8');
const DRAFT_MARK = 'UTKAST-UPPFÖLJNING';

type Admin = AdminSession;
type FollowUpData = {
  activities: {
    documentId: string;
    order: number;
    status: string;
    followUps: { summary: string; doneOn: string; reached: number | null; documentUrl: string | null; event: { slug: string } | null }[];
    events: { slug: string; startsAt: string }[];
  }[];
};

/** `YYYY-MM-DD`, `months` calendar months before today (UTC; the tests keep well away from the edges). */
function monthsAgo(months: number): string {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

/** SQL on the CMS's database (while it is stopped): the SQLite file or the test PostgreSQL. */
function sql(cms: RunningCms, statement: string): string {
  if (cms.database.client === 'postgres') return psql(cms.database.server, cms.database.name, statement);
  const result = spawnSync('sqlite3', [cms.database.filename, statement], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`sqlite3 failed: ${result.stderr}`);
  return result.stdout.trim();
}

const relation = (documentId: string) => ({ connect: [{ documentId, locale: 'sv' }] });

describe('plan follow-up', () => {
  let cms: RunningCms;
  let admin: Admin;

  usePortalStack({}, (stack) => ({ cms, admin } = stack));

  const readFollowUp = async (token?: string) => {
    const result = await graphql<FollowUpData>(cms, FOLLOW_UP_QUERY, { token, variables: { locale: 'sv' } });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };

  it('seeds every activity as not reported', async () => {
    const data = await readFollowUp(cms.readToken);
    expect(data.activities).toHaveLength(5);
    expect(data.activities.map((activity) => activity.status)).toEqual(Array(5).fill('notReported'));
  });

  it('shows published follow-up entries and the events and campaigns that name an activity, to the public and the read token', async () => {
    const activityId = (await readFollowUp()).activities[0]!.documentId;
    const pastEventId = await createDocument(
      admin,
      'api::event.event',
      { title: 'Föreläsning om människohandel för personal', kind: 'lecture', startsAt: '2026-01-20T15:00:00.000Z', endsAt: '2026-01-20T17:00:00.000Z', activity: relation(activityId) },
      { publish: true },
    );
    await createDocument(admin, 'api::event.event', { title: 'Utbildning nästa år', kind: 'training', startsAt: '2031-02-01T09:00:00.000Z', activity: relation(activityId) }, { publish: true });
    await createDocument(admin, 'api::event.event', { title: `${DRAFT_MARK} evenemang`, kind: 'meeting', startsAt: '2026-01-05T09:00:00.000Z', activity: relation(activityId) });
    await createDocument(
      admin,
      'api::follow-up.follow-up',
      { summary: 'Två utbildningar för socialtjänsten.', doneOn: '2026-01-21', reached: 35, documentUrl: 'https://example.org/rapport.pdf', event: relation(pastEventId), activity: relation(activityId) },
      { publish: true },
    );
    await createDocument(admin, 'api::follow-up.follow-up', { summary: `${DRAFT_MARK} inte klar`, doneOn: '2026-01-22', activity: relation(activityId) });
    await createDocument(admin, 'api::campaign.campaign', { title: 'Kampanj för aktiviteten', startsOn: '2026-01-01', lede: 'Om kampanjen.', activity: relation(activityId) }, { publish: true });

    for (const token of [undefined, cms.readToken]) {
      const data = await readFollowUp(token);
      const first = data.activities.find((activity) => activity.documentId === activityId)!;
      expect(first.followUps).toEqual([
        expect.objectContaining({ summary: 'Två utbildningar för socialtjänsten.', doneOn: '2026-01-21', reached: 35, documentUrl: 'https://example.org/rapport.pdf', event: expect.objectContaining({ slug: expect.stringMatching(/^forelasning-om-manniskohandel/) }) }),
      ]);
      expect(first.events.map((event) => event.startsAt)).toEqual(['2031-02-01T09:00:00.000Z', '2026-01-20T15:00:00.000Z']);
      expect(JSON.stringify(data)).not.toContain(DRAFT_MARK);
      // Read from the activity's side: the way back from a campaign (or an event, or an entry) to its
      // activity is not in the public schema, so queries cannot go round (docs/security.md).
      const campaigns = await graphql<{ activities: { campaigns: { title: string }[] }[] }>(
        cms,
        `query { activities(locale: "sv", filters: { documentId: { eq: "${activityId}" } }) { campaigns { title } } }`,
        { token },
      );
      expect(campaigns.data?.activities).toEqual([{ campaigns: [{ title: 'Kampanj för aktiviteten' }] }]);
    }
  });

  it('labels the follow-up fields in Swedish for editors', async () => {
    const response = await admin.request('GET', '/content-manager/content-types/api::follow-up.follow-up/configuration');
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { contentType: { metadatas: Record<string, { edit: { label: string; description: string } }> } } };
    expect(data.contentType.metadatas.summary?.edit).toMatchObject({ label: 'Vad gjordes?', description: expect.stringContaining('Uppföljning') });
    expect(data.contentType.metadatas.reached?.edit.label).toBe('Antal som nåddes');
    const site = await admin.request('GET', '/content-manager/content-types/api::site.site/configuration');
    expect(JSON.stringify(await site.json())).toContain('Granska innehåll efter (månader)');
  });

  it('refuses a follow-up entry without a date or with a link that is not a web address', async () => {
    const withoutDate = await admin.request('POST', '/content-manager/collection-types/api::follow-up.follow-up/actions/publish?locale=sv', { summary: 'Utan datum.' });
    expect(withoutDate.status).toBe(400);
    const badLink = await admin.request('POST', '/content-manager/collection-types/api::follow-up.follow-up/actions/publish?locale=sv', {
      summary: 'Med fel länk.',
      doneOn: '2026-01-01',
      documentUrl: 'javascript:alert(1)',
    });
    expect(badLink.status).toBe(400);
    const negative = await admin.request('POST', '/content-manager/collection-types/api::follow-up.follow-up/actions/publish?locale=sv', {
      summary: 'Negativt antal.',
      doneOn: '2026-01-01',
      reached: -3,
    });
    expect(negative.status).toBe(400);
  });

  it("turns an older seed's 'planned' into 'not reported' once, and keeps what editors set", async () => {
    await cms.halt();
    const later = cms.database.client === 'postgres' ? "created_at + interval '1 day'" : 'created_at + 86400000';
    // What a seed before issue 9 left: every activity 'planned', untouched since; then editors saved two of them.
    sql(cms, "UPDATE activities SET status = 'planned'");
    sql(cms, `UPDATE activities SET updated_at = ${later} WHERE "order" = 2`);
    sql(cms, `UPDATE activities SET status = 'ongoing', updated_at = ${later} WHERE "order" = 3`);
    // The seed store as such a version left it: without the migration's key.
    const stored = sql(cms, "SELECT value FROM strapi_core_store_settings WHERE key = 'core_stodportalen_seed'");
    const keys = (JSON.parse(stored) as { keys: string[] }).keys;
    expect(keys).toContain('migration:activity-status-not-reported');
    const older = JSON.stringify({ keys: keys.filter((key) => key !== 'migration:activity-status-not-reported') }).replace(/'/g, "''");
    sql(cms, `UPDATE strapi_core_store_settings SET value = '${older}' WHERE key = 'core_stodportalen_seed'`);
    await cms.restart();

    const statuses = async () => Object.fromEntries((await readFollowUp(cms.readToken)).activities.map((activity) => [activity.order, activity.status]));
    expect(await statuses()).toEqual({ 1: 'notReported', 2: 'planned', 3: 'ongoing', 4: 'notReported', 5: 'notReported' });

    // Once: an editor who later sets 'planned' on an untouched activity keeps it after a restart.
    await cms.halt();
    sql(cms, `UPDATE activities SET status = 'planned' WHERE "order" = 4`);
    await cms.restart();
    expect((await statuses())[4]).toBe('planned');
    admin = await adminSession(cms);
  }, 120_000);

  describe('review list', () => {
    type ReviewList = { data: { intervalMonths: number; reviewedOnOrBefore: string; items: { documentId: string; type: string; reasons: string[] }[] } };
    const channel = [{ kind: 'web', value: 'https://example.org/kontakt' }];
    const resource = (name: string, reviewedOn: string | null, channels: unknown[]) => ({ name, summary: `${name}.`, level: 'general', scope: 'local', reviewedOn, channels });
    const ids: Record<string, string> = {};

    const reviewList = async () => {
      const response = await admin.request('GET', '/admin/review-list');
      expect(response.status).toBe(200);
      const body = (await response.json()) as ReviewList;
      const ours = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
      return {
        ...body.data,
        mine: Object.fromEntries(body.data.items.filter((item) => ours.has(item.documentId)).map((item) => [ours.get(item.documentId), item.reasons])),
      };
    };

    beforeAll(async () => {
      ids.neverReviewed = await createDocument(admin, 'api::support-resource.support-resource', resource('Aldrig granskad', null, channel), { publish: true });
      ids.reviewed13MonthsAgo = await createDocument(admin, 'api::support-resource.support-resource', resource('Granskad för 13 månader sedan', monthsAgo(13), channel), { publish: true });
      ids.reviewedLastMonth = await createDocument(admin, 'api::support-resource.support-resource', resource('Granskad förra månaden', monthsAgo(1), channel), { publish: true });
      ids.withoutChannels = await createDocument(admin, 'api::support-resource.support-resource', resource('Utan kontaktvägar', monthsAgo(1), []), { publish: true });
      ids.reviewed8MonthsAgo = await createDocument(admin, 'api::support-resource.support-resource', resource('Granskad för 8 månader sedan', monthsAgo(8), channel), { publish: true });
      ids.page13MonthsAgo = await createDocument(
        admin,
        'api::page.page',
        { title: 'Sida granskad för 13 månader sedan', area: 'about', reviewedOn: monthsAgo(13), body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Text.' }] }] },
        { publish: true },
      );
    });

    /** What the review list says of this test's documents with the default 12 months. */
    const flaggedAfter12Months = {
      neverReviewed: ['neverReviewed'],
      reviewed13MonthsAgo: ['reviewOverdue'],
      withoutChannels: ['noContactChannel'],
      page13MonthsAgo: ['reviewOverdue'],
    };

    it('lists what was never reviewed, was reviewed 12 months ago or more, and resources without a contact channel', async () => {
      const list = await reviewList();
      expect(list.intervalMonths).toBe(12);
      expect(list.mine).toEqual(flaggedAfter12Months);
      // The seeded pages and resources carry no review date yet: editors see them all.
      expect(list.items.filter((item) => item.reasons.includes('neverReviewed')).length).toBeGreaterThan(5);
    });

    it('follows the months setting editors change in the site settings', async () => {
      const saved = await admin.request('PUT', '/content-manager/single-types/api::site.site?locale=sv', { reviewIntervalMonths: 6 });
      expect(saved.status, await saved.clone().text()).toBe(200);
      const list = await reviewList();
      expect(list.intervalMonths).toBe(6);
      // Six months: the resource reviewed eight months ago is due too.
      expect(list.mine).toEqual({ ...flaggedAfter12Months, reviewed8MonthsAgo: ['reviewOverdue'] });
    });

    it('is open to a communicator (the Kommunikatör role), not only to the super admin', async () => {
      const { token } = await communicatorSession(cms, admin);
      const response = await fetch(`${cms.url}/admin/review-list`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Aldrig granskad');
    });

    it('is closed to the public and to the web’s tokens, and the setting is not public', async () => {
      for (const token of [undefined, cms.readToken, cms.submissionToken]) {
        const response = await fetch(`${cms.url}/admin/review-list`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
        expect(response.status).toBe(401);
        expect(await response.text()).not.toContain('Aldrig granskad');
      }
      const site = await fetch(`${cms.url}/api/site?locale=sv`, { headers: { authorization: `Bearer ${cms.readToken}` } });
      expect(site.status).toBe(200);
      expect(await site.text()).not.toContain('reviewIntervalMonths');
    });
  });
});
