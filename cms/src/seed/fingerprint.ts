import { createHash } from 'node:crypto';

/**
 * Fingerprints of seeded values, so a later seed can tell "still as the seed wrote it" from "an
 * editor changed it". Values are compared as the database gives them back: component and row ids
 * and empty (null) fields are left out, keys sorted.
 */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (key === 'id') continue;
      const field = (value as Record<string, unknown>)[key];
      if (field === null || field === undefined) continue;
      out[key] = canonical(field);
    }
    return out;
  }
  return value ?? null;
}

export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical(value))).digest('hex');
}

/**
 * Whether a stored value holds no text: null, blank, an empty list, or blocks whose every text is
 * blank (what the admin saves for a rich-text field left empty). Block types and other
 * structure do not count as text.
 */
export function holdsNoText(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(holdsNoText);
  if (typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).every(([key, field]) => key === 'type' || typeof field === 'number' || typeof field === 'boolean' || holdsNoText(field));
  }
  return false;
}

const EMPTY = fingerprint(null);

/**
 * What to do with one stored value of a seeded field:
 * - 'same': it already holds the new seed value;
 * - 'update': it still holds what the seed wrote before (the recorded fingerprint or, for a
 *   database seeded before fingerprints were kept, one of the superseded seed values). Where the
 *   seed left the field empty (a recorded fingerprint of null, or `null` among the superseded
 *   values), any value without text counts as still as seeded: an editor who never wrote the
 *   easy-read text left it empty, whatever the admin stored for "empty";
 * - 'editor': anything else. An editor's text is never overwritten.
 */
export type FieldDecision = 'same' | 'update' | 'editor';

export function decideField(
  current: unknown,
  next: unknown,
  previousFingerprint: string | undefined,
  superseded: readonly unknown[],
): FieldDecision {
  const now = fingerprint(current);
  if (now === fingerprint(next) || (holdsNoText(current) && holdsNoText(next))) return 'same';
  const seededBefore = previousFingerprint !== undefined ? [previousFingerprint] : superseded.map(fingerprint);
  if (seededBefore.includes(now)) return 'update';
  return seededBefore.includes(EMPTY) && holdsNoText(current) ? 'update' : 'editor';
}
