import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { stockholmDate, stockholmInstant, stockholmIsoString, stockholmLocalToUtc, stockholmWallClock } from './stockholm-time';

const at = (iso: string) => new Date(iso);

/**
 * Every 7.5 minutes (and a millisecond either side) through `hours` hours around each day's start,
 * then `count` instants spread from `from` to 2100 (a fixed sequence), all of them twice: the
 * second time reads the offsets kept the first time.
 */
function instantsAround(days: string[], hours: number, from: string, count: number, seed: number): number[] {
  const instants: number[] = [];
  for (const day of days) {
    const start = Date.parse(`${day}T00:00:00Z`) - (hours / 2) * 3_600_000;
    for (let ms = start; ms < start + hours * 3_600_000; ms += 450_000) instants.push(ms, ms + 999, ms - 1);
  }
  const next = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
  const [first, last] = [Date.parse(`${from}T00:00:00Z`), Date.parse('2100-01-01T00:00:00Z')];
  for (let i = 0; i < count; i += 1) instants.push(Math.floor(first + next() * (last - first)));
  return [...instants, ...instants];
}

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
    expect(stockholmLocalToUtc('2025-03-30T02:00')).toBe('2025-03-30T01:00:00.000Z');
    expect(stockholmLocalToUtc('2025-03-30T02:30')).toBe('2025-03-30T01:30:00.000Z');
    expect(stockholmLocalToUtc('2025-03-30T02:59')).toBe('2025-03-30T01:59:00.000Z');
    expect(stockholmWallClock(at('2025-03-30T01:30:00.000Z'))).toMatchObject({ hour: 3, minute: 30 });
    expect(stockholmLocalToUtc('2025-03-30T03:00')).toBe('2025-03-30T01:00:00.000Z');
    // Another year: the last Sunday of March 2026 is the 29th.
    expect(stockholmLocalToUtc('2026-03-29T02:15')).toBe('2026-03-29T01:15:00.000Z');
  });

  it.each([
    ['2025-10-26T01:59', '2025-10-25T23:59:00.000Z'],
    ['2025-10-26T02:00', '2025-10-26T00:00:00.000Z'],
    ['2025-10-26T02:30', '2025-10-26T00:30:00.000Z'],
    ['2025-10-26T02:59', '2025-10-26T00:59:00.000Z'],
    ['2025-10-26T03:00', '2025-10-26T02:00:00.000Z'],
  ])('handles the last Sunday of October: 02:00–02:59 happens twice and means the first (summer time): %s', (local, utc) => {
    expect(stockholmLocalToUtc(local)).toBe(utc);
  });

  it('refuses what is not a real date and time', () => {
    for (const value of ['', 'i morgon', '2026-02-30T10:00', '2026-02-29T10:00', '2026-04-31T10:00', '2026-13-01T10:00', '2026-00-10T10:00', '2026-01-00T10:00', '2026-01-01T24:00', '2026-01-01T10:60', '2026-1-1T10:00', '2026-01-01T10:00:00Z', '0000-01-01T10:00', '1899-12-31T23:59']) {
      expect(stockholmLocalToUtc(value), value).toBeNull();
    }
  });

  it('does not depend on the time zone of the process', () => {
    // The result above is computed from Intl's zone data, not from the local zone; this checks a leap day too.
    expect(stockholmLocalToUtc('2028-02-29T23:30')).toBe('2028-02-29T22:30:00.000Z');
  });

  it.each([
    ['2027-01-01T00:00', '2026-12-31T23:00:00.000Z'],
    ['2026-12-31T23:59', '2026-12-31T22:59:00.000Z'],
    ['2026-07-02T00:30', '2026-07-01T22:30:00.000Z'],
  ])('crosses midnight and the new year in Swedish time, not in UTC: %s', (local, utc) => {
    expect(stockholmLocalToUtc(local)).toBe(utc);
  });
});

