import type { Core } from '@strapi/strapi';

/** The types communicators can schedule (a `publishAt` field on each). */
export const SCHEDULED_TYPES = ['api::event.event', 'api::campaign.campaign'] as const;

/**
 * Publishes every draft whose `publishAt` has come (run each minute by the cron task in
 * config/cron-tasks.ts; Strapi's own Releases are a paid feature). The time is a plan, not a
 * record: once published, `publishAt` is cleared on every version. A rejected event is never
 * published this way; one that fails (e.g. a required field is empty) stays scheduled and is
 * logged each minute until someone fixes it.
 */
export async function publishDueDrafts(strapi: Core.Strapi, now = new Date()): Promise<number> {
  let published = 0;
  for (const uid of SCHEDULED_TYPES) {
    const where: Record<string, unknown> = { publishedAt: null, publishAt: { $notNull: true, $lte: now.toISOString() } };
    if (uid === 'api::event.event') where.moderationStatus = { $ne: 'rejected' };
    const due: { documentId: string }[] = await strapi.db.query(uid).findMany({ where, select: ['documentId'], limit: 100 });
    for (const documentId of new Set(due.map((row) => row.documentId))) {
      try {
        await strapi.documents(uid).publish({ documentId, locale: '*' });
        await strapi.db.query(uid).updateMany({ where: { documentId }, data: { publishAt: null } });
        published += 1;
        strapi.log.info(`[schedule] published ${uid} ${documentId}`);
      } catch (error) {
        strapi.log.error(`[schedule] could not publish ${uid} ${documentId}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return published;
}
