// Dates and times of events and campaigns in words, always as a clock in Karlskoga shows them
// (Europe/Stockholm), whatever time zone the server runs in. The clock itself is shared
// (shared/src/stockholm-time.ts).
import { STOCKHOLM_TIME_ZONE, stockholmDate, stockholmInstant, stockholmWallClock } from '@stodportalen/shared';
import { intlLocale, type Locale } from './i18n';

/** How a locale writes an event's time; the words come from the locale file (kalender.ts). */
export type TimePatterns = {
  /** Between hours and minutes: "18.00" in Swedish, "18:00" in English. */
  timeSeparator: string;
  /** `{day}`, `{start}`: an event without an end. */
  single: string;
  /** `{day}`, `{start}`, `{end}`: an event that ends the same day. */
  sameDay: string;
  /** `{startDay}`, `{start}`, `{endDay}`, `{end}`: an event over several days. */
  severalDays: string;
};

const pad = (value: number) => String(value).padStart(2, '0');

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `2026-12` → the instants the month starts and ends in Stockholm; anything else → null. */
export function monthRange(month: string): { start: Date; end: Date } | null {
  const match = MONTH.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  const start = stockholmInstant(year, number, 1);
  const end = number === 12 ? stockholmInstant(year + 1, 1, 1) : stockholmInstant(year, number + 1, 1);
  return start && end ? { start, end } : null;
}

/** This month and the ones after it in Stockholm, as `YYYY-MM`. */
export function upcomingMonths(now: Date, count = 12): string[] {
  const { year, month } = stockholmWallClock(now);
  return Array.from({ length: count }, (_, index) => {
    const zeroBased = month - 1 + index;
    return `${year + Math.floor(zeroBased / 12)}-${pad((zeroBased % 12) + 1)}`;
  });
}

/**
 * Made once per locale and kept: a new Intl.DateTimeFormat costs far more than formatting with
 * it (a calendar page formats 20 events; it was the top cost of rendering one).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = make()));
  return found;
}

/** `2026-12` → `december 2026` / `December 2026`. */
export function formatMonth(month: string, locale: Locale): string {
  const match = MONTH.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15));
  return formatter(`month:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(date);
}

/**
 * `tisdag 15 december 2026` / `Tuesday 15 December 2026`. Kept per language and Stockholm date
 * (the words depend on nothing else; formatToParts was the largest cost of an event's time).
 */
export function formatDay(date: Date, locale: Locale): string {
  return kept(dayNames, DAY_NAMES_KEPT, `${locale}:${stockholmDate(date)}`, () => formatDayUncached(date, locale));
}

const DAY_NAMES_KEPT = 4_000;
const dayNames = new Map<string, string>();

function formatDayUncached(date: Date, locale: Locale): string {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  const format = formatter(
    `day:${locale}`,
    () =>
      new Intl.DateTimeFormat(intlLocale(locale), {
        timeZone: STOCKHOLM_TIME_ZONE,
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      })
  );
  for (const part of format.formatToParts(date)) parts[part.type] = part.value;
  return [parts.weekday, parts.day, parts.month, parts.year].filter(Boolean).join(' ');
}

/** `18.00` (Swedish) / `18:00` (English). */
export function formatClock(date: Date, separator: string): string {
  const { hour, minute } = stockholmWallClock(date);
  return `${pad(hour)}${separator}${pad(minute)}`;
}

/** A bounded memo: the value kept for `key`, else made and kept (all cleared when `limit` are kept). */
function kept(memo: Map<string, string>, limit: number, key: string, make: () => string): string {
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= limit) memo.clear();
  const made = make();
  memo.set(key, made);
  return made;
}

function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function toDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * When an event happens, in words: `tisdag 15 december 2026, kl. 18.00–20.00`. An end before the
 * start (an editor's slip) is left out rather than shown.
 */
export function formatEventTime(
  startsAt: string,
  endsAt: string | null | undefined,
  locale: Locale,
  patterns: TimePatterns
): string {
  // Lists show the same events again and again, and each time in words costs the time-zone
  // rules (Temporal) and Intl: kept per start, end, language and patterns (a bounded memo).
  const key = `${startsAt}|${endsAt ?? ''}|${locale}|${patterns.single}|${patterns.sameDay}|${patterns.severalDays}|${patterns.timeSeparator}`;
  return kept(eventTimes, EVENT_TIMES_KEPT, key, () => formatEventTimeUncached(startsAt, endsAt, locale, patterns));
}

const EVENT_TIMES_KEPT = 2_000;
const eventTimes = new Map<string, string>();

function formatEventTimeUncached(
  startsAt: string,
  endsAt: string | null | undefined,
  locale: Locale,
  patterns: TimePatterns
): string {
  const start = toDate(startsAt);
  if (!start) return startsAt;
  const end = toDate(endsAt);
  const day = formatDay(start, locale);
  const startClock = formatClock(start, patterns.timeSeparator);
  if (!end || end.getTime() <= start.getTime()) return fill(patterns.single, { day, start: startClock });
  const endClock = formatClock(end, patterns.timeSeparator);
  if (stockholmDate(start) === stockholmDate(end))
    return fill(patterns.sameDay, { day, start: startClock, end: endClock });
  return fill(patterns.severalDays, {
    startDay: day,
    start: startClock,
    endDay: formatDay(end, locale),
    end: endClock,
  });
}

/** A machine-readable value for `<time dateTime>`. */
export function isoDateTime(value: string): string {
  const date = toDate(value);
  return date ? date.toISOString() : value;
}
