// The read model's sync through the CMS's bulk routes (export.server.ts) and a notice's relations in
// both directions (read-model.server.ts refreshRelated), against a scripted CMS: the sync's two
// boundaries, SyncRequest (GraphQL) and ExportRequest (REST).
import { GetPlanFollowUpDocument } from '@stodportalen/shared/graphql';
import { describe, expect, it } from 'vitest';
import { exportType, projectDocument, type ExportRequest } from './export.server';
import { ReadModel } from './read-model.server';
import type { SyncRequest } from './sync.server';
import { READ_MODEL_TYPES, TYPE_BY_NAME, type StoredDocument } from './types';

const AT = '2026-01-01T00:00:00.000Z';
const entry = (type: string) => TYPE_BY_NAME.get(type)!;

/** Published documents per GraphQL list field (`events`, `followUps`, …), as the CMS holds them. */
type Tables = Record<string, StoredDocument[]>;

/** GraphQL as the sync asks it: counts, pages, one document by documentId, the check's latest rows. */
function scriptedGraphql(tables: Tables): { request: SyncRequest; calls: string[] } {
  const calls: string[] = [];
  const request: SyncRequest = async <T extends object>(query: string, variables: Record<string, unknown>, operation: string): Promise<T> => {
    calls.push(operation);
    const data: Record<string, unknown> = {};
    for (const match of query.matchAll(/(\w+): (\w+)\(locale: (?:"(\w+)"|\$locale)(.*?)\) \{/g)) {
      const [, alias, field, literal, rest] = match;
      const locale = literal ?? String(variables.locale);
      const list = field!.replace(/_connection$/, '');
      const docs = (tables[list] ?? []).filter((doc) => doc.locale === locale);
      const byRelation = /filters: \{ (\w+): \{ documentId: \{ eq/.exec(rest!)?.[1];
      if (field!.endsWith('_connection')) data[alias!] = { pageInfo: { total: docs.length } };
      else if (byRelation) data[alias!] = docs.filter((doc) => (doc[byRelation] as { documentId?: string } | null)?.documentId === variables.documentId).map((doc) => ({ documentId: doc.documentId }));
      else if (rest!.includes('documentId: { eq')) data[alias!] = docs.filter((doc) => doc.documentId === variables.documentId);
      else if (rest!.includes('publishedAt:desc') || rest!.includes('updatedAt:desc')) data[alias!] = docs.slice(0, 1);
      else if (!(list in tables) && !rest!.includes('pagination')) data[alias!] = null;
      else data[alias!] = docs;
    }
    return data as T;
  };
  return { request, calls };
}

/** The CMS's export: every table's rows, `rows` a page, with extra fields the web must drop. */
function scriptedExport(tables: Tables, rows = 2): { request: ExportRequest; paths: string[] } {
  const paths: string[] = [];
  const request: ExportRequest = async (path) => {
    paths.push(path);
    const url = new URL(path, 'http://cms.invalid');
    if (url.pathname === '/api/read-model/fingerprint') {
      const data: Record<string, Record<string, unknown>> = {};
      for (const type of READ_MODEL_TYPES) {
        const docs = tables[type.list ?? type.single!] ?? [];
        data[type.uid] = Object.fromEntries(
          ['sv', 'en'].map((locale) => {
            const count = docs.filter((d) => d.locale === locale).length;
            return [locale, { count, maxPublishedAt: count ? AT : null, maxUpdatedAt: count ? AT : null }];
          }),
        );
      }
      return { status: 200, payload: { data } };
    }
    const type = READ_MODEL_TYPES.find((t) => t.uid === url.searchParams.get('type'))!;
    const all = (tables[type.list ?? type.single!] ?? []).map((doc, index) => ({ ...doc, submitterEmail: 'hemlig@example.invalid', rowId: index + 1 }));
    const after = Number(url.searchParams.get('after'));
    const page = all.filter((row) => row.rowId > after).slice(0, rows);
    return { status: 200, payload: { data: page, next: page.length === rows ? page.at(-1)!.rowId : null } };
  };
  return { request, paths };
}

const activity = (followUps: string[], events: string[]): StoredDocument => ({
  documentId: 'act',
  locale: 'sv',
  title: 'Aktivitet',
  status: 'ongoing',
  order: 1,
  followUps: followUps.map((documentId) => ({ documentId, locale: 'sv' })),
  events: events.map((documentId) => ({ documentId, locale: 'sv' })),
  publishedAt: AT,
  updatedAt: AT,
});
const event = (documentId: string): StoredDocument => ({ documentId, locale: 'sv', slug: documentId, title: `Evenemang ${documentId}`, kind: 'meeting', startsAt: '2026-01-10T10:00:00.000Z', endsAt: null, publishedAt: AT, updatedAt: AT, activity: { documentId: 'act', locale: 'sv' } });

describe("the CMS's bulk export", () => {
  it('keeps exactly the fields GraphQL would give: relations as references, components with string ids, nothing private', () => {
    const doc = projectDocument(entry('Event'), {
      documentId: 'e1',
      locale: 'sv',
      title: 'Föreläsning',
      slug: 'forelasning',
      kind: 'lecture',
      startsAt: AT,
      venue: { id: '7', name: 'Folkets hus', city: 'Karlskoga', extra: 'x' },
      organiser: { documentId: 'org', locale: 'sv', name: 'not a reference field' },
      // Not in the web's schema (private, or a relation GraphQL does not expose): dropped.
      submitterEmail: 'hemlig@example.invalid',
      activity: { documentId: 'act', locale: 'sv' },
      localizations: [{ documentId: 'e1', locale: 'en' }],
    })!;
    expect(doc).not.toHaveProperty('submitterEmail');
    expect(doc).not.toHaveProperty('activity');
    expect(doc).not.toHaveProperty('localizations');
    expect(doc.venue).toEqual({ address: null, city: 'Karlskoga', id: '7', name: 'Folkets hus' });
    expect(doc.organiser).toEqual({ documentId: 'org', locale: 'sv' });
    // Every field of the selection is there (null when the export had none), as GraphQL answers.
    expect(doc.endsAt).toBeNull();
    expect(doc.audiences).toBeNull();
    expect(projectDocument(entry('Event'), { title: 'no documentId' })).toBeNull();
  });

  it('keeps an image with the fields the portal shows it with, and no image as null', () => {
    const formats = { small: { url: '/uploads/small_bild.png', width: 500, height: 333 } };
    const withImage = projectDocument(entry('Campaign'), {
      documentId: 'c1',
      locale: 'sv',
      title: 'Kampanj',
      image: { url: '/uploads/bild.png', alternativeText: 'Två personer', width: 1200, height: 800, formats, hash: 'x', provider: 'local' },
    })!;
    expect(withImage.image).toEqual({ url: '/uploads/bild.png', alternativeText: 'Två personer', width: 1200, height: 800, formats });
    expect(projectDocument(entry('Campaign'), { documentId: 'c2', locale: 'sv', title: 'Utan bild', image: null })!.image).toBeNull();
  });

  it('reads a type page by page, each document once, in documentId order, only the locales asked for', async () => {
    const events = [event('c'), event('a'), { ...event('b'), locale: 'de' }, event('d'), { ...event('a'), title: 'Later row' }];
    const cms = scriptedExport({ events }, 2);
    const docs = await exportType(cms.request, entry('Event'), ['sv', 'en']);
    expect(docs.map((doc) => doc.documentId)).toEqual(['a', 'c', 'd']);
    expect(docs[0]!.title).toBe('Later row');
    expect(cms.paths).toHaveLength(3);
  });

  it('loads and checks through the export (one request for the check), and falls back to GraphQL on a CMS without it', async () => {
    const tables: Tables = { events: [event('e1')], activities: [activity([], ['e1'])] };
    const graphql = scriptedGraphql(tables);
    const bulk = scriptedExport(tables, 1000);
    const model = new ReadModel({ request: graphql.request, exportRequest: bulk.request, checkIntervalMs: 3_600_000, log: () => {} });
    await model.start();
    model.stop();
    expect(model.store.all('Event', 'sv').map((doc) => doc.documentId)).toEqual(['e1']);
    expect(graphql.calls).toEqual([]);
    bulk.paths.length = 0;
    expect(await model.check()).toEqual([]);
    expect(bulk.paths).toEqual(['/api/read-model/fingerprint']);
    expect(graphql.calls).toEqual([]);

    const old = scriptedGraphql(tables);
    const logged: string[] = [];
    const fallback = new ReadModel({ request: old.request, exportRequest: async () => ({ status: 404, payload: null }), checkIntervalMs: 3_600_000, log: (line) => logged.push(line) });
    await fallback.start();
    fallback.stop();
    expect(fallback.store.all('Event', 'sv').map((doc) => doc.documentId)).toEqual(['e1']);
    expect(old.calls.some((call) => call.startsWith('ReadModelSyncEvent'))).toBe(true);
    expect(logged.join('\n')).toMatch(/reading through GraphQL/);
  });
});

describe('a notice and the other side of its relations', () => {
  it('a follow-up published right after its event (whose notice was lost) brings the event along, and its activity lists it', async () => {
    const tables: Tables = { events: [], followUps: [], activities: [activity([], [])], plan: [] };
    const graphql = scriptedGraphql(tables);
    const model = new ReadModel({ request: graphql.request, checkIntervalMs: 3_600_000, log: () => {} });
    await model.start();
    model.stop();
    // Published in the CMS: the event (its notice never arrives), then the follow-up naming it.
    tables.events!.push(event('told'));
    tables.followUps!.push({ documentId: 'f1', locale: 'sv', doneOn: '2026-03-12', summary: 'Gjort', reached: 4, event: { documentId: 'told', locale: 'sv' }, activity: { documentId: 'act', locale: 'sv' }, publishedAt: AT, updatedAt: AT });
    tables.activities = [activity(['f1'], ['told'])];
    // Only the follow-up's notice arrives.
    await model.apply({ uid: 'api::follow-up.follow-up', documentId: 'f1', action: 'publish' });
    expect(model.store.get('Event', 'sv', 'told')?.title).toBe('Evenemang told');
    const page = model.run<{ activities: { followUps: { event: { slug: string } | null }[]; events: { documentId: string }[] }[] }>(GetPlanFollowUpDocument, { locale: 'sv' });
    expect(page.activities[0]!.followUps).toHaveLength(1);
    expect(page.activities[0]!.followUps[0]!.event?.slug).toBe('told');
    expect(page.activities[0]!.events.map((e) => e.documentId)).toEqual(['told']);
  });

  it('in a type too large to reload whole, re-reads the documents whose reference to it the CMS and the store disagree on', async () => {
    const org = (documentId: string): StoredDocument => ({ documentId, locale: 'sv', name: `Organisation ${documentId}`, slug: documentId, kind: 'municipal', publishedAt: AT, updatedAt: AT });
    const withOrganiser = (documentId: string, organiser: string | null): StoredDocument => ({ ...event(documentId), organiser: organiser ? { documentId: organiser, locale: 'sv' } : null });
    // More events than the read model reloads whole when an organisation changes.
    const many = Array.from({ length: 600 }, (_, i) => withOrganiser(`e${String(i).padStart(3, '0')}`, i < 3 ? 'org' : null));
    const tables: Tables = { events: many, organisations: [org('org')] };
    const graphql = scriptedGraphql(tables);
    const changes: { related?: { type: string; documentId: string }[]; types: string[] }[] = [];
    const model = new ReadModel({ request: graphql.request, checkIntervalMs: 3_600_000, log: () => {}, onChange: (_reason, change) => changes.push(change) });
    await model.start();
    model.stop();
    // In the CMS, e001 no longer names the organisation and e100 now does (say, through a relation
    // edited from the organisation's side); neither event's notice came.
    tables.events = many.map((doc) => (doc.documentId === 'e001' ? withOrganiser('e001', null) : doc.documentId === 'e100' ? withOrganiser('e100', 'org') : doc));
    graphql.calls.length = 0;
    await model.apply({ uid: 'api::organisation.organisation', documentId: 'org', action: 'update' });
    expect(changes.at(-1)?.related).toEqual([
      { type: 'Event', documentId: 'e100' },
      { type: 'Event', documentId: 'e001' },
    ]);
    expect(model.store.get('Event', 'sv', 'e001')?.organiser).toBeNull();
    expect(model.store.get('Event', 'sv', 'e100')?.organiser).toEqual({ documentId: 'org', locale: 'sv' });
    // Two events read again, not 600; the events were not reloaded whole.
    expect(graphql.calls.filter((call) => call === 'ReadModelSyncOneEvent')).toHaveLength(2);
    expect(graphql.calls.filter((call) => call === 'ReadModelSyncEvent')).toHaveLength(0);
    expect(changes.at(-1)?.types).not.toContain('Event');
  });
});
