import { slugify } from '@stodportalen/shared';
import { ListTermsDocument, type GlossaryTermFragment } from '@stodportalen/shared/graphql';
import { cmsRequest } from '../utils/cms.server';
import { DEFAULT_LOCALE, type Locale } from '../utils/i18n';
import { parseBlocks } from './blocks.server';
import { glossaryCollator, type GlossaryTerm } from './glossary';

const PAGE_SIZE = 100; // the CMS's maximum
/** A glossary is short; this bounds the reading at 1 000 terms. */
const MAX_PAGES = 10;

function toTerm(raw: GlossaryTermFragment, contentLocale: Locale): GlossaryTerm | null {
  const name = raw.name.trim();
  const slug = slugify(raw.slug) || slugify(name);
  if (!name || !slug) return null;
  const source = raw.source?.trim() ?? '';
  return {
    id: raw.documentId,
    name,
    slug,
    definition: parseBlocks(raw.definition, `term "${name}"`),
    source: source === '' ? null : source,
    contentLocale,
  };
}

/**
 * Every published term in Swedish alphabetical order. On a page in another language, a term
 * without a translation is the Swedish one (marked with its language). Throws CmsError.
 */
export async function getGlossary(locale: Locale): Promise<GlossaryTerm[]> {
  const withFallback = locale !== DEFAULT_LOCALE;
  const own: GlossaryTerm[] = [];
  const fallback: GlossaryTerm[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const start = page * PAGE_SIZE;
    const data = await cmsRequest(ListTermsDocument, { locale, start, fallbackLocale: DEFAULT_LOCALE, withFallback });
    for (const raw of data.terms_connection?.nodes ?? []) {
      const term = toTerm(raw, locale);
      if (term) own.push(term);
    }
    for (const raw of data.fallback?.nodes ?? []) {
      const term = toTerm(raw, DEFAULT_LOCALE);
      if (term) fallback.push(term);
    }
    const total = Math.max(data.terms_connection?.pageInfo.total ?? 0, data.fallback?.pageInfo.total ?? 0);
    if (start + PAGE_SIZE >= total) break;
  }
  const translated = new Set(own.map((term) => term.id));
  const seen = new Set<string>();
  return [...own, ...fallback.filter((term) => !translated.has(term.id))]
    .filter((term) => {
      // One entry per anchor.
      if (seen.has(term.slug)) return false;
      seen.add(term.slug);
      return true;
    })
    .sort((a, b) => glossaryCollator.compare(a.name, b.name));
}
