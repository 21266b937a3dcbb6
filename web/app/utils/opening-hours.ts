// "Öppet nu" / "Stängt nu" from the opening hours an editor stored, in Swedish local time.
// Pure: the caller passes the moment, so the answer can be tested and shown with its time.
// When nothing is stored, or anything stored cannot be read, the answer is null: never guess.
// The clock is shared (shared/src/stockholm-time.ts).
import { OPENING_DAYS, stockholmWallClock, WEEKDAYS, type OpeningDay, type Weekday } from '@stodportalen/shared';


/** One row of opening hours as Strapi stores it; times are "HH:mm:ss.SSS" (or "HH:mm"). */
export interface OpeningHoursRule {
  day: OpeningDay;
  opens: string;
  closes: string;
}

export type OpenStatus =
  /** Open around the clock: no time needed. */
  | { kind: 'always' }
  /** Open or closed at `at` ("HH:mm", Swedish local time), the moment it was computed. */
  | { kind: 'open' | 'closed'; at: string };

export function isOpeningDay(value: string): value is OpeningDay {
  return OPENING_DAYS.some((day) => day === value);
}

/** Seconds since midnight for "HH:mm", "HH:mm:ss" or "HH:mm:ss.SSS"; null for anything else. */
export function parseTime(value: string): number | null {
  const match = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3] ?? '0');
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return hours * 3600 + minutes * 60 + seconds;
}

/** "08:00:00.000" → "08:00"; null when it is not a time. */
export function clockTime(value: string): string | null {
  const seconds = parseTime(value);
  if (seconds === null) return null;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The weekday and the time of day in Stockholm at a moment (summer and winter time included). */
export function stockholmClock(now: Date): { weekday: Weekday; seconds: number; hhmm: string } {
  const { weekday, hour, minute, second } = stockholmWallClock(now);
  const hhmm = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return { weekday, seconds: hour * 3600 + minute * 60 + second, hhmm };
}

function appliesTo(day: OpeningDay, weekday: Weekday): boolean {
  if (day === 'every_day') return true;
  if (day === 'weekdays') return weekday !== 'saturday' && weekday !== 'sunday';
  if (day === 'weekend') return weekday === 'saturday' || weekday === 'sunday';
  return day === weekday;
}

function previous(weekday: Weekday): Weekday {
  const index = WEEKDAYS.indexOf(weekday);
  return WEEKDAYS[(index + 6) % 7] ?? 'sunday';
}

/**
 * Whether a contact channel is open at `now`, in Stockholm time.
 *
 * - `alwaysOpen` → always open ("Öppet dygnet runt").
 * - No hours stored → null (say nothing).
 * - A row is open from `opens` (inclusive) to `closes` (exclusive); if `closes` is before `opens`
 *   the row runs past midnight into the next day.
 * - A row whose times cannot be read, or that opens and closes at the same minute, makes the
 *   whole answer null: an editor's mistake must not turn into a wrong "Stängt nu".
 */
export function openStatus(
  channel: { alwaysOpen: boolean; hours: readonly OpeningHoursRule[] },
  now: Date,
): OpenStatus | null {
  if (channel.alwaysOpen) return { kind: 'always' };
  if (channel.hours.length === 0) return null;

  const rows: { day: OpeningDay; opens: number; closes: number }[] = [];
  for (const rule of channel.hours) {
    const opens = parseTime(rule.opens);
    const closes = parseTime(rule.closes);
    if (opens === null || closes === null || opens === closes || !isOpeningDay(rule.day)) return null;
    rows.push({ day: rule.day, opens, closes });
  }

  const clock = stockholmClock(now);
  const yesterday = previous(clock.weekday);
  const open = rows.some((row) => {
    const overnight = row.closes < row.opens;
    if (appliesTo(row.day, clock.weekday)) {
      if (overnight ? clock.seconds >= row.opens : clock.seconds >= row.opens && clock.seconds < row.closes) {
        return true;
      }
    }
    // The part after midnight of a row that started yesterday.
    return overnight && appliesTo(row.day, yesterday) && clock.seconds < row.closes;
  });
  return { kind: open ? 'open' : 'closed', at: clock.hhmm };
}
