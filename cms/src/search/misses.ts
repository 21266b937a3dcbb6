// Zero-result searches for communicators, privacy first: per normalised query, language and day a
// count (no address, no time finer than a day, no visitor key); editors see a query once it was
// searched at least SEARCH_MISS_SHOWN_FROM times in the last SEARCH_MISS_RETENTION_DAYS days; older
// counts are deleted (cron-tasks.ts).
import {
  SEARCH_MISS_RETENTION_DAYS,
  SEARCH_MISS_SHOWN_FROM,
  SearchMissSchema,
  normalizeSearchMiss,
  stockholmDate,
} from '@stodportalen/shared';
import type { Core } from '@strapi/strapi';

const COUNTS = 'api::search-miss-count.search-miss-count';
const MISSES = 'api::search-miss.search-miss';

type CountRow = { id: number; count: number; day: string };
type MissRow = { id: number };

/** The first day still kept, counted back from `today` (YYYY-MM-DD). */
export function firstKeptDay(today: string, days = SEARCH_MISS_RETENTION_DAYS): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - (days - 1));
  return date.toISOString().slice(0, 10);
}

export function createSearchMissService(strapi: Core.Strapi, now: () => Date = () => new Date()) {
  const counts = () => strapi.db.query(COUNTS);
  const misses = () => strapi.db.query(MISSES);

  /** Sets what editors see for one query: shown from SEARCH_MISS_SHOWN_FROM searches on. */
  async function refreshShown(query: string, language: 'sv' | 'en', today: string): Promise<void> {
    const rows: CountRow[] = await counts().findMany({ where: { query, language, day: { $gte: firstKeptDay(today) } } });
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    const lastSeenOn = rows.map((row) => row.day).sort().at(-1);
    const shown: MissRow | null = await misses().findOne({ where: { query, language } });
    if (total >= SEARCH_MISS_SHOWN_FROM && lastSeenOn) {
      if (shown) await misses().update({ where: { id: shown.id }, data: { count: total, lastSeenOn } });
      else await misses().create({ data: { query, language, count: total, lastSeenOn } });
    } else if (shown) {
      await misses().delete({ where: { id: shown.id } });
    }
  }

  return {
    /** Counts one search that found nothing. `invalid` for a body that is not one. */
    async record(body: unknown): Promise<'counted' | 'ignored' | 'invalid'> {
      const parsed = SearchMissSchema.safeParse(body);
      if (!parsed.success) return 'invalid';
      const query = normalizeSearchMiss(parsed.data.query);
      if (!query) return 'ignored';
      const { language } = parsed.data;
      const day = stockholmDate(now());
      const existing: CountRow | null = await counts().findOne({ where: { query, language, day } });
      if (existing) await counts().update({ where: { id: existing.id }, data: { count: existing.count + 1 } });
      else await counts().create({ data: { query, language, day, count: 1 } });
      await refreshShown(query, language, day);
      return 'counted';
    },

    /** Deletes counts older than the retention and updates what editors see. */
    async prune(): Promise<number> {
      const today = stockholmDate(now());
      const old: (CountRow & { query: string; language: 'sv' | 'en' })[] = await counts().findMany({ where: { day: { $lt: firstKeptDay(today) } } });
      if (old.length === 0) return 0;
      await counts().deleteMany({ where: { day: { $lt: firstKeptDay(today) } } });
      const touched = new Map(old.map((row) => [`${row.language}:${row.query}`, row]));
      for (const row of touched.values()) await refreshShown(row.query, row.language, today);
      return old.length;
    },
  };
}
