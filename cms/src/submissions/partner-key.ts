import { createHash } from 'node:crypto';
import type { EventSubmission } from '@stodportalen/shared';

/** Folded for comparison: Unicode-normalised, lower-cased the Swedish way, single-spaced. */
function folded(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
}

/**
 * Who sent a tip, for the per-partner rate limit: the organisation (chosen from the list, or its
 * name as written) and the contact e-mail, normalised and hashed (the limiter holds no address).
 */
export function partnerKey(submission: Pick<EventSubmission, 'organiserId' | 'organiserName' | 'contactEmail'>): string {
  const organisation = submission.organiserId ? `id:${submission.organiserId}` : `name:${folded(submission.organiserName ?? '')}`;
  return createHash('sha256').update(`${organisation}\n${folded(submission.contactEmail)}`).digest('hex');
}
