// The read model without a CMS: the web's own documents answered from memory with Strapi's
// filters, sort, pagination, relations and localizations; notices and the consistency check
// against a scripted CMS (the sync's one boundary, SyncRequest).
import { GetEventDocument, GetPageDocument, GetPlanFollowUpDocument, ListEventsDocument } from '@stodportalen/shared/graphql';
import { describe, expect, it } from 'vitest';
import { ReadModelExecutor } from './execute.server';
import { ReadModel } from './read-model.server';
import { ReadModelStore } from './store.server';
import type { SyncRequest } from './sync.server';
import type { StoredDocument } from './types';

const NOW = new Date('2026-06-15T10:00:00.000Z');

function event(documentId: string, startsAt: string, extra: Partial<StoredDocument> = {}): StoredDocument {
  return { documentId, locale: 'sv', slug: documentId, title: `Evenemang ${documentId}`, kind: 'lecture', startsAt, endsAt: null, publishedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...extra };
}

function storeWithEvents(): ReadModelStore {
  const store = new ReadModelStore();
  store.replaceType('Event', [
    event('c', '2026-06-20T10:00:00.000Z'),
    event('a', '2026-06-16T10:00:00.000Z', { kind: 'meeting' }),
    event('past', '2026-06-01T10:00:00.000Z'),
    // Started before now, ends after: still upcoming (the calendar's `or`).
    event('ongoing', '2026-06-14T10:00:00.000Z', { endsAt: '2026-06-16T10:00:00Z' }),
    event('b', '2026-06-16T10:00:00.000Z'),
    event('a', '2026-06-16T10:00:00.000Z', { locale: 'en', title: 'Event a' }),
  ]);
  return store;
}

const listVariables = (filters: object, page = 1, pageSize = 2) => ({
  baseLocale: 'sv', locale: 'en', translate: true, filters, sort: ['startsAt:asc', 'documentId:asc'], page, pageSize, translationLimit: 100,
});
const upcoming = { or: [{ startsAt: { gte: NOW.toISOString() } }, { endsAt: { gte: NOW.toISOString() } }] };

describe('answering documents from memory', () => {
  it('filters (dates as instants, or/and/eq), sorts with ties broken, pages and counts like Strapi', () => {
    const executor = new ReadModelExecutor(storeWithEvents());
    type List = { events: { documentId: string }[]; events_connection: { pageInfo: { total: number; page: number; pageSize: number; pageCount: number } }; translations: { documentId: string; title: string }[] };
    const first = executor.run<List>(ListEventsDocument, listVariables(upcoming));
    expect(first.events.map((e) => e.documentId)).toEqual(['ongoing', 'a']);
    expect(first.events_connection.pageInfo).toEqual({ total: 4, page: 1, pageSize: 2, pageCount: 2 });
    expect(first.translations.map((e) => e.title)).toEqual(['Event a']);
    const second = executor.run<List>(ListEventsDocument, listVariables(upcoming, 2));
    expect(second.events.map((e) => e.documentId)).toEqual(['b', 'c']);
    const meetings = executor.run<List>(ListEventsDocument, listVariables({ and: [upcoming, { kind: { eq: 'meeting' } }] }));
    expect(meetings.events.map((e) => e.documentId)).toEqual(['a']);
  });

  it('keeps a selection across requests until the store changes', () => {
    const store = storeWithEvents();
    const executor = new ReadModelExecutor(store);
    type List = { events: { documentId: string }[]; events_connection: { pageInfo: { total: number } } };
    const before = executor.run<List>(ListEventsDocument, listVariables(upcoming, 1, 10));
    expect(before.events_connection.pageInfo.total).toBe(4);
    // The same filter again is not scanned again: a document changed in place is not seen...
    const kept = store.get('Event', 'sv', 'past')!;
    kept.startsAt = '2026-06-30T10:00:00.000Z';
    expect(executor.run<List>(ListEventsDocument, listVariables(upcoming, 1, 10)).events_connection.pageInfo.total).toBe(4);
    // ...until the store changes (a notice replaces documents, never edits them in place).
    store.replaceDocument('Event', 'new', new Map([['sv', event('new', '2026-07-01T10:00:00.000Z')]]));
    const after = executor.run<List>(ListEventsDocument, listVariables(upcoming, 1, 10));
    expect(after.events.map((e) => e.documentId)).toEqual(['ongoing', 'a', 'b', 'c', 'past', 'new']);
  });

  it('finds one by slug in its locale, with the Swedish fallback', () => {
    const executor = new ReadModelExecutor(storeWithEvents());
    type One = { events: { title: string; locale: string }[]; fallback: { title: string }[] | null };
    expect(executor.run<One>(GetEventDocument, { baseLocale: 'sv', locale: 'en', translate: true, slug: 'b' })).toMatchObject({ events: [], fallback: [{ title: 'Evenemang b' }] });
    expect(executor.run<One>(GetEventDocument, { baseLocale: 'sv', locale: 'en', translate: true, slug: 'a' }).events).toMatchObject([{ title: 'Event a', locale: 'en' }]);
  });

  it('resolves relations from their references and localizations from the other locales', () => {
    const store = new ReadModelStore();
    store.replaceType('Plan', [{ documentId: 'plan', locale: 'sv', title: 'Planen', metadata: { validityPeriod: '2025–2028', revisionDueOn: null } }]);
    store.replaceType('Event', [event('e1', '2026-05-01T10:00:00.000Z'), event('e2', '2026-05-03T10:00:00.000Z')]);
    store.replaceType('FollowUp', [{ documentId: 'f1', locale: 'sv', doneOn: '2026-05-02', summary: 'Gjort', event: { documentId: 'e2', locale: 'sv' } }]);
    store.replaceType('Activity', [
      // e-gone was unpublished: its reference resolves to nothing.
      { documentId: 'act', locale: 'sv', title: 'Aktivitet', status: 'ongoing', order: 1, followUps: [{ documentId: 'f1', locale: 'sv' }], events: ['e1', 'e2', 'e-gone'].map((documentId) => ({ documentId, locale: 'sv' })) },
    ]);
    const data = new ReadModelExecutor(store).run<{ activities: { followUps: { event: { slug: string } }[]; events: { documentId: string }[] }[] }>(GetPlanFollowUpDocument, { locale: 'sv' });
    expect(data.activities[0]!.followUps[0]!.event.slug).toBe('e2');
    expect(data.activities[0]!.events.map((e) => e.documentId)).toEqual(['e2', 'e1']);

    store.replaceType('Page', [
      { documentId: 'p', locale: 'sv', slug: 'om', area: 'about', title: 'Om', body: [], easyReadBody: ['lätt'] },
      { documentId: 'p', locale: 'en', slug: 'om', area: 'about', title: 'About', body: [], easyReadBody: null },
    ]);
    const page = new ReadModelExecutor(store).run<{ pages: { title: string; localizations: { locale: string; easyReadBody: unknown }[] }[] }>(GetPageDocument, { locale: 'en', slug: 'om', area: 'about' });
    expect(page.pages).toMatchObject([{ title: 'About', localizations: [{ locale: 'sv', easyReadBody: ['lätt'] }] }]);
  });
});

