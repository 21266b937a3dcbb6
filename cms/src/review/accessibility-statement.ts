import type { Core } from '@strapi/strapi';

/** The fields of the accessibility statement that DIGG's model statement needs and only editors can fill in. */
export const ACCESSIBILITY_STATEMENT_REQUIRED = ['compliance', 'contactEmail', 'responseTime', 'assessmentMethod', 'assessedOn'] as const;
export type AccessibilityStatementField = (typeof ACCESSIBILITY_STATEMENT_REQUIRED)[number];

type StatementRow = Partial<Record<AccessibilityStatementField, string | null>> & { locale?: string | null };

/**
 * The required fields still empty in the latest saved version (draft) of the statement, in
 * Swedish or English: what the page shows as "not yet published" until an editor fills it in.
 */
export async function missingAccessibilityStatementFields(strapi: Core.Strapi): Promise<{ field: AccessibilityStatementField; locale: string }[]> {
  const rows = (await strapi.db.query('api::accessibility-statement.accessibility-statement').findMany({
    where: { publishedAt: null },
    select: ['locale', ...ACCESSIBILITY_STATEMENT_REQUIRED],
  })) as StatementRow[];
  const locales = rows.length > 0 ? rows : [{ locale: 'sv' }];
  const missing: { field: AccessibilityStatementField; locale: string }[] = [];
  for (const row of locales) {
    for (const field of ACCESSIBILITY_STATEMENT_REQUIRED) {
      if ((row[field] ?? '').toString().trim() === '') missing.push({ field, locale: row.locale ?? 'sv' });
    }
  }
  return missing;
}

type GapRow = { content?: string | null; criterion?: string | null; reason?: string | null };

/**
 * Shortcomings in the latest saved statement without their WCAG criterion or reason: DIGG's model
 * lists each with both, so the review list shows the ones editors still have to complete.
 */
export async function incompleteShortcomings(strapi: Core.Strapi): Promise<{ locale: string; content: string; missing: ('criterion' | 'reason')[] }[]> {
  const rows = (await strapi.db.query('api::accessibility-statement.accessibility-statement').findMany({
    where: { publishedAt: null },
    select: ['locale'],
    populate: { shortcomings: true },
  })) as { locale?: string | null; shortcomings?: GapRow[] }[];
  return rows.flatMap((row) =>
    (row.shortcomings ?? []).flatMap((gap) => {
      const missing = (['criterion', 'reason'] as const).filter((field) => (gap[field] ?? '').trim() === '');
      return missing.length > 0 ? [{ locale: row.locale ?? 'sv', content: gap.content ?? '', missing }] : [];
    }),
  );
}

/** Accessibility reports whose mail to the contact was not sent (no SMTP, or it failed): someone must read them in the admin. */
export async function unsentAccessibilityReports(strapi: Core.Strapi): Promise<string[]> {
  const rows = (await strapi.db.query('api::accessibility-report.accessibility-report').findMany({
    where: { mailSent: false },
    select: ['documentId'],
  })) as { documentId: string }[];
  return [...new Set(rows.map((row) => row.documentId))];
}
