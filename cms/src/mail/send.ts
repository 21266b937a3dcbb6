import type { Core } from '@strapi/strapi';
import { settings } from '../env';

export type Mail = { to: string | string[]; subject: string; text: string };

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The plain text as simple HTML (escaped: submitted titles never become markup in a mail). */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

export function smtpConfigured(): boolean {
  return settings().smtpConfigured;
}

/** Mail addresses in a text, replaced: addresses never reach the log. */
const hideAddresses = (text: string): string => text.replace(/[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+/g, '[e-post]');

/**
 * Sends through Strapi's e-mail plugin (nodemailer over SMTP, see config/plugins.ts). Without
 * SMTP_HOST the mail is not sent (in development it is written to the log) and false is returned. Never throws: a mail that
 * cannot be sent is logged, and what caused it (a submission, a publication) stands.
 */
export async function sendMail(strapi: Core.Strapi, mail: Mail): Promise<boolean> {
  const to = Array.isArray(mail.to) ? mail.to.join(', ') : mail.to;
  if (!to) return false;
  if (!smtpConfigured()) {
    // In development the mail is shown without its addresses; a production log gets no contents either.
    // Not sent is not sent: the form and the admin say that mail is off (moderation/privacy.ts).
    if (settings().production) strapi.log.warn(`[mail] SMTP_HOST is not set: "${mail.subject.split(':')[0]}" was not sent.`);
    else strapi.log.info(hideAddresses(`[mail] SMTP_HOST is not set, so this mail is only logged.\nTo: ${to}\nSubject: ${mail.subject}\n\n${mail.text}`));
    return false;
  }
  try {
    await strapi.plugin('email').service('email').send({ to, subject: mail.subject, text: mail.text, html: textToHtml(mail.text) });
    return true;
  } catch (error) {
    // An SMTP error can quote the recipient: addresses never reach the log.
    const reason = hideAddresses(error instanceof Error ? error.message : String(error));
    strapi.log.error(`[mail] could not send "${mail.subject.split(':')[0]}": ${reason}`);
    return false;
  }
}
