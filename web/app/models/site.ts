// View model of the site settings. Not server-only: the root ErrorBoundary builds the fallback
// without any CMS call.
import { acuteHelpFallback, type AcuteContact } from '@stodportalen/shared';
import type { Locale } from '../utils/i18n';
import type { ResponsiveImage } from './image';

/** Where "Lämna sidan snabbt" goes when the CMS gives no (valid) address. */
export const QUICK_EXIT_FALLBACK_URL = 'https://www.smhi.se/';

/** The sender's logo: a file the CMS stores, with its alternative text (the sender's name). */
export interface SiteLogo {
  src: string;
  alt: string;
  width: number | null;
  height: number | null;
}

export interface SiteSettings {
  quickExitUrl: string;
  /** Who stands behind the portal, e.g. the municipality; null: only the wordmark "Stödportalen". */
  senderName: string | null;
  /** Null: the neutral wordmark (no third-party asset). */
  logo: SiteLogo | null;
  /** `#rrggbb` with AA contrast (shared/src/brand-colour.ts); null: the portal's own colour. */
  primaryColor: string | null;
  /** The default share image for pages without their own (used by the share tags). */
  shareImage: ResponsiveImage | null;
  /** Null: the layout shows the footer text from the locale file. */
  footerContact: string | null;
  acuteContacts: AcuteContact[];
  /** 'fallback' when the numbers come from the build, not the CMS. */
  source: 'cms' | 'fallback';
}

export function fallbackSiteSettings(locale: Locale): SiteSettings {
  return {
    quickExitUrl: QUICK_EXIT_FALLBACK_URL,
    senderName: null,
    logo: null,
    primaryColor: null,
    shareImage: null,
    footerContact: null,
    acuteContacts: acuteHelpFallback[locale].map((contact) => ({ ...contact })),
    source: 'fallback',
  };
}
