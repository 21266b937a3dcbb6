import { blocksToPlainText, slugify } from '@stodportalen/shared';
import { SearchSiteDocument, type SearchSiteQuery } from '@stodportalen/shared/graphql';
import { cmsRequest } from '../utils/cms.server';
import type { Locale } from '../utils/i18n';
import { parseBlocks } from './blocks.server';
import { FALLBACK_LOCALE, mergeWithFallback } from './localized.server';
import { isPageArea, pagePath } from './page';
import {
  SEARCH_GROUPS,
  SEARCH_LIMIT,
  SEARCH_MAX_LENGTH,
  type SearchGroup,
  type SearchGroupKind,
  type SearchHit,
  type SearchResults,
  type TextSegment,
} from './search';

/** Swedish rules for case (the CMS lower-cases `searchText` the same way). */
const CASE_LOCALE = 'sv';

/**
 * Characters no one searches for: controls (NUL among them, which the database's LIKE read as
 * "anything") and invisible format characters, except the joiners (U+200C, U+200D) that emoji
 * and some scripts are written with.
 */
const UNSEARCHABLE = /(?![\u200C\u200D])[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/gu;

/**
 * The query as we search for it: one line, single spaces, no control or invisible characters, at
 * most SEARCH_MAX_LENGTH characters (`truncated` when it was cut). Empty when there is nothing to
 * search for.
 */
export function normalizeQuery(raw: string | null | undefined): { query: string; truncated: boolean } {
  const squeezed = (raw ?? '').normalize('NFC').replace(/\s+/g, ' ').replace(UNSEARCHABLE, '').replace(/ {2,}/g, ' ').trim();
  const characters = Array.from(squeezed);
  if (characters.length <= SEARCH_MAX_LENGTH) return { query: squeezed, truncated: false };
  return { query: characters.slice(0, SEARCH_MAX_LENGTH).join('').trim(), truncated: true };
}

/** What `searchText` is compared with: the query lower-cased the Swedish way. */
export function searchTextOf(query: string): string {
  return query.toLocaleLowerCase(CASE_LOCALE);
}

/** The text lower-cased character by character, remembering where each character came from. */
function lowerWithMap(text: string): { lower: string; origin: number[] } {
  let lower = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length; ) {
    const character = String.fromCodePoint(text.codePointAt(index) ?? 0);
    const lowered = character.toLocaleLowerCase(CASE_LOCALE);
    for (let k = 0; k < lowered.length; k += 1) origin.push(index);
    lower += lowered;
    index += character.length;
  }
  origin.push(text.length);
  return { lower, origin };
}

/** Every place `needle` (already lower-cased) occurs in `text`, ignoring case, as [start, end). */
export function findMatches(text: string, needle: string): [number, number][] {
  if (needle === '') return [];
  const { lower, origin } = lowerWithMap(text);
  const matches: [number, number][] = [];
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
    matches.push([origin[at] ?? 0, origin[at + needle.length] ?? text.length]);
  }
  return matches;
}

