// View model of the home page's CMS content (plain data, safe to send to the browser).
import type { CampaignCard } from './campaign';
import type { EventCard } from './event';

export interface HomeContent {
  /** The campaign whose period includes today (the latest started); null when none. */
  currentCampaign: CampaignCard | null;
  /** The next three events (soonest first). */
  nextEvents: EventCard[];
}
