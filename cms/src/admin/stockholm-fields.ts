// The conversions of the admin's date-time input (stockholm-datetime.tsx), without React, for tests.
// The project's one Stockholm clock (Temporal), from source: the admin bundle compiles it with the rest.
import { stockholmInstant, stockholmWallClock } from '../../../shared/src/stockholm-time';

const pad = (value: number) => String(value).padStart(2, '0');

/** The date and time (`HH:mm`) an ISO instant shows on a clock in Stockholm. */
export function toStockholmFields(value: unknown): { date: Date; time: string } | null {
  if (typeof value !== 'string' || value === '') return null;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return null;
  const wall = stockholmWallClock(instant);
  // The date picker works on the browser's calendar days: its local midnight of the Stockholm date.
  return { date: new Date(wall.year, wall.month - 1, wall.day), time: `${pad(wall.hour)}:${pad(wall.minute)}` };
}

/** The ISO instant of a calendar day (the picker's local date) at `HH:mm` in Stockholm. */
export function fromStockholmFields(date: Date, time: string): string | null {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return stockholmInstant(date.getFullYear(), date.getMonth() + 1, date.getDate(), hour, minute)?.toISOString() ?? null;
}
