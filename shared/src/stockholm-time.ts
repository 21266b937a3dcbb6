/**
 * Wall-clock times in Karlskoga (Europe/Stockholm) ⇄ instants. A `datetime-local` input gives a
 * time without a zone ("2025-03-30T14:00"); the person means Swedish time, whatever zone the
 * server runs in. Uses the Intl time-zone data of the runtime, no library.
 */
export const STOCKHOLM_TIME_ZONE = 'Europe/Stockholm';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;

let formatter: Intl.DateTimeFormat | undefined;

function stockholmFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: STOCKHOLM_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return formatter;
}

/** The Stockholm wall clock at an instant, as milliseconds of a UTC date with the same fields. */
function wallClockAt(epochMs: number): number {
  const parts = Object.fromEntries(stockholmFormatter().formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

/** Offset of Stockholm from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetAt(epochMs: number): number {
  return wallClockAt(epochMs) - Math.floor(epochMs / 1000) * 1000;
}

/**
 * `YYYY-MM-DDTHH:mm` (or with a space instead of `T`) in Swedish time → the instant as an ISO
 * string in UTC; null when it is not a real date and time.
 *
 * Daylight-saving edges: a time that does not exist (the hour skipped on the last Sunday of March)
 * is moved forward by the gap, 02:30 → 03:30 summer time, as a clock would; a time that exists
 * twice (the repeated hour on the last Sunday of October) means the first one, in summer time.
 */
export function stockholmLocalToUtc(value: string): string | null {
  const match = LOCAL_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || year < 1900) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Date.UTC rolls 31 February over into March: such a day does not exist.
  if (new Date(wall).getUTCDate() !== day) return null;
  const offsets = [...new Set([offsetAt(wall - 12 * 3_600_000), offsetAt(wall + 12 * 3_600_000)])];
  const matching = offsets.map((offset) => wall - offset).filter((instant) => wallClockAt(instant) === wall);
  if (matching.length > 0) return new Date(Math.min(...matching)).toISOString();
  // In the gap: the offset from before the change (the smaller one) moves the time forward.
  return new Date(wall - Math.min(...offsets)).toISOString();
}

/** An instant → `YYYY-MM-DDTHH:mm` in Swedish time (the value a `datetime-local` input takes). */
export function utcToStockholmLocal(value: string | Date): string | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return null;
  return new Date(wallClockAt(date.getTime())).toISOString().slice(0, 16);
}
