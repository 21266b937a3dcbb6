// View models of campaigns (plain data, safe to send to the browser).
import type { Block } from '@stodportalen/shared';
import { localePath, type Locale } from '../utils/i18n';
import type { Audience, EventKind } from '@stodportalen/shared';
import type { ResponsiveImage } from './image';

/** Where a campaign's period stands relative to today (in Stockholm). */
export type CampaignStatus = 'current' | 'upcoming' | 'past';

export interface CampaignCard {
  id: string;
  slug: string;
  title: string;
  lede: string;
  /** `YYYY-MM-DD`. */
  startsOn: string;
  /** `YYYY-MM-DD`; null: no end date set. */
  endsOn: string | null;
  updatedAt: string | null;
  status: CampaignStatus;
  /** The language the text is in; differs from the page's when no translation exists. */
  contentLocale: Locale;
}

export interface CampaignResourceLink {
  slug: string;
  name: string;
  summary: string | null;
}

export interface CampaignEventLink {
  slug: string;
  title: string;
  kind: EventKind;
  startsAt: string;
  endsAt: string | null;
}

export interface CampaignDetail extends CampaignCard {
  body: Block[];
  /** The campaign's image (with alternative text), or null. */
  image: ResponsiveImage | null;
  /** The other locales the campaign is written in (hreflang alternates). */
  otherLocales: Locale[];
  audiences: Audience[];
  resources: CampaignResourceLink[];
  events: CampaignEventLink[];
}

/** The campaigns grouped for /kampanjer: current first, then upcoming, then past. */
export interface CampaignList {
  current: CampaignCard[];
  upcoming: CampaignCard[];
  past: CampaignCard[];
}

/** The campaign's page in a locale. */
export function campaignPath(locale: Locale, slug: string): string {
  return localePath(locale, `/kampanjer/${encodeURIComponent(slug)}`);
}
