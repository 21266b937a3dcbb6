// What the moderation inbox's admin routes answer (src/moderation/inbox.ts) and the admin panel
// reads (src/admin/moderation-inbox.tsx): types only, so the panel's build takes no server code.
import type { ReviewReason } from '../review/review-rule';

/** What became of a decision mail to the partner: what the moderation inbox tells the communicator. */
export type DecisionMailOutcome = 'sent' | 'no-address' | 'no-smtp' | 'failed';

/** An item of the review list (review/review-list.ts), as the inbox shows it. */
export type InboxReviewItem = { type: 'page' | 'support-resource'; documentId: string; title: string; reviewedOn: string | null; reasons: ReviewReason[] };

export type PendingTip = {
  documentId: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  organiser: string | null;
  receivedAt: string;
  /** Whole minutes since the tip arrived (the admin writes it as "3 dagar"). */
  ageMinutes: number;
  /** Whether a decision mail can reach the partner. */
  hasEmail: boolean;
};

export type ScheduledItem = { type: 'event' | 'campaign'; documentId: string; title: string; publishAt: string };

export type ModerationInbox = {
  pending: PendingTip[];
  pendingCount: number;
  scheduled: { count: number; items: ScheduledItem[] };
  review: { intervalMonths: number; items: InboxReviewItem[] };
  mailConfigured: boolean;
};

export type DecisionAnswer = { documentId: string; moderationStatus: 'approved' | 'rejected'; mail: DecisionMailOutcome };
