// What the event-tip tests send: a date-time as the form's datetime-local input sends it, and the
// client fingerprint header the web adds to each submission.
import { createHash } from 'node:crypto';

/** `YYYY-MM-DDTHH:mm` in Swedish time, `days` from now (what a datetime-local input sends). */
export function localDateTime(days: number, hour: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', dateStyle: 'short' }).format(date);
  return `${ymd}T${String(hour).padStart(2, '0')}:00`;
}

/** The `x-stodportalen-client` value for a client named by `seed` (the web sends a sha-256 hex). */
export const clientKey = (seed: string) => createHash('sha256').update(seed).digest('hex');
