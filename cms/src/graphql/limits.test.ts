import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { measureInput } from './limits';

describe('measureInput', () => {
  it('counts inline values and the values of variables at each use', () => {
    const document = parse('query ($f: PageFiltersInput) { a: pages(filters: $f, pagination: { limit: 5 }) { title } b: pages(filters: $f) { title } }');
    // $f = { title: { eq: "x" } }: 3 values, used twice; pagination: 2 values.
    expect(measureInput(document, { f: { title: { eq: 'x' } } })).toEqual({ depth: 2, values: 8 });
  });

  it('measures depth through objects and lists, inline and in variables', () => {
    expect(measureInput(parse('{ pages(filters: { or: [{ not: { title: { eq: "x" } } }] }) { title } }'), {})).toEqual({ depth: 5, values: 6 });
    expect(measureInput(parse('query ($ids: [ID]) { pages(filters: { documentId: { in: $ids } }) { title } }'), { ids: ['a', 'b', 'c'] })).toEqual({ depth: 3, values: 6 });
  });

  it('counts a missing variable as one value', () => {
    expect(measureInput(parse('query ($f: PageFiltersInput) { pages(filters: $f) { title } }'), {})).toEqual({ depth: 0, values: 1 });
  });
});
