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
