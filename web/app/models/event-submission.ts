// View-model types of the event tip form (/kalender/tipsa), used by the route and its components.
import type { EventSubmissionErrors, EventSubmissionValues } from '@stodportalen/shared';

export type OrganisationOption = { documentId: string; name: string };

/** Why a submission was not taken, apart from field errors. */
export type SubmissionProblem = 'unavailable' | 'rateLimited' | null;

/** What the action gives back for the form to show again: what the person typed, and what is wrong. */
export type SubmissionFormState = {
  values: EventSubmissionValues;
  errors: EventSubmissionErrors;
  problem: SubmissionProblem;
};

/** What the receipt repeats of a tip: only what the partner typed or chose, and the CMS's reference. */
export type TipReceiptSummary = {
  /** The tip's reference in the CMS (its document id), the same one the receipt mail carries. */
  reference: string;
  title: string;
  /** ISO instants (UTC); shown in Swedish time. */
  startsAt: string;
  endsAt: string;
  place: string | null;
  onlineUrl: string | null;
  organiser: string | null;
  contactEmail: string;
};

/** The receipt page's facts, whether shown by the form's action or at /kalender/tipsa/tack. */
export type TipReceiptView = {
  /** Absent for the old address /kalender/tipsa/tack, which carries no tip. */
  summary: TipReceiptSummary | null;
  mail: boolean;
  retentionDays: number;
  rejectedRetentionDays: number;
  requestContact: string | null;
};
