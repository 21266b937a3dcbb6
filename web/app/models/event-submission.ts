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