/** A scripted CMS for the sync: a table of published events per locale. */
function scriptedCms(events: StoredDocument[]): { request: SyncRequest; calls: string[] } {
  const calls: string[] = [];
  const request: SyncRequest = async <T extends object>(query: string, variables: Record<string, unknown>, operation: string): Promise<T> => {
    calls.push(operation);
    const data: Record<string, unknown> = {};
    const inLocale = (locale: string) => events.filter((e) => e.locale === locale);
    for (const match of query.matchAll(/(\w+): (\w+)\(locale: (?:"(\w+)"|\$locale)(.*?)\) \{/g)) {
      const [, alias, field, literal, rest] = match;
      const locale = literal ?? String(variables.locale);
      const docs = field === 'events' || field === 'events_connection' ? inLocale(locale) : [];
      if (field!.endsWith('_connection')) data[alias!] = { pageInfo: { total: docs.length } };
      else if (rest!.includes('documentId: { eq')) data[alias!] = docs.filter((e) => e.documentId === variables.documentId);
      else if (rest!.includes('publishedAt:desc')) data[alias!] = [...docs].sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt))).slice(0, 1);
      else if (rest!.includes('updatedAt:desc')) data[alias!] = [...docs].sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt))).slice(0, 1);
      else if (field === 'plan' || field === 'site' || field === 'accessibilityStatement') data[alias!] = null;
      else {
        const start = Number(/start: (\d+)/.exec(rest!)?.[1] ?? 0);
        const limit = Number(/limit: (\d+)/.exec(rest!)?.[1] ?? 25);
        data[alias!] = docs.slice(start, start + limit);
      }
    }
    return data as T;
  };
  return { request, calls };
}

