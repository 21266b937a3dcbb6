// View models of the action plan (plain data, safe to send to the browser).
import { ACTIVITY_STATUSES, type ActivityStatus, type Block } from '@stodportalen/shared';
import type { Locale } from '../utils/i18n';

/** A status from the CMS; anything unknown counts as not reported, never as a claim. */
export function toActivityStatus(value: string): ActivityStatus {
  return ACTIVITY_STATUSES.find((status) => status === value) ?? 'notReported';
}

export interface PlanIntro {
  title: string;
  /** Paragraphs. */
  summary: string[];
  overallGoal: string | null;
}

export interface PlanMetadata {
  referenceNumber: string | null;
  commissionedBy: string | null;
  approvedBy: string | null;
  approvedOn: string | null;
  councilAdoptedOn: string | null;
  councilAdoptionReference: string | null;
  responsibleUnit: string | null;
  validityPeriod: string | null;
  revisionDueOn: string | null;
}

/**
 * Structured parts of the plan shown inside a section: the activities with their status, the
 * glossary, the references. The CMS derives them from the text of these sections, so where the
 * text says exactly the same thing the structured part is shown in its place, not twice:
 * `replaces` is 'body' (the whole text), `{ block }` (one block of it, e.g. the bullet list of
 * activities) or 'nothing' (the part is shown after the text, under its own heading).
 */
export type SectionExtra = {
  kind: 'activities' | 'terms' | 'references';
  replaces: 'body' | 'nothing' | { block: number };
};

export interface PlanSection {
  heading: string;
  /** Unique, URL-safe id for `#anchor` links. */
  anchor: string;
  /** 2 or 3: the heading level on the page. */
  level: 2 | 3;
  body: Block[];
  extras: SectionExtra[];
}

export interface PlanActivity {
  id: string;
  title: string;
  /** What the description adds to the title; null when nothing. */
  description: string | null;
  responsible: string | null;
  status: ActivityStatus;
  followUpOn: string | null;
}

export interface PlanTerm {
  id: string;
  name: string;
  slug: string;
  definition: Block[];
  source: string | null;
}

export interface PlanReference {
  title: string;
  url: string | null;
}

export interface ActionPlan extends PlanIntro {
  updatedAt: string | null;
  /** The other locales the plan is written in (hreflang alternates). */
  otherLocales: Locale[];
  metadata: PlanMetadata;
  sections: PlanSection[];
  activities: PlanActivity[];
  terms: PlanTerm[];
  references: PlanReference[];
  /** Structured parts that found no section to live in; shown after the sections. */
  trailingExtras: SectionExtra['kind'][];
}
