// Where the search index gets its documents: behind SearchSource, so that the CMS gateway (today)
// can be swapped for the in-memory read model of published content without touching the engine.
import { blocksToPlainText, slugify } from '@stodportalen/shared';
import {
  SearchIndexBestBetsDocument,
  SearchIndexCampaignsDocument,
  SearchIndexEventsDocument,
  SearchIndexPagesDocument,
  SearchIndexPlanDocument,
  SearchIndexResourcesDocument,
  SearchIndexSynonymsDocument,
  SearchIndexTermsDocument,
} from '@stodportalen/shared/graphql';
import { parseBlocks } from '../models/blocks.server';
import { isPageArea, pagePath } from '../models/page';
import { cmsRequestUncached } from '../utils/cms.server';
import type { Locale } from '../utils/i18n';
import type { HelpLevel, SearchBestBet, SearchDocument, SearchKind, SearchSynonym } from './types';

export interface SearchSnapshot {
  documents: SearchDocument[];
  synonyms: SearchSynonym[];
  bestBets: SearchBestBet[];
}

/** Everything the index should hold, in both languages. Throws when the content is unavailable. */
export interface SearchSource {
  load(): Promise<SearchSnapshot>;
}

const LOCALES: readonly Locale[] = ['sv', 'en'];
const PAGE_SIZE = 100;
/** At most this many pages of 100 per type and locale (the index's memory bound is in the engine). */
const MAX_PAGES = 300;

const plain = (value: unknown, where: string): string => blocksToPlainText(parseBlocks(value, where));

type Connection<T> = { nodes: T[]; pageInfo: { total: number } };

/** Every node of a paged connection. */
async function allNodes<T>(fetchPage: (start: number) => Promise<Connection<T> | null | undefined>): Promise<T[]> {
  const nodes: T[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const connection = await fetchPage(page * PAGE_SIZE);
    if (!connection) break;
    nodes.push(...connection.nodes);
    if (connection.nodes.length < PAGE_SIZE || nodes.length >= connection.pageInfo.total) break;
  }
  return nodes;
}

/** A document before it is placed in an index (the id and locale are added then). */
type Draft = Omit<SearchDocument, 'id' | 'locale' | 'textLocale'> & { key: string };

function helpLevel(level: string | null | undefined, channels: number): HelpLevel {
  if (channels === 0) return 'other';
  return level === 'acute' ? 'acute' : 'targeted';
}

const EASY_READ_TAG: Record<Locale, string> = { sv: 'lättläst', en: 'easy read' };

/** A document of one of the content types: its fields as the index reads them, no tags. */
function entry(kind: SearchKind, key: string, url: string, title: string, lede: string | null | undefined, body: string): Draft {
  return { key, kind, url, title, lede: lede ?? '', body, tags: [] };
}

async function loadLocale(locale: Locale): Promise<Map<SearchKind, Draft[]>> {
  const variables = (start: number) => ({ locale, start });
  const [resources, pages, terms, events, campaigns, plan] = await Promise.all([
    allNodes(async (start) => (await cmsRequestUncached(SearchIndexResourcesDocument, variables(start))).supportResources_connection),
    allNodes(async (start) => (await cmsRequestUncached(SearchIndexPagesDocument, variables(start))).pages_connection),
    allNodes(async (start) => (await cmsRequestUncached(SearchIndexTermsDocument, variables(start))).terms_connection),
    allNodes(async (start) => (await cmsRequestUncached(SearchIndexEventsDocument, variables(start))).events_connection),
    allNodes(async (start) => (await cmsRequestUncached(SearchIndexCampaignsDocument, variables(start))).campaigns_connection),
    cmsRequestUncached(SearchIndexPlanDocument, { locale }),
  ]);
  const drafts = new Map<SearchKind, Draft[]>();
  drafts.set(
    'resources',
    resources.map((node) => ({
      ...entry('resources', node.documentId, `/stod/${node.slug}`, node.name, node.summary, plain(node.body, `resource "${node.slug}"`)),
      help: helpLevel(node.level, (node.channels ?? []).filter(Boolean).length),
    })),
  );
  drafts.set(
    'pages',
    pages.flatMap((node): Draft[] => {
      const path = isPageArea(node.area) ? pagePath(node.area, node.slug) : null;
      if (!path) return [];
      const page = entry('pages', node.documentId, path, node.title, node.summary, plain(node.body, `page "${node.slug}"`));
      const easyRead = plain(node.easyReadBody, `easy-read page "${node.slug}"`);
      if (!easyRead.trim()) return [page];
      const tag = EASY_READ_TAG[locale];
      return [page, { ...entry('pages', `${node.documentId}:lattlast`, `${path}?lattlast=1`, `${node.title} (${tag})`, '', easyRead), tags: [tag] }];
    }),
  );
  drafts.set(
    'terms',
    terms.map((node) => entry('terms', node.documentId, `/begrepp#${node.slug}`, node.name, '', plain(node.definition, `term "${node.slug}"`))),
  );
  drafts.set(
    'events',
    events.map((node) => ({
      ...entry('events', node.documentId, `/kalender/${node.slug}`, node.title, '', plain(node.description, `event "${node.slug}"`)),
      startsAt: node.startsAt ?? null,
      endsAt: node.endsAt ?? null,
    })),
  );
  drafts.set(
    'campaigns',
    campaigns.map((node) => entry('campaigns', node.documentId, `/kampanjer/${node.slug}`, node.title, node.lede, plain(node.body, `campaign "${node.slug}"`))),
  );
  const used = new Set<string>();
  drafts.set(
    'plan',
    (plan.plan?.sections ?? []).flatMap((section, index): Draft[] => {
      if (!section) return [];
      const heading = section.heading.trim();
      // The same anchors as toActionPlan() in plan.server.ts gives the headings on /handlingsplan.
      const wanted = slugify(section.anchor) || slugify(heading) || `avsnitt-${index + 1}`;
      let anchor = wanted;
      for (let n = 2; used.has(anchor); n += 1) anchor = `${wanted}-${n}`;
      used.add(anchor);
      return [entry('plan', anchor, `/handlingsplan#${anchor}`, heading, '', plain(section.body, `plan section "${heading}"`))];
    }),
  );
  return drafts;
}

