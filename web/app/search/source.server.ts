// Where the search index gets its documents: behind SearchSource, so that the CMS gateway (today)
// can be swapped for the in-memory read model of published content without touching the engine.
import { blocksToPlainText, slugify } from '@stodportalen/shared';
import {
  SearchIndexBestBetsDocument,
  SearchIndexCampaignsByIdDocument,
  SearchIndexCampaignsDocument,
  SearchIndexEventsByIdDocument,
  SearchIndexEventsDocument,
  SearchIndexPagesByIdDocument,
  SearchIndexPagesDocument,
  SearchIndexPlanDocument,
  SearchIndexResourcesByIdDocument,
  SearchIndexResourcesDocument,
  SearchIndexSynonymsDocument,
  SearchIndexTermsByIdDocument,
  SearchIndexTermsDocument,
} from '@stodportalen/shared/graphql';
import { parseBlocks } from '../models/blocks.server';
import { isPageArea, pagePath } from '../models/page';
import { cmsRequestUncached } from '../utils/cms.server';
import type { Locale } from '../utils/i18n';
import { SEARCH_KINDS, type HelpLevel, type SearchBestBet, type SearchDocument, type SearchKind, type SearchSynonym } from './types';

export interface SearchSnapshot {
  documents: SearchDocument[];
  synonyms: SearchSynonym[];
  bestBets: SearchBestBet[];
}

export interface SearchVocabulary {
  synonyms: SearchSynonym[];
  bestBets: SearchBestBet[];
}

/**
 * Everything the index should hold, in both languages. Throws when the content is unavailable.
 * A source that can also load parts lets the index update by change instead of reloading all.
 */
