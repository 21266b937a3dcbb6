import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_INTERVAL_MONTHS, reviewCutoff, reviewInterval, reviewReasons } from './review-rule';

describe('reviewCutoff', () => {
  it('goes back whole calendar months, across years', () => {
    expect(reviewCutoff('2026-03-12', 12)).toBe('2025-03-12');
    expect(reviewCutoff('2026-03-12', 6)).toBe('2025-09-12');
    expect(reviewCutoff('2026-01-15', 1)).toBe('2025-12-15');
  });

  it('ends on the last day of a shorter month', () => {
    expect(reviewCutoff('2026-03-31', 1)).toBe('2026-02-28');
    expect(reviewCutoff('2024-03-31', 1)).toBe('2024-02-29');
  });

  it('refuses what is not a date', () => {
    expect(() => reviewCutoff('12 mars', 12)).toThrow(/not a date/);
  });
});

describe('reviewInterval', () => {
  it('takes 1 to 60 whole months and falls back to the default otherwise', () => {
    expect(reviewInterval(6)).toBe(6);
    expect(reviewInterval(null)).toBe(DEFAULT_REVIEW_INTERVAL_MONTHS);
    expect(reviewInterval(0)).toBe(12);
    expect(reviewInterval(2.5)).toBe(12);
    expect(reviewInterval(61)).toBe(12);
  });
});

describe('reviewReasons', () => {
  const cutoff = '2025-03-12';
  it('lists what was never reviewed or was reviewed on the cutoff or before', () => {
    expect(reviewReasons({ reviewedOn: null }, cutoff)).toEqual(['neverReviewed']);
    expect(reviewReasons({ reviewedOn: '2025-03-12' }, cutoff)).toEqual(['reviewOverdue']);
    expect(reviewReasons({ reviewedOn: '2025-03-13' }, cutoff)).toEqual([]);
  });

  it('adds a resource without any contact channel, however recently reviewed', () => {
    expect(reviewReasons({ reviewedOn: '2026-03-01', hasContactChannel: false }, cutoff)).toEqual(['noContactChannel']);
    expect(reviewReasons({ reviewedOn: null, hasContactChannel: false }, cutoff)).toEqual(['neverReviewed', 'noContactChannel']);
    expect(reviewReasons({ reviewedOn: '2026-03-01', hasContactChannel: true }, cutoff)).toEqual([]);
  });
});
