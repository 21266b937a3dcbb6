import { settings } from '../env';

/** Settings of the submission flow, from the parsed environment (src/env.ts; see README.md and .env.example). */

/** Days after an event's end when the submitter's name and e-mail are removed. */
export function retentionDays(): number {
  return settings().retentionDays;
}

/** Days after a tip was rejected when its sender's contact details and the moderator's note are removed. */
export function rejectedRetentionDays(): number {
  return settings().rejectedRetentionDays;
}

/** Days after an accessibility report when the reporter's e-mail and any identifying part of the page address are removed. */
export function accessibilityReportRetentionDays(): number {
  return settings().accessibilityReportRetentionDays;
}

/** The public portal, for links in mails and the admin preview. */
export function webUrl(): string {
  return settings().webUrl;
}

/** The CMS's own address, for links to the admin panel in mails. */
export function cmsUrl(): string {
  return settings().cmsUrl;
}

/** MODERATOR_EMAILS: comma-separated; when empty, the active users with the communicator role get the mails. */
export function moderatorEmailsFromEnv(): string[] {
  return settings().moderatorEmails;
}

export type RateLimit = { limit: number; windowMs: number };

/** Accessibility reports, per address (hashed): a person rarely reports more than once or twice. */
export const SUBMISSION_RATE_LIMIT: RateLimit = { limit: 3, windowMs: 10 * 60_000 };

/**
 * Event tips (decision 023): per partner (organisation and e-mail, normalised) 5 per 10 minutes,
 * enough to send a short programme of events one after another; per address 30 per 10 minutes,
 * which an office of colleagues behind one network address does not reach, while one address
 * still cannot fill the inbox faster than 180 drafts an hour.
 */
export const TIP_RATE_LIMITS: { perPartner: RateLimit; perClient: RateLimit } = {
  perPartner: { limit: 5, windowMs: 10 * 60_000 },
  perClient: { limit: 30, windowMs: 10 * 60_000 },
};

/** The longest window of any limit above: a client key seen longer ago than this is removed. */
export const LONGEST_RATE_LIMIT_WINDOW_MS = Math.max(SUBMISSION_RATE_LIMIT.windowMs, TIP_RATE_LIMITS.perPartner.windowMs, TIP_RATE_LIMITS.perClient.windowMs);
