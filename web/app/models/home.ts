// View model of the home page's CMS content (plain data, safe to send to the browser).
import type { CampaignCard } from './campaign';
import type { EventCard } from './event';
import type { PlanIntro } from './plan';

export interface HomeContent {
  /** Null when no plan is published. */
  plan: PlanIntro | null;
  /** The campaign whose period includes today (the latest started); null when none. */
  currentCampaign: CampaignCard | null;
  /** The next three events (soonest first). */
  nextEvents: EventCard[];
}
