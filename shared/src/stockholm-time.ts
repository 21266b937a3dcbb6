/**
 * The one clock: wall-clock time in Karlskoga (Europe/Stockholm) ⇄ instants, whatever zone the
 * process runs in. Built on the Temporal polyfill (docs/decisions/016-one-stockholm-clock.md), whose
 * time-zone rules come from the runtime's Intl data; nothing here does offset arithmetic by hand.
 */
import { Temporal } from 'temporal-polyfill';

export const STOCKHOLM_TIME_ZONE = 'Europe/Stockholm';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** What a clock on a wall in Stockholm shows at an instant. */
export interface StockholmWallClock {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: Weekday;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The Stockholm wall clock at an instant (summer and winter time included). */
export function stockholmWallClock(instant: Date): StockholmWallClock {
  const zoned = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(STOCKHOLM_TIME_ZONE);
  return {
    year: zoned.year,
    month: zoned.month,
    day: zoned.day,
    hour: zoned.hour,
    minute: zoned.minute,
    second: zoned.second,
    // Temporal counts Monday as 1 and Sunday as 7.
    weekday: WEEKDAYS[zoned.dayOfWeek - 1] ?? 'sunday',
  };
}

/** The date in Stockholm at an instant, `YYYY-MM-DD`. */
export function stockholmDate(instant: Date): string {
  const { year, month, day } = stockholmWallClock(instant);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * An instant as ISO 8601 with Stockholm's offset at that instant, e.g. `2026-12-15T18:00:00+01:00`
 * (`+02:00` in summer): for machines that want a local time with its zone (schema.org dates).
 */
export function stockholmIsoString(instant: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(STOCKHOLM_TIME_ZONE)
    .toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/**
 * The instant a wall-clock time in Stockholm happens; null when the fields are no real date and
 * time (31 February, hour 24).
 *
 * Daylight-saving edges ("compatible", as a clock would): a time that does not exist (the hour
 * skipped on the last Sunday of March) moves forward by the gap, 02:30 → 03:30 summer time; a time
 * that exists twice (the repeated hour on the last Sunday of October) means the first, summer time.
 */
export function stockholmInstant(year: number, month: number, day: number, hour = 0, minute = 0): Date | null {
  try {
    const wall = Temporal.PlainDateTime.from({ year, month, day, hour, minute }, { overflow: 'reject' });
    const zoned = wall.toZonedDateTime(STOCKHOLM_TIME_ZONE, { disambiguation: 'compatible' });
    return new Date(zoned.epochMilliseconds);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;

/**
 * `YYYY-MM-DDTHH:mm` (or with a space instead of `T`, as browsers without a date-time picker send
 * it) in Swedish time → the instant as an ISO string in UTC; null when it is not a real date and
 * time. A `datetime-local` input gives a time without a zone; the person means Swedish time.
 */
export function stockholmLocalToUtc(value: string): string | null {
  const match = LOCAL_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (year < 1900) return null;
  return stockholmInstant(year, month, day, hour, minute)?.toISOString() ?? null;
}
