/**
 * The review rule, in one place: content not reviewed for N months (or never) is due, and a
 * support resource without any contact channel needs an editor whatever its review date.
 */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

export type ReviewReason = 'neverReviewed' | 'reviewOverdue' | 'noContactChannel';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The date `months` calendar months before `today` (both `YYYY-MM-DD`); a day the earlier month
 * does not have becomes its last day (31 March − 1 month = 28 or 29 February).
 */
export function reviewCutoff(today: string, months: number): string {
  const match = ISO_DATE.exec(today);
  if (!match) throw new Error(`not a date: ${today}`);
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12; // 0-11
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${targetYear}-${pad(targetMonth + 1)}-${pad(Math.min(day, lastDay))}`;
}

/** A usable interval: a whole number of months from 1 to 60, else the default. */
export function reviewInterval(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 60 ? value : DEFAULT_REVIEW_INTERVAL_MONTHS;
}

/** Why an item is on the review list (empty: it is not). Reviewed on the cutoff date or before is due. */
export function reviewReasons(item: { reviewedOn: string | null; hasContactChannel?: boolean }, cutoff: string): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  if (!item.reviewedOn) reasons.push('neverReviewed');
  else if (item.reviewedOn <= cutoff) reasons.push('reviewOverdue');
  if (item.hasContactChannel === false) reasons.push('noContactChannel');
  return reasons;
}