describe('stockholmWallClock', () => {
  it('gives the wall clock and weekday in winter (UTC+1) and summer (UTC+2)', () => {
    expect(stockholmWallClock(at('2025-01-15T13:05:09Z'))).toEqual({ year: 2025, month: 1, day: 15, hour: 14, minute: 5, second: 9, weekday: 'wednesday' });
    expect(stockholmWallClock(at('2025-07-16T12:05:00Z'))).toMatchObject({ hour: 14, minute: 5, weekday: 'wednesday' });
  });

  it('turns the day, the week and the year at Swedish midnight', () => {
    // Sunday 23:00 UTC in winter is Monday 00:00 in Stockholm.
    expect(stockholmWallClock(at('2025-01-19T23:00:00Z'))).toMatchObject({ day: 20, hour: 0, minute: 0, weekday: 'monday' });
    expect(stockholmWallClock(at('2025-01-19T22:59:59Z'))).toMatchObject({ day: 19, hour: 23, minute: 59, second: 59, weekday: 'sunday' });
    expect(stockholmWallClock(at('2026-12-31T23:00:00Z'))).toMatchObject({ year: 2027, month: 1, day: 1, hour: 0, weekday: 'friday' });
  });

  it('skips 02:00–02:59 on the last Sunday of March and shows it twice on the last Sunday of October', () => {
    expect(stockholmWallClock(at('2025-03-30T00:59:00Z'))).toMatchObject({ hour: 1, minute: 59 });
    expect(stockholmWallClock(at('2025-03-30T01:00:00Z'))).toMatchObject({ hour: 3, minute: 0, weekday: 'sunday' });
    expect(stockholmWallClock(at('2025-10-26T00:30:00Z'))).toMatchObject({ hour: 2, minute: 30 });
    expect(stockholmWallClock(at('2025-10-26T01:30:00Z'))).toMatchObject({ hour: 2, minute: 30 });
    expect(stockholmWallClock(at('2025-10-26T02:00:00Z'))).toMatchObject({ hour: 3, minute: 0 });
  });

  it("is Temporal's wall clock at every instant, across changes of offset and over a century", () => {
    const temporal = (ms: number) => {
      const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO('Europe/Stockholm');
      const { year, month, day, hour, minute, second } = zoned;
      return { year, month, day, hour, minute, second, weekday: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'][zoned.dayOfWeek - 1] };
    };
    // The days of the changes of 2025-2027 (the hours they fall in, and those before and after: the
    // kept offset of an hour must not leak), then 1900-2100.
    const instants = instantsAround(['2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31'], 12, '1900-01-01', 3_000, 7);
    for (const ms of instants) expect(stockholmWallClock(new Date(ms)), new Date(ms).toISOString()).toEqual(temporal(ms));
  });

  it('goes through Temporal in an hour in which the offset changes (Stockholm left its local mean time at 23:06:32 UTC)', () => {
    const change = Temporal.Instant.from('1890-01-01T00:00:00Z').toZonedDateTimeISO('Europe/Stockholm').getTimeZoneTransition('next')!.toInstant();
    const hour = Math.floor(change.epochMilliseconds / 3_600_000) * 3_600_000;
    const offset = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO('Europe/Stockholm').offsetNanoseconds;
    // The hour's two ends differ: the kept offset cannot be used for it.
    expect(offset(hour)).not.toBe(offset(hour + 3_599_999));
    for (const ms of [hour, change.epochMilliseconds - 1, change.epochMilliseconds, hour + 3_599_999]) {
      const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO('Europe/Stockholm');
      expect(stockholmWallClock(new Date(ms))).toMatchObject({ year: zoned.year, month: zoned.month, day: zoned.day, hour: zoned.hour, minute: zoned.minute, second: zoned.second });
      expect(stockholmIsoString(new Date(ms))).toBe(zoned.toString({ timeZoneName: 'never', smallestUnit: 'second' }));
    }
  });

  it('throws for no instant at all, as before', () => {
    expect(() => stockholmWallClock(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('stockholmDate', () => {
  it('gives the local date, which differs from UTC around midnight', () => {
    expect(stockholmDate(at('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(stockholmDate(at('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(stockholmDate(at('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
    expect(stockholmDate(at('2028-02-28T23:00:00Z'))).toBe('2028-02-29');
  });
});

describe('stockholmInstant', () => {
  it('finds the instant of a local time, across the change to and from summer time', () => {
    expect(stockholmInstant(2026, 1, 1)?.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(stockholmInstant(2026, 7, 1)?.toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(stockholmInstant(2026, 3, 29, 12)?.toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(stockholmInstant(2026, 10, 25, 12)?.toISOString()).toBe('2026-10-25T11:00:00.000Z');
    const march = stockholmInstant(2026, 3, 1);
    expect(march && stockholmWallClock(march)).toMatchObject({ year: 2026, month: 3, day: 1, hour: 0 });
  });

  it('makes the days of the changes 23 and 25 hours long', () => {
    const hours = (from: Date | null, to: Date | null) => ((to?.getTime() ?? 0) - (from?.getTime() ?? 0)) / 3_600_000;
    expect(hours(stockholmInstant(2025, 3, 30), stockholmInstant(2025, 3, 31))).toBe(23);
    expect(hours(stockholmInstant(2025, 10, 26), stockholmInstant(2025, 10, 27))).toBe(25);
    expect(hours(stockholmInstant(2025, 1, 15), stockholmInstant(2025, 1, 16))).toBe(24);
  });

  it('is null for fields that are no date or time', () => {
    expect(stockholmInstant(2026, 2, 29)).toBeNull();
    expect(stockholmInstant(2026, 13, 1)).toBeNull();
    expect(stockholmInstant(2026, 1, 1, 24)).toBeNull();
  });
});

describe('stockholmIsoString', () => {
  it('writes the local time with the offset in force: +01:00 in winter, +02:00 in summer', () => {
    expect(stockholmIsoString(new Date('2026-12-15T17:00:00.000Z'))).toBe('2026-12-15T18:00:00+01:00');
    expect(stockholmIsoString(new Date('2026-06-15T17:00:00.000Z'))).toBe('2026-06-15T19:00:00+02:00');
    // The repeated hour on the last Sunday of October: the same wall clock, two offsets.
    expect(stockholmIsoString(new Date('2026-10-25T00:30:00.000Z'))).toBe('2026-10-25T02:30:00+02:00');
    expect(stockholmIsoString(new Date('2026-10-25T01:30:00.000Z'))).toBe('2026-10-25T02:30:00+01:00');
  });

  it("is Temporal's string at every instant, across changes of offset and over a century", () => {
    const temporal = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO('Europe/Stockholm').toString({ timeZoneName: 'never', smallestUnit: 'second' });
    const instants = instantsAround(['2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25'], 6, '1870-01-01', 2_000, 11);
    for (const ms of instants) expect(stockholmIsoString(new Date(ms)), new Date(ms).toISOString()).toBe(temporal(ms));
  });
});
