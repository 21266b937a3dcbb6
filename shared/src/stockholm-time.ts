/**
 * The one clock: wall-clock time in Karlskoga (Europe/Stockholm) ⇄ instants, whatever zone the
 * process runs in. Built on the Temporal polyfill (docs/decisions/016-one-stockholm-clock.md), whose
 * time-zone rules come from the runtime's Intl data; nothing here works out an offset by hand (the wall
 * clock reuses Temporal's offset for a whole hour of UTC when it is the same at both ends of it).
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

/**
 * Stockholm's offset from UTC in milliseconds through one whole hour of UTC (`hour` hours after
 * 1970), from Temporal's rules; null when the offset changes within that hour. Kept: Temporal's
 * rules cost tens of microseconds an instant, and a calendar page asks for dozens of instants
 * (it was 5 % of the time of rendering one). Bounded by count; 4,096 hours are 170 days.
 */
const HOUR_MS = 3_600_000;
const HOUR_OFFSETS_KEPT = 4_096;
const hourOffsets = new Map<number, number | null>();

function offsetAt(epochMilliseconds: number): number {
  return Temporal.Instant.fromEpochMilliseconds(epochMilliseconds).toZonedDateTimeISO(STOCKHOLM_TIME_ZONE).offsetNanoseconds / 1_000_000;
}

function hourOffset(hour: number): number | null {
  let offset = hourOffsets.get(hour);
  if (offset === undefined) {
    const first = offsetAt(hour * HOUR_MS);
    offset = first === offsetAt(hour * HOUR_MS + HOUR_MS - 1) ? first : null;
    if (hourOffsets.size >= HOUR_OFFSETS_KEPT) hourOffsets.clear();
    hourOffsets.set(hour, offset);
  }
  return offset;
}

/** The kept offset for the hour an instant falls in, or null (no instant, or the offset changes in it). */
function keptOffsetAt(epochMilliseconds: number): number | null {
  return Number.isFinite(epochMilliseconds) ? hourOffset(Math.floor(epochMilliseconds / HOUR_MS)) : null;
}

/** The Stockholm wall clock at an instant (summer and winter time included). */
export function stockholmWallClock(instant: Date): StockholmWallClock {
  const epochMilliseconds = instant.getTime();
  const offset = keptOffsetAt(epochMilliseconds);
  if (offset !== null) {
    // The offset is Temporal's for this hour; the fields are those of UTC moved by it.
    const wall = new Date(epochMilliseconds + offset);
    return {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: wall.getUTCSeconds(),
      // getUTCDay counts Sunday as 0.
      weekday: WEEKDAYS[(wall.getUTCDay() + 6) % 7] ?? 'sunday',
    };
  }
  // An hour in which the offset changes (or no instant at all: Temporal throws as before).
  const zoned = Temporal.Instant.fromEpochMilliseconds(epochMilliseconds).toZonedDateTimeISO(STOCKHOLM_TIME_ZONE);
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
  const epochMilliseconds = instant.getTime();
  const offset = keptOffsetAt(epochMilliseconds);
  // Temporal's offset for the hour, written as Temporal writes it (whole minutes, years 0-9999).
  if (offset !== null && offset % 60_000 === 0) {
    const wall = new Date(epochMilliseconds + offset);
    const year = wall.getUTCFullYear();
    if (year >= 0 && year <= 9999) {
      const minutes = Math.abs(offset) / 60_000;
      const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
      return `${String(year).padStart(4, '0')}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${zone}`;
    }
  }
  return Temporal.Instant.fromEpochMilliseconds(epochMilliseconds)
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
