import { describe, expect, it } from 'vitest';
import { calendarEn, calendarSv } from '../locales/calendar';
import {
  formatDay,
  formatEventTime,
  formatMonth,
  monthRange,
  upcomingMonths,
} from './date-time';

describe('formatEventTime', () => {
  it('writes a Swedish evening event as people in Sweden do (winter time, UTC+1)', () => {
    expect(formatEventTime('2026-12-15T17:00:00.000Z', '2026-12-15T19:00:00.000Z', 'sv', calendarSv.time)).toBe(
      'tisdag 15 december 2026, kl. 18.00–20.00'
    );
  });

  it('uses summer time (UTC+2) in summer', () => {
    expect(formatEventTime('2026-06-16T16:30:00Z', '2026-06-16T18:00:00Z', 'sv', calendarSv.time)).toBe(
      'tisdag 16 juni 2026, kl. 18.30–20.00'
    );
  });

  it('writes English with a colon and no comma after the weekday', () => {
    expect(formatEventTime('2026-12-15T17:00:00Z', '2026-12-15T19:00:00Z', 'en', calendarEn.time)).toBe(
      'Tuesday 15 December 2026, 18:00–20:00'
    );
  });

  it('leaves out a missing end, or an end before the start', () => {
    expect(formatEventTime('2026-12-15T17:00:00Z', null, 'sv', calendarSv.time)).toBe(
      'tisdag 15 december 2026, kl. 18.00'
    );
    expect(formatEventTime('2026-12-15T17:00:00Z', '2026-12-15T16:00:00Z', 'sv', calendarSv.time)).toBe(
      'tisdag 15 december 2026, kl. 18.00'
    );
  });

  it('names both days for an event over several days (the day changes at Swedish midnight, not UTC)', () => {
    expect(formatEventTime('2026-12-15T08:00:00Z', '2026-12-16T11:00:00Z', 'sv', calendarSv.time)).toBe(
      'tisdag 15 december 2026 kl. 09.00 – onsdag 16 december 2026 kl. 12.00'
    );
    // 23.30 UTC on the 15th is already 00.30 on the 16th in Stockholm.
    expect(formatEventTime('2026-12-15T22:00:00Z', '2026-12-15T23:30:00Z', 'sv', calendarSv.time)).toBe(
      'tisdag 15 december 2026 kl. 23.00 – onsdag 16 december 2026 kl. 00.30'
    );
  });

  it('returns text that is not a date as it is', () => {
    expect(formatEventTime('snart', null, 'sv', calendarSv.time)).toBe('snart');
  });
});

describe('months in Stockholm', () => {
  it('gives the range of a month, and nothing for anything that is not YYYY-MM', () => {
    expect(monthRange('2026-12')).toEqual({
      start: new Date('2026-11-30T23:00:00.000Z'),
      end: new Date('2026-12-31T23:00:00.000Z'),
    });
    expect(monthRange('2026-03')?.end.toISOString()).toBe('2026-03-31T22:00:00.000Z');
    for (const bad of ['2026-13', '2026-1', '26-01', '2026-01-01', '', 'december']) expect(monthRange(bad)).toBeNull();
  });

  it('lists this month and the eleven after it', () => {
    const months = upcomingMonths(new Date('2026-11-28T12:00:00Z'));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2026-11');
    expect(months[1]).toBe('2026-12');
    expect(months[2]).toBe('2027-01');
    expect(months[11]).toBe('2027-10');
    // Late on 31 December UTC it is already January in Stockholm.
    expect(upcomingMonths(new Date('2026-12-31T23:30:00Z'), 1)).toEqual(['2027-01']);
  });

  it('names months and days', () => {
    expect(formatMonth('2026-12', 'sv')).toBe('december 2026');
    expect(formatMonth('2026-12', 'en')).toBe('December 2026');
    expect(formatDay(new Date('2026-12-15T12:00:00Z'), 'sv')).toBe('tisdag 15 december 2026');
  });

  it('names the day in Stockholm, whichever instant of it is asked first, in each language', () => {
    // The same Swedish day at 00:30 and 23:30 (UTC: the day before, and the same day).
    expect(formatDay(new Date('2026-12-31T23:30:00Z'), 'sv')).toBe('fredag 1 januari 2027');
    expect(formatDay(new Date('2027-01-01T22:30:00Z'), 'sv')).toBe('fredag 1 januari 2027');
    expect(formatDay(new Date('2027-01-01T23:00:00Z'), 'sv')).toBe('lördag 2 januari 2027');
    expect(formatDay(new Date('2027-01-01T12:00:00Z'), 'en')).toBe('Friday 1 January 2027');
    expect(formatDay(new Date('2026-12-31T22:59:00Z'), 'sv')).toBe('torsdag 31 december 2026');
  });
});
