/**
 * The acute-help numbers compiled into every build, shown when the CMS cannot be reached. Each says
 * whom it is for: Kvinnofridslinjen is for women, so children and boys also get Bris. Every number
 * has its source in shared/facts/sources.json (see docs/decisions/003 and 013).
 */
export interface AcuteContact {
  label: string;
  number: string;
  when: string;
  /**
   * Ways to get help without speaking, for people who cannot talk freely: a chat (https), a number
   * for text messages, a web page with a form or more help. Shown only when the source gives them.
   */
  chatUrl?: string;
  smsNumber?: string;
  webUrl?: string;
}

export type AcuteHelpLocale = 'sv' | 'en';

type ContactText = Pick<AcuteContact, 'label' | 'when'>;
type Channels = Pick<AcuteContact, 'chatUrl' | 'smsNumber' | 'webUrl'>;

/**
 * Each number once, with its label and whom it is for in each locale, and its other channels where
 * a source gives them (shared/facts/sources.json: Bris's chat at bris.se, Kvinnofridslinjen's site).
 */
const ACUTE_CONTACTS: readonly { number: string; channels?: Channels; text: Record<AcuteHelpLocale, ContactText> }[] = [
  { number: '112', text: { sv: { label: 'Larmnumret 112', when: 'För alla, när någon är i fara just nu' }, en: { label: 'Emergency number 112', when: 'For everyone, when someone is in danger now' } } },
  { number: '114 14', text: { sv: { label: 'Polisen, när det inte är akut', when: 'För alla, till exempel för att anmäla ett brott' }, en: { label: 'Police, non-emergency', when: 'For everyone, e.g. to report a crime' } } },
  { number: '116 111', channels: { chatUrl: 'https://www.bris.se' }, text: { sv: { label: 'Bris, för dig under 18 år', when: 'För alla under 18 år. Chatt på bris.se' }, en: { label: 'Bris, for under-18s', when: 'For everyone under 18. Chat at bris.se' } } },
  {
    number: '020-50 50 50',
    channels: { webUrl: 'https://kvinnofridslinjen.se' },
    text: {
      sv: { label: 'Kvinnofridslinjen, för kvinnor', when: 'För kvinnor utsatta för våld och deras närstående. Gratis, dygnet runt' },
      en: { label: 'Kvinnofridslinjen, helpline for women', when: 'For women subjected to violence and people close to them. Free, 24/7' },
    },
  },
];

const contactsIn = (locale: AcuteHelpLocale): readonly AcuteContact[] =>
  ACUTE_CONTACTS.map(({ number, channels, text }) => ({ label: text[locale].label, number, when: text[locale].when, ...channels }));

export const acuteHelpFallback: Record<AcuteHelpLocale, readonly AcuteContact[]> = { sv: contactsIn('sv'), en: contactsIn('en') };

/** `tel:` URI for a Swedish number as people write it ("020-50 50 50" → "tel:020505050"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}
