// What POST /api/revalidate does (routes/api.revalidate.ts): check the shared secret, read which
// document changed, purge the caches.
import { secretMatches } from '@stodportalen/shared/server';
import { z } from 'zod';
import { applyContentNotice } from '../read-model/index.server';
import { purgeAll } from './request-state.server';
import { getEnv } from './env.server';

/** True only when REVALIDATE_SECRET is set and `candidate` is it (constant time, any length). */
export function isRevalidateSecret(candidate: string | null): boolean {
  return secretMatches(candidate, getEnv().REVALIDATE_SECRET);
}

/** How long a notice waits for the read model to apply it before the caches are purged anyway. */
const APPLY_WAIT_MS = 3_000;

const changeSchema = z.object({
  uid: z.string().max(200).optional(),
  documentId: z.string().max(100).nullish(),
  locale: z.string().max(20).nullish(),
  action: z.string().max(50).optional(),
});

export type ContentChange = z.infer<typeof changeSchema>;

/** The change the CMS reports; an unreadable body still counts as "something changed". */
export async function readChange(request: Request): Promise<ContentChange> {
  const body: unknown = await request.json().catch(() => null);
  const parsed = changeSchema.safeParse(body);
  return parsed.success ? parsed.data : {};
}

/**
 * Purges everything: the CMS data cache is marked outdated (entries stay as last good copies for
 * an outage) and the page cache is emptied. Content is small and changes rarely, so finding the
 * entries one change touches (lists, search, the home page, feeds…) is not worth its mistakes.
 */
export async function purgeForChange(change: ContentChange): Promise<'all'> {
  // The read model re-reads the changed document first, so the pages rendered after the purge show
  // it; a CMS too slow for that does not hold the notice longer than APPLY_WAIT_MS (the read model
  // purges again when it has applied the change).
  const applying = applyContentNotice(change).catch((error: unknown) => {
    console.error(`[read-model] could not apply a change (${error instanceof Error ? error.message : String(error)}); the consistency check will`);
  });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([applying, new Promise((resolve) => (timer = setTimeout(resolve, APPLY_WAIT_MS)))]);
  clearTimeout(timer);
  const what = [change.action, change.uid, change.documentId, change.locale].filter(Boolean).join(' ');
  purgeAll(what || 'unspecified change');
  console.log(`[revalidate] ${what || 'unspecified change'}: caches purged`);
  return 'all';
}
