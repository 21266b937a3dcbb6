import { describe, expect, it } from 'vitest';
import { groupByLetter, type GlossaryTerm } from './glossary';

const term = (name: string): GlossaryTerm => ({
  id: name,
  name,
  slug: name.toLowerCase(),
  definition: [],
  source: null,
  contentLocale: 'sv',
});
const swedish = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ'];
const english = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const shape = (groups: ReturnType<typeof groupByLetter>) => groups.map((g) => [g.letter, g.id, g.terms.map((t) => t.name)]);

describe('groupByLetter', () => {
  it('sorts as Swedish does, with Å, Ä and Ö as the last letters', () => {
    const groups = groupByLetter(
      ['Övergrepp', 'Människohandel', 'Ärende', 'Åklagare', 'Prostitution', 'Anmälan', 'Sugardejting', 'angivare'].map(term),
      swedish,
    );
    expect(shape(groups)).toEqual([
      ['A', 'bokstav-a', ['angivare', 'Anmälan']],
      ['M', 'bokstav-m', ['Människohandel']],
      ['P', 'bokstav-p', ['Prostitution']],
      ['S', 'bokstav-s', ['Sugardejting']],
      ['Å', 'bokstav-aa', ['Åklagare']],
      ['Ä', 'bokstav-ae', ['Ärende']],
      ['Ö', 'bokstav-oe', ['Övergrepp']],
    ]);
  });

  it('puts accented letters under their base letter and other characters last', () => {
    const groups = groupByLetter(['Érotisk', 'Etik', '1177 Vårdguiden'].map(term), swedish);
    expect(shape(groups)).toEqual([
      ['E', 'bokstav-e', ['Érotisk', 'Etik']],
      ['#', 'bokstav-ovriga', ['1177 Vårdguiden']],
    ]);
  });

  it('adds letters the alphabet lacks after it (a Swedish term on the English page)', () => {
    const groups = groupByLetter(['Övergrepp', 'Zebra', 'Abuse'].map(term), english);
    expect(shape(groups)).toEqual([
      ['A', 'bokstav-a', ['Abuse']],
      ['Z', 'bokstav-z', ['Zebra']],
      ['Ö', 'bokstav-oe', ['Övergrepp']],
    ]);
  });

  it('gives no groups for no terms', () => {
    expect(groupByLetter([], swedish)).toEqual([]);
  });
});
