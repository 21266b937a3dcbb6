// The action plan's validity and revision status, computed against a given day (never hard-coded).
import type { PlanMetadata } from './plan';

export interface PlanValidity {
  /** As the plan states it, e.g. "2021–2023"; null when not stated. */
  period: string | null;
  /** True when the last year of the period is over; null when no period is stated. */
  periodEnded: boolean | null;
  /** ISO date (YYYY-MM-DD) by which the plan was to be revised; null when not stated. */
  revisionDueOn: string | null;
  /** True when the revision date has passed; null when no date is stated. */
  revisionOverdue: boolean | null;
}

const LAST_YEAR = /(\d{4})\s*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `today` is the ISO date in Stockholm (see stockholmDate). */
export function planValidity(metadata: Pick<PlanMetadata, 'validityPeriod' | 'revisionDueOn'>, today: string): PlanValidity {
  const period = metadata.validityPeriod?.trim() || null;
  const lastYear = period ? LAST_YEAR.exec(period)?.[1] : undefined;
  const revisionDueOn = metadata.revisionDueOn && ISO_DATE.test(metadata.revisionDueOn) ? metadata.revisionDueOn : null;
  return {
    period,
    periodEnded: lastYear ? `${lastYear}-12-31` < today : null,
    revisionDueOn,
    revisionOverdue: revisionDueOn ? revisionDueOn < today : null,
  };
}