describe('keeping the read model current', () => {
  it('loads everything, applies a notice by document, and heals a missed change with the check', async () => {
    const events = [event('e1', '2026-07-01T10:00:00.000Z')];
    const cms = scriptedCms(events);
    const changes: string[] = [];
    const model = new ReadModel({ request: cms.request, checkIntervalMs: 3_600_000, onChange: (reason) => changes.push(reason), log: () => {} });
    expect(model.isReady()).toBe(false);
    await model.start();
    model.stop();
    expect(model.isReady()).toBe(true);
    expect(model.store.all('Event', 'sv').map((e) => e.documentId)).toEqual(['e1']);

    // A notice: only that document is read again.
    events.push(event('e2', '2026-07-02T10:00:00.000Z', { publishedAt: '2026-02-01T00:00:00.000Z' }));
    cms.calls.length = 0;
    await model.apply({ uid: 'api::event.event', documentId: 'e2', action: 'publish' });
    expect(cms.calls.filter((c) => c.startsWith('ReadModelSyncOneEvent'))).toHaveLength(1);
    expect(model.store.all('Event', 'sv').map((e) => e.documentId)).toEqual(['e1', 'e2']);

    // A missed unpublish: nothing changes until the check sees the count differ.
    events.splice(0, 1);
    expect(await model.check()).toEqual(['Event']);
    expect(model.store.all('Event', 'sv').map((e) => e.documentId)).toEqual(['e2']);
    // A missed edit (same count, a later updatedAt) is seen too; an unchanged CMS reloads nothing.
    events[0] = { ...events[0]!, title: 'Ändrad', updatedAt: '2026-03-01T00:00:00.000Z' };
    expect(await model.check()).toEqual(['Event']);
    expect(model.store.get('Event', 'sv', 'e2')?.title).toBe('Ändrad');
    expect(await model.check()).toEqual([]);
    expect(changes.length).toBeGreaterThanOrEqual(3);
  });

  it('stays not ready while the CMS does not answer, and loads once it does', async () => {
    let up = false;
    const cms = scriptedCms([event('e1', '2026-07-01T10:00:00.000Z')]);
    const model = new ReadModel({
      request: (query, variables, operation) => (up ? cms.request(query, variables, operation) : Promise.reject(new Error('connection refused'))),
      checkIntervalMs: 3_600_000,
      log: () => {},
    });
    const starting = model.start();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(model.isReady()).toBe(false);
    expect(model.status().lastError).toBe('connection refused');
    up = true;
    await starting;
    model.stop();
    expect(model.isReady()).toBe(true);
  });

  it('follows the change log: a change committed during the full sync is applied before ready, each once, and a gap runs the check', async () => {
    const events = [event('e1', '2026-07-01T10:00:00.000Z')];
    const cms = scriptedCms(events);
    // The CMS's change log (GET /api/read-model/changes), scripted.
    const log: { seq: number; uid: string; documentId: string; locale: null; action: string }[] = [{ seq: 7, uid: 'api::event.event', documentId: 'e1', locale: null, action: 'publish' }];
    let oldest = 1;
    const asked: number[] = [];
    const changesRequest = async (path: string) => {
      const after = Number(/after=(\d+)/.exec(path)?.[1]);
      asked.push(after);
      const latest = log.at(-1)?.seq ?? 0;
      return { status: 200, payload: { latest, oldest, more: false, changes: log.filter((change) => change.seq > after) } };
    };
    const model = new ReadModel({
      // A publish lands while the sync reads the events: after the cursor was read, but not in what the sync got.
      request: async <T extends object>(query: string, variables: Record<string, unknown>, operation: string): Promise<T> => {
        const answer = await cms.request<T>(query, variables, operation);
        if (operation.startsWith('ReadModelSync') && !events.some((e) => e.documentId === 'e2')) {
          events.push(event('e2', '2026-07-02T10:00:00.000Z', { publishedAt: '2026-02-01T00:00:00.000Z' }));
          log.push({ seq: 8, uid: 'api::event.event', documentId: 'e2', locale: null, action: 'publish' });
        }
        return answer;
      },
      changesRequest,
      pollIntervalMs: 60_000,
      checkIntervalMs: 3_600_000,
      onChange: (reason) => told.push(reason),
      log: () => {},
    });
    const told: string[] = [];
    await model.start();
    model.stop();
    // Listeners hear of the first sync once, when it is ready, not of the log entries read during it.
    expect(told).toEqual(['read model loaded']);
    // Ready only with e2 in it: the log was followed from the cursor read before the sync (7).
    expect(asked[0]).toBe(Number.MAX_SAFE_INTEGER);
    expect(model.store.all('Event', 'sv').map((e) => e.documentId)).toEqual(['e1', 'e2']);
    expect(model.status().changeCursor).toBe(8);

    // Nothing new: nothing applied, though the poll reads a few numbers below the cursor again.
    cms.calls.length = 0;
    expect(await model.followChanges()).toBe(0);
    expect(cms.calls).toEqual([]);
    // A change another CMS instance committed late, numbered below the cursor, is applied once.
    events.splice(0, 1);
    log.splice(1, 0, { seq: 6, uid: 'api::event.event', documentId: 'e1', locale: null, action: 'unpublish' });
    log.sort((a, b) => a.seq - b.seq);
    expect(await model.followChanges()).toBe(1);
    expect(model.store.all('Event', 'sv').map((e) => e.documentId)).toEqual(['e2']);
    expect(told.at(-1)).toMatch(/^read model applied unpublish of Event e1/);
    expect(await model.followChanges()).toBe(0);

    // The log was pruned past the cursor (or made anew): the consistency check reloads what differs.
    events.push(event('e3', '2026-07-03T10:00:00.000Z', { publishedAt: '2026-03-01T00:00:00.000Z' }));
    log.splice(0, log.length, { seq: 500, uid: 'api::event.event', documentId: 'e3', locale: null, action: 'publish' });
    oldest = 500;
    expect(await model.followChanges()).toBe(0);
    expect(model.store.all('Event', 'sv').map((e) => e.documentId)).toEqual(['e2', 'e3']);
    expect(model.status().changeCursor).toBe(500);
  });
});
