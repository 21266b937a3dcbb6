// The link for a contact channel from the CMS: only links a phone can call, a mail program can
// open or a browser can load over http(s). Anything else is shown as text, never as a link.
import { telHref } from '@stodportalen/shared';
import { toSafeUrl } from './safe-url';

export type ContactKind = 'phone' | 'sms' | 'chat' | 'email' | 'web' | 'visit';

/** A plain address: one @, no spaces, nothing a mailto: URL would read as headers or a list. */
const EMAIL = /^[^\s@<>()[\]\\,;:"?&]+@[^\s@<>()[\]\\,;:"?&]+\.[^\s@<>()[\]\\,;:"?&]+$/;

/** A phone number: digits, spaces, dashes, parentheses, a leading +; at least three digits. */
const PHONE = /^\+?[\d\s\-()]+$/;

export function contactHref(kind: ContactKind, value: string): string | null {
  const text = value.trim();
  switch (kind) {
    case 'phone':
    case 'sms': {
      if (!PHONE.test(text) || text.replace(/\D/g, '').length < 3) return null;
      const tel = telHref(text);
      return kind === 'phone' ? tel : `sms:${tel.slice('tel:'.length)}`;
    }
    case 'email':
      return EMAIL.test(text) ? `mailto:${text}` : null;
    case 'web':
    case 'chat': {
      if (!/^https?:\/\//i.test(text)) return null;
      const safe = toSafeUrl(text);
      return safe?.external ? safe.href : null;
    }
    case 'visit':
      return null;
  }
}
