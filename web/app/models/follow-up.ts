// View model of the plan's follow-up page (/handlingsplan/uppfoljning): plain data, safe to send.
import type { ActivityStatus } from '@stodportalen/shared';
import type { PlanValidity } from './plan-validity';

export type { PlanValidity };

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
