/** Settings of the submission flow, from the environment (see README.md and .env.example). */

function positiveInt(name: string, fallback: number): number {
  const value = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Days after an event's end when the submitter's name and e-mail are removed. */
export function retentionDays(): number {
  return positiveInt('SUBMISSION_RETENTION_DAYS', 30);
}

/** Days after a tip was rejected when its sender's contact details and the moderator's note are removed. */
export function rejectedRetentionDays(): number {
  return positiveInt('REJECTED_TIP_RETENTION_DAYS', 30);
}

/** Days after an accessibility report when the reporter's e-mail and any identifying part of the page address are removed. */
export function accessibilityReportRetentionDays(): number {
  return positiveInt('ACCESSIBILITY_REPORT_RETENTION_DAYS', 90);
}

/** The public portal, for links in mails and the admin preview. */
export function webUrl(): string {
  return (process.env.WEB_URL ?? '').trim().replace(/\/+$/, '') || 'http://localhost:3000';
}

/** The CMS's own address, for links to the admin panel in mails. */
export function cmsUrl(): string {
  return (process.env.PUBLIC_URL ?? '').trim().replace(/\/+$/, '') || `http://localhost:${process.env.PORT ?? '1337'}`;
}

/** MODERATOR_EMAILS: comma-separated; when empty, the active users with the communicator role get the mails. */
export function moderatorEmailsFromEnv(): string[] {
  return (process.env.MODERATOR_EMAILS ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address.includes('@'));
}

export const SUBMISSION_RATE_LIMIT = { limit: 3, windowMs: 10 * 60_000 };
