// View model of the site settings. Not server-only: the root ErrorBoundary builds the fallback
// without any CMS call.
import { acuteHelpFallback, type AcuteContact } from '@stodportalen/shared';
import type { Locale } from '../utils/i18n';

/** Where "Lämna sidan snabbt" goes when the CMS gives no (valid) address. */
export const QUICK_EXIT_FALLBACK_URL = 'https://www.smhi.se/';

export interface SiteSettings {
  quickExitUrl: string;
  /** Null: the layout shows the footer text from the locale file. */
  footerContact: string | null;
  acuteContacts: AcuteContact[];
  /** 'fallback' when the numbers come from the build, not the CMS. */
  source: 'cms' | 'fallback';
}

export function fallbackSiteSettings(locale: Locale): SiteSettings {
  return {
    quickExitUrl: QUICK_EXIT_FALLBACK_URL,
    footerContact: null,
    acuteContacts: acuteHelpFallback[locale].map((contact) => ({ ...contact })),
    source: 'fallback',
  };
}