/**
 * The documents of every index: each locale's own, plus the Swedish ones that have no version in
 * it (shown marked as Swedish). The plan stands in as a whole when it has no translation.
 */
export function placeDocuments(byLocale: Map<Locale, Map<SearchKind, Draft[]>>): SearchDocument[] {
  const documents: SearchDocument[] = [];
  const swedish = byLocale.get('sv');
  for (const locale of LOCALES) {
    const own = byLocale.get(locale);
    if (!own) continue;
    for (const [kind, drafts] of own) {
      const keys = new Set(drafts.map((draft) => draft.key));
      const place = (draft: Draft, textLocale: Locale) => {
        const { key, ...rest } = draft;
        documents.push({ ...rest, id: `${locale}:${kind}:${key}`, locale, textLocale });
      };
      for (const draft of drafts) place(draft, locale);
      if (locale === 'sv' || !swedish) continue;
      const fallback = swedish.get(kind) ?? [];
      if (kind === 'plan') {
        if (drafts.length === 0) for (const draft of fallback) place(draft, 'sv');
        continue;
      }
      for (const draft of fallback) if (!keys.has(draft.key)) place(draft, 'sv');
    }
  }
  return documents;
}

/** An editor's list: comma- or line-separated, blanks dropped. */
export function listOf(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/[,\n;]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

async function loadVocabulary(locale: Locale): Promise<{ synonyms: SearchSynonym[]; bestBets: SearchBestBet[] }> {
  const variables = (start: number) => ({ locale, start });
  const [synonyms, bestBets] = await Promise.all([
    allNodes(async (start) => (await cmsRequestUncached(SearchIndexSynonymsDocument, variables(start))).searchSynonyms_connection),
    allNodes(async (start) => (await cmsRequestUncached(SearchIndexBestBetsDocument, variables(start))).searchBestBets_connection),
  ]);
  return {
    synonyms: synonyms.map((node) => ({ locale, words: listOf(node.words), means: listOf(node.means) })),
    bestBets: bestBets.map((node) => ({ locale, queries: listOf(node.queries), url: node.url, title: node.title, description: node.description ?? '' })),
  };
}

/** Reads every published searchable document, synonym and best bet through the CMS gateway. */
export class CmsSearchSource implements SearchSource {
  async load(): Promise<SearchSnapshot> {
    const byLocale = new Map<Locale, Map<SearchKind, Draft[]>>();
    const synonyms: SearchSynonym[] = [];
    const bestBets: SearchBestBet[] = [];
    const loaded = await Promise.all(LOCALES.map(async (locale) => ({ locale, drafts: await loadLocale(locale), vocabulary: await loadVocabulary(locale) })));
    for (const { locale, drafts, vocabulary } of loaded) {
      byLocale.set(locale, drafts);
      synonyms.push(...vocabulary.synonyms);
      bestBets.push(...vocabulary.bestBets);
    }
    return { documents: placeDocuments(byLocale), synonyms, bestBets };
  }
}
