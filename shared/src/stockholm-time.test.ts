import { describe, expect, it } from 'vitest';
import { stockholmLocalToUtc, utcToStockholmLocal } from './stockholm-time';

describe('stockholmLocalToUtc', () => {
  it('reads winter times as UTC+1 and summer times as UTC+2', () => {
    expect(stockholmLocalToUtc('2026-01-15T18:00')).toBe('2026-01-15T17:00:00.000Z');
    expect(stockholmLocalToUtc('2026-07-01T18:30')).toBe('2026-07-01T16:30:00.000Z');
  });

  it('accepts a space instead of T (browsers without a date-time picker)', () => {
    expect(stockholmLocalToUtc('2026-01-15 09:05')).toBe('2026-01-15T08:05:00.000Z');
  });

  it('handles the last Sunday of March: 02:00–02:59 does not exist and moves forward an hour', () => {
    expect(stockholmLocalToUtc('2025-03-30T01:59')).toBe('2025-03-30T00:59:00.000Z');
    expect(stockholmLocalToUtc('2025-03-30T02:30')).toBe('2025-03-30T01:30:00.000Z');
    expect(utcToStockholmLocal('2025-03-30T01:30:00.000Z')).toBe('2025-03-30T03:30');
    expect(stockholmLocalToUtc('2025-03-30T03:00')).toBe('2025-03-30T01:00:00.000Z');
  });

  it('handles the last Sunday of October: 02:00–02:59 happens twice and means the first (summer time)', () => {
    expect(stockholmLocalToUtc('2025-10-26T01:59')).toBe('2025-10-25T23:59:00.000Z');
    expect(stockholmLocalToUtc('2025-10-26T02:30')).toBe('2025-10-26T00:30:00.000Z');
    expect(stockholmLocalToUtc('2025-10-26T03:00')).toBe('2025-10-26T02:00:00.000Z');
  });

  it('refuses what is not a real date and time', () => {
    for (const value of ['', 'i morgon', '2026-02-30T10:00', '2026-13-01T10:00', '2026-01-01T24:00', '2026-01-01T10:60', '2026-1-1T10:00', '2026-01-01T10:00:00Z', '0000-01-01T10:00']) {
      expect(stockholmLocalToUtc(value), value).toBeNull();
    }
  });

  it('does not depend on the time zone of the process', () => {
    // The result above is computed from Intl's zone data, not from the local zone; this checks a leap day too.
    expect(stockholmLocalToUtc('2028-02-29T23:30')).toBe('2028-02-29T22:30:00.000Z');
  });
});

describe('utcToStockholmLocal', () => {
  it('gives the value for a datetime-local input', () => {
    expect(utcToStockholmLocal('2026-01-15T17:00:00.000Z')).toBe('2026-01-15T18:00');
    expect(utcToStockholmLocal('2026-07-01T16:30:00.000Z')).toBe('2026-07-01T18:30');
    expect(utcToStockholmLocal('nonsense')).toBeNull();
  });
});
