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

export const SUBMISSION_RATE_LIMIT = { limit: 3, windowMs: 10 * 60_000 };
