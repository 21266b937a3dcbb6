// Pieces of the support directory and a support resource: the level badge, a contact channel
// as the right kind of link, its opening status.
import type { SupportLevel } from '@stodportalen/shared';
import type { ContactChannel } from '../models/support';
import type { Dictionary } from '../utils/i18n';
import { printUrlProps } from '../utils/print-links';

const LEVEL_STYLES: Record<SupportLevel, string> = {
  acute: 'border-red-800 bg-red-50',
  targeted: 'border-amber-600 bg-amber-50',
  general: 'border-teal-700 bg-teal-50',
};

/** "Akut" / "Riktat stöd" / "Generellt stöd" as a badge; screen readers hear "Nivå: Akut". */
export function LevelBadge({ level, t }: { level: SupportLevel; t: Dictionary }) {
  return (
    <span
      className={`inline-block rounded-full border-2 px-3 text-base font-semibold text-slate-900 ${LEVEL_STYLES[level]}`}
    >
      <span className="sr-only">{t.support.results.levelLabel}: </span>
      {t.support.levels[level]}
    </span>
  );
}

/**
 * "Öppet dygnet runt", "Öppet nu (kl. 14.05)" or "Stängt nu (kl. 22.10)"; nothing when the
 * opening hours are not known. The time says when it was true: pages may be kept in caches.
 */
export function OpenStatusText({ channel, t }: { channel: ContactChannel; t: Dictionary }) {
  const status = channel.status;
  if (!status) return null;
  if (status.kind === 'always') return <span className="font-semibold text-slate-900">{t.support.resource.alwaysOpen}</span>;
  const time = t.support.time(status.at);
  return (
    <span className={`font-semibold ${status.kind === 'open' ? 'text-teal-900' : 'text-slate-900'}`}>
      {status.kind === 'open' ? t.support.resource.openNow(time) : t.support.resource.closedNow(time)}
    </span>
  );
}

/** The channel's value as a link of its kind (tel:, sms:, mailto:, http(s)), or as text. */
export function ChannelValue({ channel, t }: { channel: ContactChannel; t: Dictionary }) {
  if (!channel.href) return <span className="break-words">{channel.value}</span>;
  if (channel.kind === 'phone' || channel.kind === 'sms') {
    return (
      <a href={channel.href} className="link font-semibold" {...printUrlProps(channel.href, channel.value)}>
        {channel.kind === 'phone' ? t.support.results.call : t.support.results.sendSms}{' '}
        <span className="whitespace-nowrap tabular-nums">{channel.value}</span>
      </a>
    );
  }
  const external = channel.kind === 'web' || channel.kind === 'chat';
  return (
    <a href={channel.href} rel={external ? 'noreferrer' : undefined} className="link break-words" {...printUrlProps(channel.href, external ? (channel.label ?? channel.value) : channel.value)}>
      {external ? (channel.label ?? channel.value) : channel.value}
    </a>
  );
}
