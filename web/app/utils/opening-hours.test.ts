import { describe, expect, it } from 'vitest';
import { clockTime, openStatus, parseTime, stockholmClock, type OpeningHoursRule } from './opening-hours';

// Moments are written in UTC on purpose: Stockholm is UTC+1 in winter and UTC+2 in summer.
// 2025-01-15 is a Wednesday (winter), 2025-07-16 a Wednesday (summer), 2025-01-18 a Saturday.
const at = (iso: string) => new Date(iso);
const rule = (day: OpeningHoursRule['day'], opens: string, closes: string): OpeningHoursRule => ({ day, opens, closes });
const status = (hours: OpeningHoursRule[], iso: string, alwaysOpen = false) =>
  openStatus({ alwaysOpen, hours }, at(iso));

/** Checks `hours` at each moment (UTC): the kind, and where given the local time it reports. */
function expectStatuses(hours: OpeningHoursRule[], rows: readonly (readonly [iso: string, kind: 'open' | 'closed', at?: string])[]) {
  for (const [iso, kind, localTime] of rows) {
    const result = status(hours, iso);
    if (localTime === undefined) expect(result?.kind, iso).toBe(kind);
    else expect(result, iso).toEqual({ kind, at: localTime });
  }
}

const officeHours = [rule('weekdays', '08:00:00.000', '17:00:00.000')];

describe('parseTime and clockTime', () => {
  it('reads the formats Strapi uses', () => {
    expect(parseTime('08:00:00.000')).toBe(8 * 3600);
    expect(parseTime('17:30')).toBe(17 * 3600 + 30 * 60);
    expect(parseTime('23:59:59')).toBe(86_399);
    expect(clockTime('08:05:00.000')).toBe('08:05');
  });

  it('refuses what is not a time', () => {
    for (const value of ['', '8', '8:00', '24:00', '12:60', 'noon', '08:00:00.000Z']) {
      expect(parseTime(value)).toBeNull();
    }
    expect(clockTime('25:00')).toBeNull();
  });
});

describe('stockholmClock', () => {
  it('gives the local weekday and time in winter (UTC+1) and summer (UTC+2)', () => {
    expect(stockholmClock(at('2025-01-15T13:05:00Z'))).toMatchObject({ weekday: 'wednesday', hhmm: '14:05' });
    expect(stockholmClock(at('2025-07-16T12:05:00Z'))).toMatchObject({ weekday: 'wednesday', hhmm: '14:05' });
  });

  it('turns the day at local midnight, not at UTC midnight', () => {
    // 23:30 UTC on Wednesday is 00:30 on Thursday in Stockholm (winter).
    expect(stockholmClock(at('2025-01-15T23:30:00Z'))).toMatchObject({ weekday: 'thursday', hhmm: '00:30' });
    expect(stockholmClock(at('2025-01-15T23:00:00Z'))).toMatchObject({ weekday: 'thursday', hhmm: '00:00', seconds: 0 });
  });
});

