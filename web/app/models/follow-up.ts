// View model of the plan's follow-up page (/handlingsplan/uppfoljning): plain data, safe to send.
import type { ActivityStatus } from './plan';

/** What the plan says about its own time: valid for a period, to be revised by a date. */
export interface PlanValidity {
  validityPeriod: string | null;
  /** `YYYY-MM-DD`, or null when the plan names no date. */
  revisionDueOn: string | null;
  /** True once the revision date has passed (today in Stockholm is later); null without a date. */
  revisionOverdue: boolean | null;
}

export interface FollowUpEventRef {
  slug: string;
  title: string;
}

/** One thing done in an activity: an editor's follow-up entry, or an event that named the activity and has ended. */
export type FollowUpItem =
  | {
      kind: 'entry';
      id: string;
      /** `YYYY-MM-DD`. */
      date: string;
      summary: string;
      /** How many were reached; null when not reported. */
      reached: number | null;
      event: FollowUpEventRef | null;
      document: { url: string; title: string | null } | null;
    }
  | {
      kind: 'event';
      id: string;
      /** When the event started (an instant). */
      date: string;
      event: FollowUpEventRef;
    };

export interface FollowUpActivity {
  id: string;
  order: number;
  title: string;
  status: ActivityStatus;
  /** Newest first. */
  items: FollowUpItem[];
}

export interface PlanFollowUp {
  planTitle: string | null;
  validity: PlanValidity;
  activities: FollowUpActivity[];
}
