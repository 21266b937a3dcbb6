import type { GetPlanFollowUpQuery } from '@stodportalen/shared/graphql';
import { describe, expect, it } from 'vitest';
import { toPlanFollowUp, toPlanValidity } from './follow-up.server';
import { toActivityStatus } from './plan';

// Noon in Stockholm on 12 March 2026.
const NOW = new Date('2026-03-12T11:00:00.000Z');

const event = (documentId: string, startsAt: string, endsAt: string | null = null) => ({
  documentId,
  slug: documentId,
  title: ` Evenemang ${documentId} `,
  startsAt,
  endsAt,
});

function query(): GetPlanFollowUpQuery {
  return {
    plan: { title: 'Handlingsplan', metadata: { validityPeriod: '2021–2023', revisionDueOn: '2023-12-31' } },
    activities: [
      {
        documentId: 'a1',
        title: ' Utbildning för personal ',
        status: 'ongoing',
        order: 1,
        followUps: [
          { documentId: 'f1', doneOn: '2026-02-01', summary: ' Utbildade socialtjänsten. ', reached: 25, documentUrl: 'https://example.org/rapport.pdf', documentTitle: 'Rapport', event: event('e1', '2026-02-01T12:00:00.000Z') },
          { documentId: 'f2', doneOn: '2025-11-20', summary: 'Möte med polisen.', reached: null, documentUrl: 'javascript:alert(1)', documentTitle: null, event: null },
          { documentId: 'f3', doneOn: 'i höstas', summary: 'Utan giltigt datum.', reached: 3, documentUrl: null, documentTitle: null, event: null },
          { documentId: 'f4', doneOn: '2026-01-01', summary: '   ', reached: 3, documentUrl: null, documentTitle: null, event: null },
          null,
        ],
        events: [
          event('e3', '2026-06-01T12:00:00.000Z'), // upcoming
          event('e2', '2026-03-01T16:00:00.000Z', '2026-03-01T18:00:00.000Z'), // over
          event('e5', '2026-03-12T09:00:00.000Z', '2026-03-12T13:00:00.000Z'), // going on now
          event('e1', '2026-02-01T12:00:00.000Z'), // told by entry f1
          event('e4', '2025-12-24T10:00:00.000Z'), // over, without an end
          null,
        ],
      },
      { documentId: 'a2', title: 'Kampanj', status: 'notReported', order: 2, followUps: [], events: [] },
      null,
    ],
  };
}

describe('toPlanFollowUp', () => {
  it('lists per activity the entries and the events that have ended, newest first, each once', () => {
    const followUp = toPlanFollowUp(query(), NOW);
    const [first, second] = followUp?.activities ?? [];
    expect(first?.title).toBe('Utbildning för personal');
    expect(first?.status).toBe('ongoing');
    expect(first?.items.map((item) => `${item.kind}:${item.id}`)).toEqual(['event:e2', 'entry:f1', 'event:e4', 'entry:f2']);
    expect(first?.items[1]).toEqual({
      kind: 'entry',
      id: 'f1',
      date: '2026-02-01',
      summary: 'Utbildade socialtjänsten.',
      reached: 25,
      event: { slug: 'e1', title: 'Evenemang e1' },
      document: { url: 'https://example.org/rapport.pdf', title: 'Rapport' },
    });
    expect(first?.items[0]).toEqual({ kind: 'event', id: 'e2', date: '2026-03-01T16:00:00.000Z', event: { slug: 'e2', title: 'Evenemang e2' } });
    // A link that is not a web address is dropped, the entry stays.
    expect(first?.items[3]).toMatchObject({ kind: 'entry', id: 'f2', reached: null, document: null });
    expect(second).toMatchObject({ title: 'Kampanj', status: 'notReported', items: [] });
  });

  it('is null when the locale has neither a plan nor activities', () => {
    expect(toPlanFollowUp({ plan: null, activities: [] }, NOW)).toBeNull();
  });
});

describe('toActivityStatus', () => {
  // A status only as an editor set it: anything unknown is not reported, never planned.
  it.each([
    ['done', 'done'],
    ['planned', 'planned'],
    ['paused', 'notReported'],
    ['', 'notReported'],
  ])('shows %j as %s', (stored, shown) => {
    expect(toActivityStatus(stored)).toBe(shown);
  });
});

describe('toPlanValidity', () => {
  it('says the revision date has passed once today is later', () => {
    expect(toPlanValidity({ validityPeriod: '2021–2023', revisionDueOn: '2023-12-31' }, NOW)).toEqual({
      period: '2021–2023',
      periodEnded: true,
      revisionDueOn: '2023-12-31',
      revisionOverdue: true,
    });
    // Still the day itself in Stockholm (23:30 local time on 31 December).
    expect(toPlanValidity({ revisionDueOn: '2023-12-31' }, new Date('2023-12-31T22:30:00.000Z')).revisionOverdue).toBe(false);
    expect(toPlanValidity({ revisionDueOn: '2023-12-31' }, new Date('2023-12-31T23:30:00.000Z')).revisionOverdue).toBe(true);
  });

  it('claims nothing without dates', () => {
    expect(toPlanValidity(null, NOW)).toEqual({ period: null, periodEnded: null, revisionDueOn: null, revisionOverdue: null });
    expect(toPlanValidity({ validityPeriod: ' ', revisionDueOn: 'snart' }, NOW)).toEqual({ period: null, periodEnded: null, revisionDueOn: null, revisionOverdue: null });
  });
});
