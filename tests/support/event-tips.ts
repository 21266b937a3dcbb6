// What the event-tip tests send: a date-time as the form's datetime-local input sends it, and the
// client fingerprint header the web adds to each submission.
import { createHash, randomUUID } from 'node:crypto';

/** `YYYY-MM-DDTHH:mm` in Swedish time, `days` from now (what a datetime-local input sends). */
export function localDateTime(days: number, hour: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', dateStyle: 'short' }).format(date);
  return `${ymd}T${String(hour).padStart(2, '0')}:00`;
}

/** The `x-stodportalen-client` value for a client named by `seed` (the web sends a sha-256 hex). */
export const clientKey = (seed: string) => createHash('sha256').update(seed).digest('hex');

/**
 * A tip the form accepts, as the web posts it to /api/event-submissions; `overrides` replace fields.
 * Each call is another partner (its own contact e-mail), so the per-partner rate limit does not
 * join unrelated tests' tips.
 */
export function validPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: `Föreläsning ${randomUUID().slice(0, 8)}`,
    kind: 'lecture',
    startsAt: localDateTime(14, 18),
    endsAt: localDateTime(14, 20),
    venueName: 'Folkets hus',
    venueCity: 'Karlskoga',
    description: 'Om människohandel och hur vi känner igen den.\n\nFri entré.',
    audiences: ['adults', 'professionals'],
    organiserName: 'Föreningen Exempel',
    contactName: 'Anna Andersson',
    contactEmail: `anna.${randomUUID().slice(0, 8)}@example.invalid`,
    consent: 'yes',
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}
