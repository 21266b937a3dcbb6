// The acute numbers, in three sizes: the full contact cards (home page only), the compact band
// under the quick exit (every other page), and the help aside beside the article (whom each number
// is for and the ways to get help without speaking). Each number is a tel: link once per page.
import { telHref, type AcuteContact } from '@stodportalen/shared';
import type { Dictionary } from '../utils/i18n';
import { printUrlProps } from '../utils/print-links';

/** The ways to reach a service without a call (chat, text message, web), when they are known. */
export function QuietChannels({ contact, t }: { contact: AcuteContact; t: Dictionary }) {
  const channels: { href: string; text: string; external: boolean }[] = [];
  if (contact.chatUrl) channels.push({ href: contact.chatUrl, text: t.acuteHelp.chat(hostOf(contact.chatUrl)), external: true });
  if (contact.smsNumber) channels.push({ href: `sms:${telHref(contact.smsNumber).slice(4)}`, text: t.acuteHelp.sms(contact.smsNumber), external: false });
  if (contact.webUrl) channels.push({ href: contact.webUrl, text: t.acuteHelp.web(hostOf(contact.webUrl)), external: true });
  if (channels.length === 0) return null;
  return (
    <ul className="mt-1 space-y-1">
      {channels.map((channel) => (
        <li key={channel.href}>
          <a href={channel.href} rel={channel.external ? 'noreferrer' : undefined} {...printUrlProps(channel.href, channel.text)} className="link link-standalone font-semibold">
            {channel.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * ContactCard: one acute contact in full: the number as a large tel: link, whom it is for, and the
 * quiet channels. Used on the home page.
 */
export function ContactCard({ contact, t }: { contact: AcuteContact; t: Dictionary }) {
  return (
    <div className="contact-card h-full rounded-lg border-2 border-slate-800 bg-white px-5 py-4 text-slate-900">
      <a href={telHref(contact.number)} {...printUrlProps(telHref(contact.number), contact.number)} className="block no-underline hover:bg-amber-100">
        <span className="flex flex-wrap items-baseline gap-x-3">
          <span className="text-3xl font-bold whitespace-nowrap tabular-nums">{contact.number}</span>
          <span className="font-semibold underline underline-offset-4">{contact.label}</span>
        </span>
      </a>
      {contact.when ? <p className="mt-1">{contact.when}</p> : null}
      <QuietChannels contact={contact} t={t} />
    </div>
  );
}

/** The acute contacts as cards (home page, and the search page when nothing was found). */
export function AcuteContactList({ contacts, t }: { contacts: readonly AcuteContact[]; t: Dictionary }) {
  return (
    <ul className="grid grid-cols-1 gap-3 md:grid-cols-2">
      {contacts.map((contact) => (
        <li key={`${contact.label}-${contact.number}`}>
          <ContactCard contact={contact} t={t} />
        </li>
      ))}
    </ul>
  );
}

/**
 * AcuteHelpBand: one row under the quick exit on every page but the home page: every number as a
 * tel: link at least 44 px tall; the name of each number is in the link (read out, not shown: the
 * row must fit 360 px). Whom each is for is in the help aside.
 */
export function AcuteHelpBand({ contacts, t }: { contacts: readonly AcuteContact[]; t: Dictionary }) {
  return (
    <aside aria-labelledby="akut-hjalp-rubrik" className="acute-band border-b-4 border-acute-line bg-acute">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 px-2 py-2">
        <h2 id="akut-hjalp-rubrik" className="text-base font-bold text-slate-900 max-sm:sr-only">
          {t.acuteHelp.bandHeading}
        </h2>
        <ul className="flex flex-wrap items-center">
          {contacts.map((contact) => (
            <li key={`${contact.label}-${contact.number}`}>
              <a
                href={telHref(contact.number)}
                {...printUrlProps(telHref(contact.number), contact.number)}
                className="inline-flex min-h-11 items-center rounded px-1.5 text-base tracking-tight text-slate-900 underline-offset-4 hover:bg-amber-100 sm:text-lg"
              >
                <span className="font-bold whitespace-nowrap tabular-nums underline">{contact.number}</span>
                <span className="sr-only">{contact.label}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
}