export interface SearchSource {
  load(): Promise<SearchSnapshot>;
  /** Every document of these kinds (placed in both locales). */
  loadKinds?(kinds: readonly SearchKind[]): Promise<SearchDocument[]>;
  /** The documents of a list kind with these document ids (an id no longer published gives none). */
  loadDocuments?(kind: ListKind, documentIds: readonly string[]): Promise<SearchDocument[]>;
  loadVocabulary?(): Promise<SearchVocabulary>;
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
/** A page's easy-read version is a document of its own: the page's key with this after it. */
export const EASY_READ_KEY = ':lattlast';

/** A document of one of the content types: its fields as the index reads them, no tags. */
function entry(kind: SearchKind, key: string, url: string, title: string, lede: string | null | undefined, body: string): Draft {
  return { key, kind, url, title, lede: lede ?? '', body, tags: [] };
}

/** The list kinds: a change notice names one of their documents. */
export type ListKind = Exclude<SearchKind, 'plan'>;
export const LIST_KINDS: readonly ListKind[] = ['resources', 'pages', 'terms', 'events', 'campaigns'];

/** Every node of a kind in a locale, or only those with the given document ids (100 at a time). */
function nodesOf<T>(
  all: (start: number) => Promise<Connection<T> | null | undefined>,
  some: (ids: string[]) => Promise<Connection<T> | null | undefined>,
  ids: readonly string[] | undefined,
): Promise<T[]> {
  if (!ids) return allNodes(all);
  return (async () => {
    const nodes: T[] = [];
    for (let at = 0; at < ids.length; at += PAGE_SIZE) nodes.push(...((await some(ids.slice(at, at + PAGE_SIZE)))?.nodes ?? []));
    return nodes;
  })();
}

/** Reads each list kind in a locale (all of it, or the given document ids) and maps its nodes to drafts. */
const LIST_DRAFTS: Record<ListKind, (locale: Locale, ids?: readonly string[]) => Promise<Draft[]>> = {
  async resources(locale, ids) {
    const nodes = await nodesOf(
      async (start) => (await cmsRequestUncached(SearchIndexResourcesDocument, { locale, start })).supportResources_connection,
      async (some) => (await cmsRequestUncached(SearchIndexResourcesByIdDocument, { locale, ids: some })).supportResources_connection,
      ids,
    );
    return nodes.map((node) => ({
      ...entry('resources', node.documentId, `/stod/${node.slug}`, node.name, node.summary, plain(node.body, `resource "${node.slug}"`)),
      help: helpLevel(node.level, (node.channels ?? []).filter(Boolean).length),
    }));
  },
  async pages(locale, ids) {
    const nodes = await nodesOf(
      async (start) => (await cmsRequestUncached(SearchIndexPagesDocument, { locale, start })).pages_connection,
      async (some) => (await cmsRequestUncached(SearchIndexPagesByIdDocument, { locale, ids: some })).pages_connection,
      ids,
    );
    return nodes.flatMap((node): Draft[] => {
      const path = isPageArea(node.area) ? pagePath(node.area, node.slug) : null;
      if (!path) return [];
      const page = entry('pages', node.documentId, path, node.title, node.summary, plain(node.body, `page "${node.slug}"`));
      const easyRead = plain(node.easyReadBody, `easy-read page "${node.slug}"`);
      if (!easyRead.trim()) return [page];
      const tag = EASY_READ_TAG[locale];
      return [page, { ...entry('pages', `${node.documentId}${EASY_READ_KEY}`, `${path}?lattlast=1`, `${node.title} (${tag})`, '', easyRead), tags: [tag] }];
    });
  },
  async terms(locale, ids) {
    const nodes = await nodesOf(
      async (start) => (await cmsRequestUncached(SearchIndexTermsDocument, { locale, start })).terms_connection,
      async (some) => (await cmsRequestUncached(SearchIndexTermsByIdDocument, { locale, ids: some })).terms_connection,
      ids,
    );
    return nodes.map((node) => entry('terms', node.documentId, `/begrepp#${node.slug}`, node.name, '', plain(node.definition, `term "${node.slug}"`)));
  },
  async events(locale, ids) {
    const nodes = await nodesOf(
      async (start) => (await cmsRequestUncached(SearchIndexEventsDocument, { locale, start })).events_connection,
      async (some) => (await cmsRequestUncached(SearchIndexEventsByIdDocument, { locale, ids: some })).events_connection,
      ids,
    );
    return nodes.map((node) => ({
      ...entry('events', node.documentId, `/kalender/${node.slug}`, node.title, '', plain(node.description, `event "${node.slug}"`)),
      startsAt: node.startsAt ?? null,
      endsAt: node.endsAt ?? null,
    }));
  },
  async campaigns(locale, ids) {
    const nodes = await nodesOf(
      async (start) => (await cmsRequestUncached(SearchIndexCampaignsDocument, { locale, start })).campaigns_connection,
      async (some) => (await cmsRequestUncached(SearchIndexCampaignsByIdDocument, { locale, ids: some })).campaigns_connection,
      ids,
    );
    return nodes.map((node) => entry('campaigns', node.documentId, `/kampanjer/${node.slug}`, node.title, node.lede, plain(node.body, `campaign "${node.slug}"`)));
  },
};

async function planDrafts(locale: Locale): Promise<Draft[]> {
  const plan = await cmsRequestUncached(SearchIndexPlanDocument, { locale });
  const used = new Set<string>();
  return (plan.plan?.sections ?? []).flatMap((section, index): Draft[] => {
    if (!section) return [];
    const heading = section.heading.trim();
    // The same anchors as toActionPlan() in plan.server.ts gives the headings on /handlingsplan.
    const wanted = slugify(section.anchor) || slugify(heading) || `avsnitt-${index + 1}`;
    let anchor = wanted;
    for (let n = 2; used.has(anchor); n += 1) anchor = `${wanted}-${n}`;
    used.add(anchor);
    return [entry('plan', anchor, `/handlingsplan#${anchor}`, heading, '', plain(section.body, `plan section "${heading}"`))];
  });
}

/** The drafts of some kinds in a locale (of a list kind, only the given document ids when `ids` is set). */
async function loadLocale(locale: Locale, kinds: readonly SearchKind[], ids?: readonly string[]): Promise<Map<SearchKind, Draft[]>> {
  const loaded = await Promise.all(
    kinds.map(async (kind) => [kind, kind === 'plan' ? await planDrafts(locale) : await LIST_DRAFTS[kind](locale, ids)] as const),
  );
  return new Map(loaded);
}

/** The placed documents of some kinds, in both locales (see placeDocuments). */
async function loadKinds(kinds: readonly SearchKind[], ids?: readonly string[]): Promise<SearchDocument[]> {
  const loaded = await Promise.all(LOCALES.map(async (locale) => [locale, await loadLocale(locale, kinds, ids)] as const));
  return placeDocuments(new Map(loaded));
}

/**
 * The documents of every index: each locale's own. A Swedish document that has no version in
 * another language is not copied into that language's index: the engine searches the Swedish
 * index for it (SearchEngine.run), which halves the index's memory when most content is Swedish.
 */
export function placeDocuments(byLocale: Map<Locale, Map<SearchKind, Draft[]>>): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const [locale, own] of byLocale) {
    for (const [kind, drafts] of own) {
      for (const { key, ...rest } of drafts) documents.push({ ...rest, id: `${locale}:${kind}:${key}`, locale, textLocale: locale });
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

async function loadLocaleVocabulary(locale: Locale): Promise<SearchVocabulary> {
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
    const [documents, vocabulary] = await Promise.all([this.loadKinds(SEARCH_KINDS), this.loadVocabulary()]);
    return { documents, ...vocabulary };
  }

  loadKinds(kinds: readonly SearchKind[]): Promise<SearchDocument[]> {
    return loadKinds(kinds);
  }

  loadDocuments(kind: ListKind, documentIds: readonly string[]): Promise<SearchDocument[]> {
    return loadKinds([kind], documentIds);
  }

  async loadVocabulary(): Promise<SearchVocabulary> {
    const loaded = await Promise.all(LOCALES.map((locale) => loadLocaleVocabulary(locale)));
    return { synonyms: loaded.flatMap((vocabulary) => vocabulary.synonyms), bestBets: loaded.flatMap((vocabulary) => vocabulary.bestBets) };
  }
}
