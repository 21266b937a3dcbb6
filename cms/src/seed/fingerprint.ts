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
 * What to do with one stored value of a seeded field:
 * - 'same': it already holds the new seed value;
 * - 'update': it still holds what the seed wrote before (the recorded fingerprint or, for a
 *   database seeded before fingerprints were kept, one of the superseded seed values);
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
  if (now === fingerprint(next)) return 'same';
  const seededBefore = previousFingerprint !== undefined ? [previousFingerprint] : superseded.map(fingerprint);
  return seededBefore.includes(now) ? 'update' : 'editor';
}
