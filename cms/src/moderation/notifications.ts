import type { Core } from '@strapi/strapi';
import { COMMUNICATOR_ROLE } from '../roles';
import { sendMail, smtpConfigured, type Mail } from '../mail/send';
import type { DecisionMailOutcome } from './inbox-types';
import { approvalMail, newSubmissionMail, receiptMail, rejectionMail, type EventSummary, type MailLocale, type TipSummary } from '../mail/templates';
import { privacyRequestContact } from './privacy';
import { cmsUrl, moderatorEmailsFromEnv, rejectedRetentionDays, retentionDays, webUrl } from '../submissions/settings';

/** Strapi's code for the super admin role. */
const SUPER_ADMIN_ROLE_CODE = 'strapi-super-admin';

async function activeUserEmails(strapi: Core.Strapi, roleCode: string): Promise<string[]> {
  const users: { email: string | null }[] = await strapi.db.query('admin::user').findMany({
    where: { isActive: true, blocked: false, roles: { code: roleCode } },
    select: ['email'],
  });
  return users.flatMap((user) => (user.email ? [user.email] : []));
}

/**
 * Who is told about a new tip: MODERATOR_EMAILS; else the active users with the communicator
 * role; else every active super admin, so a tip never waits unseen on a fresh installation.
 */
async function moderatorEmails(strapi: Core.Strapi): Promise<string[]> {
  const fromEnv = moderatorEmailsFromEnv();
  if (fromEnv.length > 0) return fromEnv;
  const communicators = await activeUserEmails(strapi, COMMUNICATOR_ROLE.code);
  if (communicators.length > 0) return communicators;
  return activeUserEmails(strapi, SUPER_ADMIN_ROLE_CODE);
}

export async function notifyNewSubmission(strapi: Core.Strapi, event: EventSummary & { documentId: string; locale: string }): Promise<void> {
  const to = await moderatorEmails(strapi);
  if (to.length === 0) {
    strapi.log.warn(`[submissions] "${event.title}" waits for review, but nobody gets mail: set MODERATOR_EMAILS or give a user the ${COMMUNICATOR_ROLE.name} role.`);
    return;
  }
  const adminUrl = `${cmsUrl()}/admin/content-manager/collection-types/api::event.event/${event.documentId}?plugins[i18n][locale]=${event.locale}`;
  await sendMail(strapi, { to, ...newSubmissionMail(event, adminUrl) });
}

/** The partner's receipt: the reference and what was sent, in the language of the form. */
export async function notifyReceipt(strapi: Core.Strapi, tip: TipSummary & { reference: string; locale: string }): Promise<void> {
  // Only where mail is set up: the receipt page shows the same, and a development log must not
  // receive the partner's address and text (sendMail writes unsent mails there).
  if (!smtpConfigured()) return;
  await sendMail(strapi, { to: tip.contactEmail, ...receiptMail({ ...tip, retentionDays: retentionDays() }, mailLocale(tip.locale)) });
}

export type SubmitterRow = EventSummary & {
  slug: string | null;
  submitterName: string | null;
  submitterEmail: string | null;
  submitterLocale: string | null;
  moderatorNote: string | null;
};

function mailLocale(value: string | null): MailLocale {
  return value === 'en' ? 'en' : 'sv';
}


async function sendDecisionMail(strapi: Core.Strapi, mail: Mail): Promise<DecisionMailOutcome> {
  const configured = smtpConfigured();
  const sent = await sendMail(strapi, mail);
  if (sent) return 'sent';
  return configured ? 'failed' : 'no-smtp';
}

/** The portal's page of an approved event, on PUBLIC_URL (WEB_URL), in the partner's language. */
export function publicEventUrl(slug: string | null, locale: MailLocale): string {
  return `${webUrl()}${locale === 'en' ? '/en' : ''}/kalender/${slug ?? ''}`;
}

export async function notifyApproval(strapi: Core.Strapi, row: SubmitterRow): Promise<DecisionMailOutcome> {
  if (!row.submitterEmail) return 'no-address';
  const locale = mailLocale(row.submitterLocale);
  const url = publicEventUrl(row.slug, locale);
  return sendDecisionMail(strapi, { to: row.submitterEmail, ...approvalMail({ ...row, name: row.submitterName, url, retentionDays: retentionDays(), requestContact: await privacyRequestContact(strapi) }, locale) });
}

export async function notifyRejection(strapi: Core.Strapi, row: SubmitterRow): Promise<DecisionMailOutcome> {
  if (!row.submitterEmail) return 'no-address';
  const locale = mailLocale(row.submitterLocale);
  return sendDecisionMail(strapi, {
    to: row.submitterEmail,
    ...rejectionMail({ ...row, name: row.submitterName, note: row.moderatorNote, retentionDays: rejectedRetentionDays(), requestContact: await privacyRequestContact(strapi) }, locale),
  });
}
