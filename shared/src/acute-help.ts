/**
 * The acute-help numbers compiled into every build, shown when the CMS cannot be reached.
 * Only numbers the project was given: 112, 114 14 and Kvinnofridslinjen (see docs/decisions/003).
 */
export interface AcuteContact {
  label: string;
  number: string;
  when: string;
}

export type AcuteHelpLocale = 'sv' | 'en';

export const acuteHelpFallback: Record<AcuteHelpLocale, readonly AcuteContact[]> = {
  sv: [
    { label: 'Larmnumret 112', number: '112', when: 'När någon är i fara just nu' },
    { label: 'Polisen', number: '114 14', when: 'När det inte är akut, till exempel för att anmäla ett brott' },
    { label: 'Kvinnofridslinjen', number: '020-50 50 50', when: 'Gratis, dygnet runt' },
  ],
  en: [
    { label: 'Emergency number 112', number: '112', when: 'When someone is in danger right now' },
    { label: 'Police', number: '114 14', when: 'When it is not urgent, for example to report a crime' },
    { label: 'Kvinnofridslinjen (national helpline)', number: '020-50 50 50', when: 'Free, around the clock' },
  ],
};

/** `tel:` URI for a Swedish number as people write it ("020-50 50 50" → "tel:020505050"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}
