/**
 * Node-only helpers (`@stodportalen/shared/server`): kept out of the main entry so that nothing
 * bundled for a browser pulls in node:crypto.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether `candidate` is the configured `secret`, in constant time whatever the lengths (the
 * SHA-256 digests are compared). False when either is missing or empty: an unset secret opens
 * nothing.
 */
export function secretMatches(candidate: string | null | undefined, secret: string | null | undefined): boolean {
  if (!secret || !candidate) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(candidate), digest(secret));
}
export * from './preview-token';