/** `text` split into pieces, the matches of `needle` marked. */
export function highlight(text: string, needle: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  for (const [start, end] of findMatches(text, needle)) {
    if (start > position) segments.push({ text: text.slice(position, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    position = end;
  }
  if (position < text.length || segments.length === 0) segments.push({ text: text.slice(position), match: false });
  return segments;
}

/**
 * About `radius` characters either side of the first match, cut at spaces, with "…" where text
 * was left out; the start of the text when it does not contain the match.
 */
export function excerpt(rawText: string, needle: string, radius = 90): TextSegment[] {
  const text = rawText.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '') return [];
  const first = findMatches(text, needle)[0];
  let start = 0;
  let end = Math.min(text.length, radius * 2);
  if (first) {
    start = Math.max(0, first[0] - radius);
    end = Math.min(text.length, first[1] + radius);
  }
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < (first?.[0] ?? end) ? space + 1 : start;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > (first?.[1] ?? start) ? space : end;
  }
  const segments = highlight(text.slice(start, end), needle);
  if (start > 0) segments.unshift({ text: '… ', match: false });
  if (end < text.length) segments.push({ text: ' …', match: false });
  return segments;
}

/** A document found by the CMS, before it becomes a hit. */
interface Candidate {
  id: string;
  title: string;
  path: string | null;
  text: string;
  date?: string | null;
}

type Connection<T> = { nodes: T[]; pageInfo: { total: number } } | null | undefined;
type Translated = { documentId: string; localizations?: ({ locale?: string | null } | null)[] };

/**
 * The hits of one type: those in the visitor's locale, then Swedish ones that have no version in
 * it (a Swedish document that has one matched only by its Swedish words, so it is left out).
 */
function group<T extends Translated>(
  kind: SearchGroupKind,
  locale: Locale,
  needle: string,
  own: Connection<T>,
  swedish: Connection<T>,
  toCandidate: (node: T) => Candidate,
): SearchGroup {
  const untranslated = (swedish?.nodes ?? []).filter(
    (node) => !(node.localizations ?? []).some((localization) => localization?.locale === locale),
  );
  const merged = mergeWithFallback(own?.nodes ?? [], untranslated, (node) => node.documentId);
  const hits = merged.flatMap(({ item, fallback }): SearchHit[] => {
    const candidate = toCandidate(item);
    if (!candidate.path) return [];
    return [
      {
        id: candidate.id,
        title: highlight(candidate.title, needle),
        path: candidate.path,
        excerpt: excerpt(candidate.text, needle),
        locale: fallback ? FALLBACK_LOCALE : locale,
        fallback,
        date: candidate.date ?? null,
      },
    ];
  });
  const more = [own, swedish].some((connection) => (connection ? connection.pageInfo.total > connection.nodes.length : false));
  return { kind, hits: hits.slice(0, SEARCH_LIMIT), more: more || hits.length > SEARCH_LIMIT };
}

const plain = (value: unknown, where: string): string => blocksToPlainText(parseBlocks(value, where));
const joined = (...parts: (string | null | undefined)[]): string => parts.filter(Boolean).join(' ');

/** Plan sections whose heading or text contains the query, with the anchors the plan page uses. */
function planGroup(data: SearchSiteQuery, locale: Locale, needle: string): SearchGroup {
  const fallback = !data.plan && Boolean(data.svPlan);
  const plan = data.plan ?? data.svPlan;
  const used = new Set<string>();
  const hits: SearchHit[] = [];
  (plan?.sections ?? []).forEach((section, index) => {
    if (!section) return;
    const heading = section.heading.trim();
    // The same anchors as toActionPlan() in plan.server.ts gives the headings on /handlingsplan.
    const wanted = slugify(section.anchor) || slugify(heading) || `avsnitt-${index + 1}`;
    let anchor = wanted;
    for (let n = 2; used.has(anchor); n += 1) anchor = `${wanted}-${n}`;
    used.add(anchor);
    const body = plain(section.body, `plan section "${heading}"`);
    if (findMatches(`${heading}\n${body}`.replace(/\s+/g, ' '), needle).length === 0) return;
    hits.push({
      id: anchor,
      title: highlight(heading, needle),
      path: `/handlingsplan#${anchor}`,
      excerpt: excerpt(body, needle),
      locale: fallback ? FALLBACK_LOCALE : locale,
      fallback,
      date: null,
    });
  });
  return { kind: 'plan', hits: hits.slice(0, SEARCH_LIMIT), more: hits.length > SEARCH_LIMIT };
}

/** Maps the CMS answer to the groups with hits. */
export function toSearchResults(data: SearchSiteQuery, locale: Locale, query: string): SearchResults {
  const needle = searchTextOf(query);
  const groups: Record<SearchGroupKind, SearchGroup> = {
    resources: group('resources', locale, needle, data.resources, data.svResources, (node) => ({
      id: node.documentId,
      title: node.name,
      path: `/stod/${node.slug}`,
      text: joined(node.summary, plain(node.body, `resource "${node.slug}"`)),
    })),
    pages: group('pages', locale, needle, data.pages, data.svPages, (node) => ({
      id: node.documentId,
      title: node.title,
      path: isPageArea(node.area) ? pagePath(node.area, node.slug) : null,
      text: joined(node.summary, plain(node.body, `page "${node.slug}"`)),
    })),
    terms: group('terms', locale, needle, data.terms, data.svTerms, (node) => ({
      id: node.documentId,
      title: node.name,
      path: `/begrepp#${node.slug}`,
      text: plain(node.definition, `term "${node.slug}"`),
    })),
    plan: planGroup(data, locale, needle),
    events: group('events', locale, needle, data.events, data.svEvents, (node) => ({
      id: node.documentId,
      title: node.title,
      path: `/kalender/${node.slug}`,
      text: plain(node.description, `event "${node.slug}"`),
      date: node.startsAt,
    })),
    campaigns: group('campaigns', locale, needle, data.campaigns, data.svCampaigns, (node) => ({
      id: node.documentId,
      title: node.title,
      path: `/kampanjer/${node.slug}`,
      text: joined(node.lede, plain(node.body, `campaign "${node.slug}"`)),
    })),
  };
  const shown = SEARCH_GROUPS.map((kind) => groups[kind]).filter((g) => g.hits.length > 0);
  return { groups: shown, total: shown.reduce((sum, g) => sum + g.hits.length, 0) };
}

/**
 * Searches every type in one CMS operation. `query` comes from normalizeQuery() and is not empty.
 * Throws CmsError.
 */
export async function searchSite(locale: Locale, query: string): Promise<SearchResults> {
  const data = await cmsRequest(SearchSiteDocument, {
    locale,
    text: searchTextOf(query),
    limit: SEARCH_LIMIT,
    withFallback: locale !== FALLBACK_LOCALE,
  });
  return toSearchResults(data, locale, query);
}
