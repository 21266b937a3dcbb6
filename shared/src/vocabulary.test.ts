import { describe, expect, it } from 'vitest';
import {
  AUDIENCE_FILTERS,
  AUDIENCE_SLUGS,
  AUDIENCES,
  CHANNEL_KIND_SLUGS,
  CHANNEL_KINDS,
  EVENT_KIND_SLUGS,
  EVENT_KINDS,
  fromSlug,
  SUPPORT_LEVEL_SLUGS,
  SUPPORT_LEVELS,
  SUPPORT_SCOPE_SLUGS,
  SUPPORT_SCOPES,
  valuesBySlug,
} from './vocabulary';

const vocabularies = [
  ['audiences', AUDIENCES, AUDIENCE_SLUGS],
  ['event kinds', EVENT_KINDS, EVENT_KIND_SLUGS],
  ['levels', SUPPORT_LEVELS, SUPPORT_LEVEL_SLUGS],
  ['scopes', SUPPORT_SCOPES, SUPPORT_SCOPE_SLUGS],
  ['channels', CHANNEL_KINDS, CHANNEL_KIND_SLUGS],
] as const;

describe('the shared vocabulary', () => {
  it.each(vocabularies)('gives each of the %s one slug that leads back to it', (_, values, slugs: Record<string, string>) => {
    expect(new Set(values).size).toBe(values.length);
    expect(new Set(values.map((value) => slugs[value])).size).toBe(values.length);
    for (const value of values) {
      expect(slugs[value]).toMatch(/^[a-z-]+$/);
      expect(fromSlug<string>(values, slugs, slugs[value])).toBe(value);
    }
  });

  it('keeps the URLs people have shared', () => {
    expect(AUDIENCE_SLUGS.youngPeople).toBe('unga');
    expect(EVENT_KIND_SLUGS.campaign_activity).toBe('kampanjaktivitet');
    expect(valuesBySlug(SUPPORT_LEVELS, SUPPORT_LEVEL_SLUGS)).toEqual({ akut: 'acute', riktad: 'targeted', generell: 'general' });
    expect(Object.keys(valuesBySlug(CHANNEL_KINDS, CHANNEL_KIND_SLUGS))).toEqual(['telefon', 'sms', 'chatt', 'e-post', 'webb', 'besok']);
  });

  it('answers null for a slug it does not know, or none', () => {
    for (const slug of ['', 'Unga', 'youngPeople', 'okänd', null, undefined]) expect(fromSlug(AUDIENCES, AUDIENCE_SLUGS, slug)).toBeNull();
  });

  it('filters on the audience field of the same name', () => {
    for (const audience of AUDIENCES) expect(AUDIENCE_FILTERS[audience]).toEqual({ [audience]: { eq: true } });
  });
});
