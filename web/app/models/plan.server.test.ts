import type { GetActionPlanQuery } from '@stodportalen/shared/graphql';
import { describe, expect, it } from 'vitest';
import { toActionPlan } from './plan.server';

const p = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const list = (...items: string[]) => ({
  type: 'list',
  format: 'unordered',
  children: items.map((text) => ({ type: 'list-item', children: [{ type: 'text', text }] })),
});

function query(overrides: Partial<NonNullable<GetActionPlanQuery['plan']>> = {}): GetActionPlanQuery {
  return {
    plan: {
      title: ' Handlingsplan ',
      summary: 'Första stycket.\n\nAndra stycket.',
      overallGoal: 'Målet.',
      updatedAt: '2026-01-02T10:00:00.000Z',
      translations: [],
      metadata: { diarienummer: '2020-1', councilAdoptedOn: null, approvedBy: '  ' },
      sections: [
        { heading: 'Inledning', anchor: 'inledning', level: 2, body: [p('Text.')] },
        {
          heading: 'Definition och viktiga begrepp',
          anchor: 'definition-och-viktiga-begrepp',
          level: 2,
          body: [p('Prostitution är ...'), p('Människohandel är ...')],
        },
        { heading: 'Nationellt perspektiv', anchor: 'Nationellt perspektiv', level: 3, body: [] },
        {
          heading: 'Prioriterade aktiviteter/mål',
          anchor: 'prioriterade-aktiviteter-mal',
          level: 2,
          body: [p('Fem aktiviteter.'), list('Första. Mer om första.', 'Andra.')],
        },
        { heading: 'Referenser', anchor: 'referenser', level: 2, body: [list('Källa A', 'Källa B'), p('Och mer.')] },
        { heading: 'Inledning', anchor: 'inledning', level: 7, body: 'not blocks' },
        null,
      ],
      references: [{ title: 'Källa A', url: 'https://example.org/a' }, { title: 'Källa B', url: null }, null],
      ...overrides,
    },
    activities: [
      {
        documentId: 'a1',
        title: 'Första.',
        description: 'Första. Mer om första.',
        responsible: null,
        status: 'ongoing',
        followUpOn: null,
        order: 1,
      },
      {
        documentId: 'a2',
        title: 'Andra.',
        description: 'Andra.',
        responsible: 'Nätverket',
        status: 'done',
        followUpOn: '2026-06-01',
        order: 2,
      },
      null,
    ],
    terms: [
      {
        documentId: 't1',
        name: 'Människohandel',
        slug: 'manniskohandel',
        definition: [p('Människohandel är ...')],
        source: null,
      },
      { documentId: 't2', name: 'Prostitution', slug: '', definition: [p('Prostitution är ...')], source: 'NMT' },
    ],
  };
}

describe('toActionPlan', () => {
  it('returns null without a plan', () => {
    expect(toActionPlan({ plan: null, activities: [], terms: [] })).toBeNull();
  });

  it('maps the plan to the view model', () => {
    const plan = toActionPlan(query());
    expect(plan).not.toBeNull();
    if (!plan) return;
    expect(plan.title).toBe('Handlingsplan');
    expect(plan.summary).toEqual(['Första stycket.', 'Andra stycket.']);
    expect(plan.metadata.referenceNumber).toBe('2020-1');
    expect(plan.metadata.approvedBy).toBeNull();
    expect(plan.metadata.councilAdoptedOn).toBeNull();
    expect(plan.sections.map((s) => [s.anchor, s.level])).toEqual([
      ['inledning', 2],
      ['definition-och-viktiga-begrepp', 2],
      ['nationellt-perspektiv', 3],
      ['prioriterade-aktiviteter-mal', 2],
      ['referenser', 2],
      ['inledning-2', 3],
    ]);
    expect(plan.sections[5]?.body).toEqual([]);
    expect(plan.activities).toEqual([
      {
        id: 'a1',
        title: 'Första.',
        description: 'Mer om första.',
        responsible: null,
        status: 'ongoing',
        followUpOn: null,
      },
      {
        id: 'a2',
        title: 'Andra.',
        description: null,
        responsible: 'Nätverket',
        status: 'done',
        followUpOn: '2026-06-01',
      },
    ]);
    expect(plan.terms.map((t) => t.slug)).toEqual(['manniskohandel', 'prostitution']);
    expect(plan.references).toEqual([
      { title: 'Källa A', url: 'https://example.org/a' },
      { title: 'Källa B', url: null },
    ]);
  });

  it('shows structured parts in place of text that says the same, and after text that says more', () => {
    const plan = toActionPlan(query());
    const extras = (anchor: string) => plan?.sections.find((s) => s.anchor === anchor)?.extras;
    expect(extras('definition-och-viktiga-begrepp')).toEqual([{ kind: 'terms', replaces: 'body' }]);
    expect(extras('prioriterade-aktiviteter-mal')).toEqual([{ kind: 'activities', replaces: { block: 1 } }]);
    expect(extras('referenser')).toEqual([{ kind: 'references', replaces: { block: 0 } }]);
    expect(plan?.trailingExtras).toEqual([]);
  });

  it('puts structured parts after the sections when their section is missing', () => {
    const plan = toActionPlan(query({ sections: [{ heading: 'Inledning', anchor: 'inledning', level: 2, body: [] }] }));
    expect(plan?.trailingExtras).toEqual(['activities', 'terms', 'references']);
  });
});
