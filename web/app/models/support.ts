// View models of the support directory and a support resource (plain data, safe to send to the browser).
import type { Audience, Block, ChannelKind, OpeningDay, SupportLevel, SupportScope } from '@stodportalen/shared';
import type { OpenStatus } from '../utils/opening-hours';
import type { Locale } from '../utils/i18n';

/** The directory shows this many resources a page. */
export const SUPPORT_PAGE_SIZE = 20;

export interface OpeningHoursRow {
  day: OpeningDay;
  /** "HH:mm". */
  opens: string;
  closes: string;
}

export interface ContactChannel {
  kind: ChannelKind;
  /** As the editor wrote it: a number, an address, a URL. */
  value: string;
  label: string | null;
  /** tel:, sms:, mailto: or an http(s) URL; null when the value cannot be a safe link (and for visits). */
  href: string | null;
  isFree: boolean;
  alwaysOpen: boolean;
  hours: OpeningHoursRow[];
  hoursNote: string | null;
  /** Computed on the server when the page was made; null when no opening hours are known. */
  status: OpenStatus | null;
}

export interface SupportResourceSummary {
  id: string;
  slug: string;
  name: string;
  summary: string;
  level: SupportLevel;
  scope: SupportScope;
  anonymous: boolean;
  channels: ContactChannel[];
  /** The language name and summary are in (Swedish when there is no translation yet). */
  contentLocale: Locale;
}

export interface SupportDirectory {
  resources: SupportResourceSummary[];
  total: number;
  /** 1-based; clamped to the pages there are. */
  page: number;
  pageCount: number;
}

export interface SupportResource extends SupportResourceSummary {
  body: Block[];
  /** The other locales the resource is written in (hreflang alternates). */
  otherLocales: Locale[];
  languages: string | null;
  verifiedOn: string | null;
  /** When an editor last reviewed the whole entry (`YYYY-MM-DD`). */
  reviewedOn: string | null;
  /** http(s) only. */
  sourceUrl: string | null;
  audiences: Audience[];
  organisation: { name: string; website: string | null } | null;
}
