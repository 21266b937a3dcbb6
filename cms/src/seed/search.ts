// The site search's starter synonyms and best bets (cms/seed/search.json), each created once and
// published; editors change or delete them in the admin and the seed leaves them be.
import fs from 'node:fs';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';

const SearchSeedSchema = z.object({
  synonyms: z.array(z.object({ locale: z.enum(['sv', 'en']), words: z.array(z.string().min(1)).min(1), means: z.array(z.string().min(1)).min(1) })),
  bestBets: z.array(
    z.object({
      locale: z.enum(['sv', 'en']),
      queries: z.array(z.string().min(1)).min(1),
      url: z.string().regex(/^\/\S*$/),
      title: z.string().min(1),
      description: z.string(),
    }),
  ),
});

export type SearchSeed = z.infer<typeof SearchSeedSchema>;

export function loadSearchSeed(file: string): SearchSeed {
  return SearchSeedSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export async function seedSearch(strapi: Core.Strapi, once: (key: string, create: () => Promise<unknown>) => Promise<boolean>, file: string): Promise<void> {
  const seed = loadSearchSeed(file);
  for (const synonym of seed.synonyms) {
    await once(`search-synonym:${synonym.locale}:${synonym.words[0]}`, () =>
      strapi.documents('api::search-synonym.search-synonym').create({
        data: { words: synonym.words.join(', '), means: synonym.means.join(', ') },
        locale: synonym.locale,
        status: 'published',
      }),
    );
  }
  for (const bet of seed.bestBets) {
    await once(`search-best-bet:${bet.locale}:${bet.url}`, () =>
      strapi.documents('api::search-best-bet.search-best-bet').create({
        data: { queries: bet.queries.join(', '), url: bet.url, title: bet.title, description: bet.description },
        locale: bet.locale,
        status: 'published',
      }),
    );
  }
}
