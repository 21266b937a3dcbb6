import { GetPlanFollowUpDocument, type FollowUpEventLinkFragment, type GetPlanFollowUpQuery } from '@stodportalen/shared/graphql';
import { cmsRequest } from '../utils/cms.server';
import { stockholmDate } from '@stodportalen/shared';
import type { Locale } from '../utils/i18n';
import { toSafeUrl } from '../utils/safe-url';
import type { FollowUpActivity, FollowUpItem, PlanFollowUp, PlanValidity } from './follow-up';
import { toActivityStatus } from './plan';
import { planValidity } from './plan-validity';
import { optionalText } from './cms-text';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The plan's validity as its metadata states it, judged against today in Stockholm (see plan-validity.ts). */
export function toPlanValidity(metadata: { validityPeriod?: string | null; revisionDueOn?: string | null } | null | undefined, now: Date): PlanValidity {
  return planValidity({ validityPeriod: optionalText(metadata?.validityPeriod), revisionDueOn: optionalText(metadata?.revisionDueOn) }, stockholmDate(now));
}

/** Over: ended before now, or without an end, started before now (as the calendar's archive counts it). */
function hasEnded(event: FollowUpEventLinkFragment, now: Date): boolean {
  const end = Date.parse(event.endsAt ?? event.startsAt);
  return Number.isFinite(end) && end < now.getTime();
}

/** A document link only to a web address (the CMS checks the form; this keeps javascript: and the like out). */
function documentLink(url: string | null | undefined, title: string | null | undefined): { url: string; title: string | null } | null {
  const safe = url ? toSafeUrl(url) : null;
  return safe?.external ? { url: safe.href, title: optionalText(title) } : null;
}

type RawActivity = GetPlanFollowUpQuery['activities'][number];

function toItems(activity: NonNullable<RawActivity>, now: Date): FollowUpItem[] {
  const entries: FollowUpItem[] = activity.followUps.flatMap((entry) => {
    const summary = optionalText(entry?.summary);
    if (!entry || !summary || !ISO_DATE.test(entry.doneOn)) return [];
    return [
      {
        kind: 'entry' as const,
        id: entry.documentId,
        date: entry.doneOn,
        summary,
        reached: typeof entry.reached === 'number' && entry.reached >= 0 ? entry.reached : null,
        event: entry.event ? { slug: entry.event.slug, title: entry.event.title.trim() } : null,
        document: documentLink(entry.documentUrl, entry.documentTitle),
      },
    ];
  });
  // An event an entry already tells about is not listed twice.
  const told = new Set(activity.followUps.flatMap((entry) => (entry?.event ? [entry.event.documentId] : [])));
  const events: FollowUpItem[] = activity.events.flatMap((event) =>
    event && !told.has(event.documentId) && hasEnded(event, now)
      ? [{ kind: 'event' as const, id: event.documentId, date: event.startsAt, event: { slug: event.slug, title: event.title.trim() } }]
      : [],
  );
  // Newest first; an entry's date is a day, an event's an instant: compare their days, then entries first.
  const day = (item: FollowUpItem) => (item.kind === 'entry' ? item.date : stockholmDate(new Date(item.date)));
  return [...entries, ...events].sort((a, b) => day(b).localeCompare(day(a)) || (a.kind === b.kind ? 0 : a.kind === 'entry' ? -1 : 1));
}

/** Null when the locale has neither a plan nor activities (→ the Swedish version, or 404). */
export function toPlanFollowUp(data: GetPlanFollowUpQuery, now: Date): PlanFollowUp | null {
  const activities: FollowUpActivity[] = data.activities.flatMap((activity) =>
    activity
      ? [{ id: activity.documentId, order: activity.order, title: activity.title.trim(), status: toActivityStatus(activity.status), items: toItems(activity, now) }]
      : [],
  );
  if (!data.plan && activities.length === 0) return null;
  return {
    planTitle: optionalText(data.plan?.title),
    validity: toPlanValidity(data.plan?.metadata, now),
    activities,
  };
}

/** Throws CmsError. */
export async function getPlanFollowUp(locale: Locale, now: Date = new Date()): Promise<PlanFollowUp | null> {
  return toPlanFollowUp(await cmsRequest(GetPlanFollowUpDocument, { locale }), now);
}