describe('openStatus', () => {
  it('says nothing when no hours are stored', () => {
    expect(status([], '2025-01-15T12:00:00Z')).toBeNull();
  });

  it('is always open when the channel is open around the clock, whatever the hours say', () => {
    expect(status([], '2025-01-15T03:00:00Z', true)).toEqual({ kind: 'always' });
    expect(status(officeHours, '2025-01-18T03:00:00Z', true)).toEqual({ kind: 'always' });
  });

  it('opens at the exact minute it opens and not a second before', () => {
    // 08:00 local in winter is 07:00 UTC.
    expectStatuses(officeHours, [
      ['2025-01-15T07:00:00Z', 'open', '08:00'],
      ['2025-01-15T06:59:00Z', 'closed', '07:59'],
      ['2025-01-15T06:59:59Z', 'closed'],
    ]);
  });

  it('is closed at the exact minute it closes and open the minute before', () => {
    expectStatuses(officeHours, [
      ['2025-01-15T16:00:00Z', 'closed', '17:00'],
      ['2025-01-15T15:59:00Z', 'open', '16:59'],
      ['2025-01-15T15:59:59Z', 'open'],
    ]);
  });

  it('uses summer time in summer: 08:00 local is 06:00 UTC', () => {
    expectStatuses(officeHours, [
      ['2025-07-16T06:00:00Z', 'open', '08:00'],
      ['2025-07-16T05:59:00Z', 'closed', '07:59'],
      ['2025-07-16T15:00:00Z', 'closed', '17:00'],
      ['2025-07-16T14:59:00Z', 'open', '16:59'],
    ]);
  });

  it('follows the wall clock on the day summer time starts (Sunday 30 March 2025, 02:00 → 03:00)', () => {
    const sunday = [rule('sunday', '08:00:00.000', '17:00:00.000')];
    // Before the change (01:00 UTC) Stockholm is UTC+1, after it UTC+2.
    expectStatuses(sunday, [
      ['2025-03-30T05:59:00Z', 'closed', '07:59'],
      ['2025-03-30T06:00:00Z', 'open', '08:00'],
      ['2025-03-30T15:00:00Z', 'closed', '17:00'],
    ]);
    const night = [rule('sunday', '01:00:00.000', '04:00:00.000')];
    expectStatuses(night, [
      ['2025-03-30T00:59:00Z', 'open', '01:59'],
      // One minute later the clock jumps from 01:59:59 to 03:00.
      ['2025-03-30T01:00:00Z', 'open', '03:00'],
      ['2025-03-30T02:00:00Z', 'closed', '04:00'],
    ]);
  });

  it('follows the wall clock on the day winter time starts (Sunday 26 October 2025, 03:00 → 02:00)', () => {
    const sunday = [rule('sunday', '08:00:00.000', '17:00:00.000')];
    expectStatuses(sunday, [
      ['2025-10-26T06:59:00Z', 'closed', '07:59'],
      ['2025-10-26T07:00:00Z', 'open', '08:00'],
      ['2025-10-26T16:00:00Z', 'closed', '17:00'],
    ]);
    // The hour 02:00–03:00 happens twice; both times the wall clock says 02:30.
    const early = [rule('sunday', '02:00:00.000', '03:00:00.000')];
    expectStatuses(early, [
      ['2025-10-26T00:30:00Z', 'open', '02:30'],
      ['2025-10-26T01:30:00Z', 'open', '02:30'],
      ['2025-10-26T02:00:00Z', 'closed', '03:00'],
    ]);
  });

  it('knows weekdays from the weekend', () => {
    // Saturday 18 January 2025, 12:00 local.
    expectStatuses(officeHours, [['2025-01-18T11:00:00Z', 'closed', '12:00']]);
    const weekend = [rule('weekend', '10:00', '14:00')];
    expectStatuses(weekend, [
      ['2025-01-18T11:00:00Z', 'open'],
      ['2025-01-19T11:00:00Z', 'open'], // Sunday
      ['2025-01-17T11:00:00Z', 'closed'], // Friday
      ['2025-01-20T11:00:00Z', 'closed'], // Monday
    ]);
  });

  it('treats every_day as every day of the week', () => {
    const daily = [rule('every_day', '09:00:00.000', '21:00:00.000')];
    for (let day = 13; day <= 19; day += 1) {
      expect(status(daily, `2025-01-${day}T12:00:00Z`)?.kind).toBe('open');
      expect(status(daily, `2025-01-${day}T21:00:00Z`)?.kind).toBe('closed');
    }
  });

  it('uses the row for the right specific day, and several rows on one day', () => {
    const hours = [
      rule('monday', '08:00:00.000', '12:00:00.000'),
      rule('monday', '13:00:00.000', '16:00:00.000'),
      rule('thursday', '18:00:00.000', '20:00:00.000'),
    ];
    // Monday 13 January 2025.
    expectStatuses(hours, [
      ['2025-01-13T10:00:00Z', 'open'], // 11:00
      ['2025-01-13T11:30:00Z', 'closed'], // 12:30, lunch
      ['2025-01-13T12:00:00Z', 'open'], // 13:00
      ['2025-01-13T18:00:00Z', 'closed'], // 19:00 on a Monday
      ['2025-01-16T18:00:00Z', 'open'], // 19:00 on a Thursday
      ['2025-01-15T10:00:00Z', 'closed'], // Wednesday
    ]);
  });

  it('keeps a row that closes after midnight open into the next day', () => {
    const friday = [rule('friday', '22:00:00.000', '02:00:00.000')];
    expectStatuses(friday, [
      // Friday 17 January 2025 21:59 and 22:00 local.
      ['2025-01-17T20:59:00Z', 'closed', '21:59'],
      ['2025-01-17T21:00:00Z', 'open', '22:00'],
      // Saturday 00:30 and 01:59 local: still Friday's evening.
      ['2025-01-17T23:30:00Z', 'open', '00:30'],
      ['2025-01-18T00:59:00Z', 'open', '01:59'],
      ['2025-01-18T01:00:00Z', 'closed', '02:00'],
      // Friday 00:30 local: Thursday had no evening row.
      ['2025-01-16T23:30:00Z', 'closed', '00:30'],
    ]);
  });

  it('carries a night row over the week, the year and the change of summer time', () => {
    // Sunday 19 January 2025 23:00 → Monday 01:00 local: the week turns, Sunday's row still holds.
    const sundayNight = [rule('sunday', '23:00', '01:00')];
    expectStatuses(sundayNight, [
      ['2025-01-19T23:30:00Z', 'open', '00:30'],
      ['2025-01-20T00:00:00Z', 'closed', '01:00'],
    ]);
    // New Year's Eve 2025 is a Wednesday; 00:30 on 1 January 2026 is still its evening.
    const wednesdayNight = [rule('wednesday', '22:00', '02:00')];
    expectStatuses(wednesdayNight, [
      ['2025-12-31T23:30:00Z', 'open', '00:30'],
      ['2026-01-01T01:00:00Z', 'closed', '02:00'],
    ]);
    // Saturday 29 March 2025 22:00 → Sunday 03:30: the clock jumps 02:00 → 03:00 in the middle.
    const saturdayNight = [rule('saturday', '22:00', '03:30')];
    expectStatuses(saturdayNight, [
      ['2025-03-30T00:59:00Z', 'open', '01:59'],
      ['2025-03-30T01:00:00Z', 'open', '03:00'],
      ['2025-03-30T01:30:00Z', 'closed', '03:30'],
    ]);
    // Saturday 25 October 2025 22:00 → Sunday 02:30: the first 02:30 closes it, the second too.
    const autumnNight = [rule('saturday', '22:00', '02:30')];
    expectStatuses(autumnNight, [
      ['2025-10-26T00:29:00Z', 'open', '02:29'],
      ['2025-10-26T00:30:00Z', 'closed', '02:30'],
      ['2025-10-26T01:15:00Z', 'open', '02:15'],
    ]);
  });

  it('treats closing at 00:00 as open until midnight', () => {
    const evening = [rule('every_day', '18:00:00.000', '00:00:00.000')];
    expectStatuses(evening, [
      ['2025-01-15T22:59:00Z', 'open', '23:59'],
      ['2025-01-15T23:00:00Z', 'closed', '00:00'],
    ]);
  });

  it('says nothing rather than guess when a stored row cannot be read', () => {
    expect(status([rule('monday', '08:00', 'soon')], '2025-01-13T10:00:00Z')).toBeNull();
    expect(status([rule('monday', '08:00', '08:00')], '2025-01-13T10:00:00Z')).toBeNull();
    expect(status([...officeHours, rule('monday', 'x', '12:00')], '2025-01-13T10:00:00Z')).toBeNull();
  });
});
