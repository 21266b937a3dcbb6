import type { Core } from '@strapi/strapi';

/** The types communicators can schedule (a `publishAt` field on each). */
export const SCHEDULED_TYPES = ['api::event.event', 'api::campaign.campaign'] as const;

/**
 * Publishes every draft whose `publishAt` has come (run each minute by the cron task in
 * config/cron-tasks.ts; Strapi's own Releases are a paid feature). The time is a plan, not a
 * record: once published, `publishAt` is cleared on every version. A rejected event is never
 * published this way; one that fails (e.g. a required field is empty) stays scheduled and is
 * logged each minute until someone fixes it.
 *
 * Every CMS instance may run this at the same minute: each due document is claimed first by
 * clearing its `publishAt` in one UPDATE that only finds the rows while they are still scheduled
 * (a row claim in the shared database), so exactly one instance publishes it and one mail goes out.
 */
export async function publishDueDrafts(strapi: Core.Strapi, now = new Date()): Promise<number> {
  let published = 0;
  for (const uid of SCHEDULED_TYPES) {
    const where: Record<string, unknown> = { publishedAt: null, publishAt: { $notNull: true, $lte: now.toISOString() } };
    if (uid === 'api::event.event') where.moderationStatus = { $ne: 'rejected' };
    const due: { documentId: string; publishAt: string }[] = await strapi.db.query(uid).findMany({ where, select: ['documentId', 'publishAt'], limit: 100 });
    const scheduled = new Map(due.map((row) => [row.documentId, row.publishAt]));
    for (const [documentId, publishAt] of scheduled) {
      const claimed = await strapi.db.query(uid).updateMany({ where: { ...where, documentId }, data: { publishAt: null } });
      if (claimed.count === 0) continue; // another instance took it (or someone unscheduled it)
      try {
        await strapi.documents(uid).publish({ documentId, locale: '*' });
        await strapi.db.query(uid).updateMany({ where: { documentId }, data: { publishAt: null } });
        published += 1;
        strapi.log.info(`[schedule] published ${uid} ${documentId}`);
      } catch (error) {
        // Scheduled again, for the next run (on whichever instance) to try.
        await strapi.db.query(uid).updateMany({ where: { documentId, publishedAt: null }, data: { publishAt } });
        strapi.log.error(`[schedule] could not publish ${uid} ${documentId}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return published;
}
