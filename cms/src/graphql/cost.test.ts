import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse } from 'graphql';
import { GetPlanFollowUpDocument } from '@stodportalen/shared/graphql';
import { describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS, queryCost } from './limits';

// The committed SDL: the schema the CMS serves (a drift test keeps them equal).
const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'shared', 'graphql', 'schema.graphql'), 'utf8'));
const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(schema, parse(query), variables);

describe('queryCost', () => {
  it('counts a field as 1 and a list of documents as its size times one row', () => {
    expect(cost('{ pages(pagination: { limit: 10 }) { title slug } }')).toBe(10 * 3);
    // Without a limit: Strapi's default of 25; above the maximum: 100.
    expect(cost('{ pages { title } }')).toBe(GRAPHQL_LIMITS.defaultListSize * 2);
    expect(cost('{ pages(pagination: { limit: 5000 }) { title } }')).toBe(GRAPHQL_LIMITS.maxListSize * 2);
    expect(cost('{ pages(pagination: { limit: -1 }) { title } }')).toBe(GRAPHQL_LIMITS.maxListSize * 2);
    expect(cost('{ pages(pagination: { page: 1, pageSize: 7 }) { title } }')).toBe(7 * 2);
  });

  it('multiplies lists inside lists, with sizes from variables too', () => {
    expect(cost('{ activities(pagination: { limit: 100 }) { events(pagination: { limit: 100 }) { title } } }')).toBe(100 * (1 + 100 * (1 + 1)));
    expect(cost('query ($n: Int) { activities(pagination: { limit: $n }) { followUps(pagination: { limit: $n }) { summary } } }', { n: 3 })).toBe(3 * (1 + 3 * (1 + 1)));
  });

  it('counts lists of components once: no query makes them longer than an editor did', () => {
    expect(cost('{ supportResources(pagination: { limit: 10 }) { name channels(pagination: { limit: 100 }) { value openingHours { day } } } }')).toBe(10 * (1 + 1 + (1 + 1 + (1 + 1))));
  });

  it('lets the web\'s heaviest document through, with room to spare', () => {
    const followUp = queryCost(schema, GetPlanFollowUpDocument, { locale: 'sv' });
    expect(followUp).toBe(38_105);
    expect(followUp).toBeLessThan(GRAPHQL_LIMITS.cost);
  });

  it('cannot go from an event, a follow-up entry or a campaign back to its activity', () => {
    for (const type of ['Event', 'FollowUp', 'Campaign']) expect(schema.getType(type)?.toConfig()).not.toHaveProperty('fields.activity');
  });
});
