/**
 * The acute-help numbers compiled into every build, shown when the CMS cannot be reached. Each says
 * whom it is for: Kvinnofridslinjen is for women, so children and boys also get Bris. Every number
 * has its source in shared/facts/sources.json (see docs/decisions/003 and 013).
 */
export interface AcuteContact {
  label: string;
  number: string;
  when: string;
}

export type AcuteHelpLocale = 'sv' | 'en';

export const acuteHelpFallback: Record<AcuteHelpLocale, readonly AcuteContact[]> = {
  sv: [
    { label: 'Larmnumret 112', number: '112', when: 'För alla, när någon är i fara just nu' },
    { label: 'Polisen, när det inte är akut', number: '114 14', when: 'För alla, till exempel för att anmäla ett brott' },
    { label: 'Bris, för dig under 18 år', number: '116 111', when: 'För alla under 18 år. Chatt på bris.se' },
    {
      label: 'Kvinnofridslinjen, för kvinnor',
      number: '020-50 50 50',
      when: 'För kvinnor utsatta för våld och deras närstående. Gratis, dygnet runt',
    },
  ],
  en: [
    { label: 'Emergency number 112', number: '112', when: 'For everyone, when someone is in danger now' },
    { label: 'Police, non-emergency', number: '114 14', when: 'For everyone, e.g. to report a crime' },
    { label: 'Bris, for under-18s', number: '116 111', when: 'For everyone under 18. Chat at bris.se' },
    {
      label: 'Kvinnofridslinjen, helpline for women',
      number: '020-50 50 50',
      when: 'For women subjected to violence and people close to them. Free, 24/7',
    },
  ],
};

/** `tel:` URI for a Swedish number as people write it ("020-50 50 50" → "tel:020505050"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}
