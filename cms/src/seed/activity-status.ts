import type { Core } from '@strapi/strapi';

/** Within this time of its creation a row counts as untouched since the seed wrote it. */
const UNTOUCHED_MS = 60_000;

type ActivityRow = { id: number; documentId: string; status: string; createdAt: string | Date; updatedAt: string | Date };

/**
 * Seeds before issue 9 wrote every activity as 'planned', which nobody had reported. Those become
 * 'notReported'. An activity an editor has saved since (any version, any locale, updated later
 * than just after its creation) keeps what it has, even if that is 'planned'.
 * Returns the documentIds changed.
 */
export async function resetSeededPlannedStatus(strapi: Core.Strapi): Promise<string[]> {
  const query = strapi.db.query('api::activity.activity');
  const rows = (await query.findMany({ select: ['id', 'documentId', 'status', 'createdAt', 'updatedAt'] })) as ActivityRow[];
  const byDocument = new Map<string, ActivityRow[]>();
  for (const row of rows) byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
  const untouched = (row: ActivityRow) => new Date(row.updatedAt).getTime() - new Date(row.createdAt).getTime() <= UNTOUCHED_MS;
  const changed: string[] = [];
  for (const [documentId, versions] of byDocument) {
    if (!versions.every((row) => row.status === 'planned' && untouched(row))) continue;
    // Straight to the rows: the status is not localized, and the document service would stamp a new updatedAt on the draft only.
    await query.updateMany({ where: { id: { $in: versions.map((row) => row.id) } }, data: { status: 'notReported' } });
    changed.push(documentId);
  }
  if (changed.length > 0) strapi.log.info(`Activity status: ${changed.length} seeded activities set from "planned" to "not reported".`);
  return changed;
}
