import { blocksToPlainText, slugify, type Block } from '@stodportalen/shared';
import { GetActionPlanDocument, type GetActionPlanQuery } from '@stodportalen/shared/graphql';
import { cmsRequest } from '../utils/cms.server';
import { localesIn, type Locale } from '../utils/i18n';
import { parseBlocks } from './blocks.server';
import {
  toActivityStatus,
  type ActionPlan,
  type PlanActivity,
  type PlanMetadata,
  type PlanReference,
  type PlanSection,
  type PlanTerm,
  type SectionExtra,
} from './plan';
import { optionalText } from './cms-text';

/**
 * The sections of the adopted plan that the structured parts belong to (anchors as the CMS seeds
 * them from the plan's headings). If a section is renamed, the part is shown after the sections.
 */
const EXTRA_ANCHORS: Record<SectionExtra['kind'], string> = {
  activities: 'prioriterade-aktiviteter-mal',
  terms: 'definition-och-viktiga-begrepp',
  references: 'referenser',
};

type RawPlan = NonNullable<GetActionPlanQuery['plan']>;

function paragraphs(value: string | null | undefined): string[] {
  return (value ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function toMetadata(raw: RawPlan['metadata']): PlanMetadata {
  return {
    referenceNumber: optionalText(raw?.diarienummer),
    commissionedBy: optionalText(raw?.commissionedBy),
    approvedBy: optionalText(raw?.approvedBy),
    approvedOn: optionalText(raw?.approvedOn),
    councilAdoptedOn: optionalText(raw?.councilAdoptedOn),
    councilAdoptionReference: optionalText(raw?.councilAdoptionReference),
    responsibleUnit: optionalText(raw?.responsibleUnit),
    validityPeriod: optionalText(raw?.validityPeriod),
    revisionDueOn: optionalText(raw?.revisionDueOn),
  };
}

function toActivities(raw: GetActionPlanQuery['activities']): PlanActivity[] {
  return raw.flatMap((activity) => {
    if (!activity) return [];
    const title = activity.title.trim();
    const description = optionalText(activity.description);
    return [
      {
        id: activity.documentId,
        title,
        // The seeded description often starts with the title: show only what it adds.
        description: description?.startsWith(title) ? optionalText(description.slice(title.length)) : description,
        responsible: optionalText(activity.responsible),
        status: toActivityStatus(activity.status),
        followUpOn: optionalText(activity.followUpOn),
      },
    ];
  });
}

function toTerms(raw: GetActionPlanQuery['terms']): PlanTerm[] {
  const seen = new Set<string>();
  return raw.flatMap((term) => {
    if (!term) return [];
    const name = term.name.trim();
    const slug = slugify(term.slug) || slugify(name);
    if (!slug || seen.has(slug)) return [];
    seen.add(slug);
    return [
      {
        id: term.documentId,
        name,
        slug,
        definition: parseBlocks(term.definition, `term "${name}"`),
        source: optionalText(term.source),
      },
    ];
  });
}

function toReferences(raw: RawPlan['references']): PlanReference[] {
  return (raw ?? []).flatMap((reference) => {
    const title = optionalText(reference?.title);
    return title ? [{ title, url: optionalText(reference?.url) }] : [];
  });
}

/** Plain-text lines of blocks, for "does this section say anything more than the structured part?". */
function lines(blocks: readonly Block[]): string[] {
  return blocksToPlainText(blocks)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** Equal lines, ignoring white space (editors and the PDF conversion differ in spaces inside URLs). */
function sameLines(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const squeeze = (lines: readonly string[]) => lines.map((line) => line.replace(/\s+/g, '')).sort();
  const sortedB = squeeze(b);
  return squeeze(a).every((line, index) => line === sortedB[index]);
}

/** What of a section's body says exactly what the structured part says (see SectionExtra). */
function replacedPart(body: readonly Block[], structured: readonly string[]): SectionExtra['replaces'] {
  if (body.length > 0 && sameLines(lines(body), structured)) return 'body';
  const index = body.findIndex((block) => block.type === 'list' && sameLines(lines([block]), structured));
  return index >= 0 ? { block: index } : 'nothing';
}

function uniqueAnchor(wanted: string, used: Set<string>): string {
  let anchor = wanted;
  for (let n = 2; used.has(anchor); n += 1) anchor = `${wanted}-${n}`;
  used.add(anchor);
  return anchor;
}

export function toActionPlan(data: GetActionPlanQuery): ActionPlan | null {
  const plan = data.plan;
  if (!plan) return null;
  const activities = toActivities(data.activities);
  const terms = toTerms(data.terms);
  const references = toReferences(plan.references);

  const used = new Set<string>();
  const sections: PlanSection[] = (plan.sections ?? []).flatMap((section, index) => {
    if (!section) return [];
    const heading = section.heading.trim();
    const wanted = slugify(section.anchor) || slugify(heading) || `avsnitt-${index + 1}`;
    return [
      {
        heading,
        anchor: uniqueAnchor(wanted, used),
        level: section.level >= 3 ? 3 : 2,
        body: parseBlocks(section.body, `section "${heading}"`),
        extras: [],
      },
    ];
  });

  const present: Record<SectionExtra['kind'], boolean> = {
    activities: activities.length > 0,
    terms: terms.length > 0,
    references: references.length > 0,
  };
  const structuredLines: Record<SectionExtra['kind'], string[]> = {
    activities: data.activities.flatMap((activity) =>
      activity ? [(optionalText(activity.description) ?? activity.title).replace(/\s+/g, ' ').trim()] : [],
    ),
    terms: terms.flatMap((term) => lines(term.definition)),
    references: references.map((reference) => reference.title.replace(/\s+/g, ' ')),
  };
  const trailingExtras: SectionExtra['kind'][] = [];
  for (const kind of ['activities', 'terms', 'references'] as const) {
    if (!present[kind]) continue;
    const section = sections.find((s) => s.anchor === EXTRA_ANCHORS[kind]);
    if (!section) {
      trailingExtras.push(kind);
      continue;
    }
    section.extras.push({ kind, replaces: replacedPart(section.body, structuredLines[kind]) });
  }

  return {
    title: plan.title.trim(),
    summary: paragraphs(plan.summary),
    overallGoal: optionalText(plan.overallGoal),
    updatedAt: optionalText(plan.updatedAt),
    otherLocales: localesIn(plan.translations),
    metadata: toMetadata(plan.metadata),
    sections,
    activities,
    terms,
    references,
    trailingExtras,
  };
}

/** The whole plan; null when no plan is published in the locale. Throws CmsError. */
export async function getActionPlan(locale: Locale): Promise<ActionPlan | null> {
  const data = await cmsRequest(GetActionPlanDocument, { locale });
  return toActionPlan(data);
}
