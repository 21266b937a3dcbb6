// The site search engine: MiniSearch (BM25, prefix and fuzzy matching, incremental updates) with
// Snowball stems, a folded (å/ä/ö-free) field as a fallback, communicators' synonyms and best bets,
// and the portal's own ranking rules. Pure: no I/O, an injected clock. Why MiniSearch:
// docs/decisions/022-search-engine.md.
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Locale } from '../utils/i18n';
import { fold, foldedTerm, isHelpTerm, isStopWord, lower, term, tokens } from './text';
import type { RankedHit, SearchBestBet, SearchDocument, SearchOutcome, SearchSynonym, TextSegment } from './types';

const LOCALES: readonly Locale[] = ['sv', 'en'];
/** The language whose documents stand in where another has no translation. */
const FALLBACK_LOCALE: Locale = 'sv';
/** The second tier of hits starts just below the weakest of the first (see SearchEngine.run). */
const TIER_GAP = 0.99;
/** The fields matched with real stems; `folded` holds the same words without diacritics. */
const MAIN_FIELDS = ['title', 'tags', 'lede', 'body'];
const FIELD_BOOST = { title: 6, tags: 4, lede: 2.5, body: 1, foldedTitle: 5, folded: 1.2 };
const FOLDED_FIELDS = ['foldedTitle', 'folded'];
/** What a synonym's meaning weighs against the words typed. */
const SYNONYM_WEIGHT = 0.6;
const SYNONYM_BOOST = Object.fromEntries(Object.entries(FIELD_BOOST).map(([field, b]) => [field, b * SYNONYM_WEIGHT]));
/** Indexed text per document is cut here: the memory bound of one document. */
export const MAX_TEXT_LENGTH = 20_000;
/** Above this, documents are refused (logged by the caller): the memory bound of the index. */
export const MAX_DOCUMENTS = 60_000;
export const DEFAULT_LIMIT = 20;
/** How many of the best BM25 hits the ranking rules reorder (the rest follow in BM25 order). */
const RERANK_LIMIT = 200;
/**
 * A word in more documents than this is scored only on the documents the query's rarer words
 * match (an AND query can hold no others): MiniSearch makes a result object for every document a
 * word matches, and "evenemang 12" at 10,000 events made some 5 MB of them per query, enough to
 * set off a full garbage collection every few searches.
 */
const COMMON_WORD_DOCUMENTS = 500;

/** How much of a body the index keeps in memory: the exact-phrase rule and the snippet read it. */
const KEPT_BODY_LENGTH = 3_000;
/** How much of a lede the index keeps in memory (a snippet shows about 180 characters of it). */
const KEPT_LEDE_LENGTH = 1_000;

type Field = 'title' | 'tags' | 'lede' | 'body' | 'foldedTitle' | 'folded';

/** Each word of a text as its terms in the index: the stems in its own and the index's language. */
function termsOf(text: string, textLocale: Locale, indexLocale: Locale): string[] {
  const out: string[] = [];
  for (const { word } of tokens(text)) {
    const own = term(word, textLocale);
    out.push(own);
    if (indexLocale !== textLocale) {
      const other = term(word, indexLocale);
      if (other !== own) out.push(other);
    }
  }
  return out;
}

/** Every field of a document as the index's terms (space-separated), computed once per document. */
function fieldTerms(doc: SearchDocument, indexLocale: Locale): Record<Field, string> {
  const cut = (text: string) => text.slice(0, MAX_TEXT_LENGTH);
  const of = (text: string) => termsOf(text, doc.textLocale, indexLocale);
  const title = of(doc.title);
  const tags = of(doc.tags.join(' '));
  const lede = of(cut(doc.lede));
  const body = of(cut(doc.body));
  // Only the words that folding changes (å, ä, ö, é …): the others are in the main fields as they
  // are, and a copy of them doubled the index (38 → MB at 10,000 events, see decision 022).
  const folded = (terms: string[]) => {
    const out: string[] = [];
    for (const value of terms) {
      const plain = fold(value);
      if (plain !== value) out.push(plain);
    }
    return out.join(' ');
  };
  return {
    title: title.join(' '),
    tags: tags.join(' '),
    lede: lede.join(' '),
    body: body.join(' '),
    foldedTitle: folded(title),
    folded: folded([...tags, ...lede, ...body]),
  };
}

/**
 * What the engine keeps of a document: what a hit shows and the ranking rules read, the body and
 * lede cut (the index holds their terms), and a signature of the whole document to skip unchanged
 * ones.
 */
interface KeptDocument extends SearchDocument {
  signature: string;
  /** The title, and the lede and kept body, as the exact-phrase rule compares them. */
  matchTitle: string;
  matchText: string;
}

/** Two 32-bit FNV-1a hashes of the document's JSON (different seeds): equal means unchanged. */
function signatureOf(doc: SearchDocument): string {
  const json = JSON.stringify(doc);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ json.length;
  for (let i = 0; i < json.length; i += 1) {
    const code = json.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${json.length}`;
}

function keep(doc: SearchDocument, signature: string): KeptDocument {
  return {
    ...doc,
    lede: doc.lede.slice(0, KEPT_LEDE_LENGTH),
    body: doc.body.slice(0, KEPT_BODY_LENGTH),
    tags: [...doc.tags],
    signature,
    matchTitle: normalizeForMatch(doc.title),
    matchText: normalizeForMatch(`${doc.lede.slice(0, KEPT_LEDE_LENGTH)} ${doc.body.slice(0, KEPT_BODY_LENGTH)}`),
  };
}

/** MiniSearch's term table (not public API; minisearch is pinned in the lockfile): "is this term indexed?". */
interface IndexInternals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _documentIds: Map<number, unknown>;
}

/**
 * Typos allowed in a word: none up to 3 letters, 1 up to 6, 2 from 7 letters on; none in a word
 * with digits (a year, a phone number, a code: "2026" is not a typo of "2025", and typo matching
 * over every number in 10,000 events cost 40 ms a query).
 */
export function typosAllowed(word: string): number {
  if (hasDigit(word)) return 0;
  const length = Array.from(word).length;
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

/**
 * Lower case, no diacritics, words separated by one space. Joined rather than trimmed: a trimmed
 * string is a slice that keeps its whole untrimmed parent alive (12,000 kept documents' worth).
 */
const hasDigit = (word: string) => /\p{N}/u.test(word);

function normalizeForMatch(text: string): string {
  return fold(lower(text))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** One place the query asks for: a word, or a synonym phrase, each with its alternatives. */
interface Slot {
  /** Each alternative is a list of words that must all match. */
  alternatives: string[][];
  /** The slot is a synonym phrase or a word with synonyms. */
  expanded: boolean;
}

export interface SearchEngineOptions {
  now?: () => Date;
  /** See COMMON_WORD_DOCUMENTS (a test compares with Infinity: the rare-words-first path off). */
  commonWordDocuments?: number;
}

export class SearchEngine {
  private readonly indexes = new Map<Locale, MiniSearch<SearchDocument>>();
  private readonly documents = new Map<string, KeptDocument>();
  /** Index term → a word as written, for "Menade du …". */
  private readonly surface = new Map<Locale, Map<string, string>>();
  /** The terms of the document being added (MiniSearch's extractField reads them). */
  private adding: Record<Field, string> | null = null;
  private synonyms: SearchSynonym[] = [];
  /** The synonyms' phrases per locale as query words, longest first (from setSynonyms). */
  private phrases = new Map<Locale, { words: string[]; means: string[][] }[]>();
  private bestBets: SearchBestBet[] = [];
  /** Documents held per `locale:kind` (a kind with none in a language falls back as a whole: the plan). */
  private readonly kindCounts = new Map<string, number>();
  private readonly now: () => Date;
  private readonly commonWordDocuments: number;

  constructor(options: SearchEngineOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.commonWordDocuments = options.commonWordDocuments ?? COMMON_WORD_DOCUMENTS;
    for (const locale of LOCALES) {
      this.surface.set(locale, new Map());
      this.indexes.set(
        locale,
        new MiniSearch<SearchDocument>({
          idField: 'id',
          fields: ['title', 'tags', 'lede', 'body', 'foldedTitle', 'folded'],
          storeFields: [],
          // Words are turned into terms here (extractField), where the document's language is known.
          extractField: (doc, field) => (field === 'id' ? doc.id : (this.adding?.[field as Field] ?? '')),
          tokenize: (text) => text.split(' ').filter(Boolean),
          processTerm: (value) => value,
          searchOptions: { processTerm: (value) => value },
          autoVacuum: { minDirtCount: 200, minDirtFactor: 0.1, batchSize: 2000, batchWait: 5 },
        }),
      );
    }
  }

  get size(): number {
    return this.documents.size;
  }

  has(id: string): boolean {
    return this.documents.has(id);
  }

  /** The document as the engine keeps it (body and lede cut). */
  document(id: string): SearchDocument | undefined {
    return this.documents.get(id);
  }

  private index(locale: Locale): MiniSearch<SearchDocument> {
    const index = this.indexes.get(locale);
    if (!index) throw new Error(`no search index for ${locale}`);
    return index;
  }

  /** Adds a document, or replaces the one with its id. False when the index is full. */
  upsert(doc: SearchDocument): boolean {
    return this.put(doc, signatureOf(doc));
  }

  private put(doc: SearchDocument, signature: string): boolean {
    const existing = this.documents.get(doc.id);
    if (existing?.signature === signature) return true;
    if (!existing && this.documents.size >= MAX_DOCUMENTS) return false;
    if (existing) this.remove(doc.id);
    this.adding = fieldTerms(doc, doc.locale);
    try {
      this.index(doc.locale).add({ id: doc.id } as SearchDocument);
    } finally {
      this.adding = null;
    }
    this.documents.set(doc.id, keep(doc, signature));
    this.count(doc, 1);
    const surface = this.surface.get(doc.locale);
    if (surface && surface.size < 200_000) {
      for (const { word } of tokens(`${doc.title} ${doc.lede} ${doc.tags.join(' ')}`)) {
        const key = term(word, doc.textLocale);
        if (!surface.has(key)) surface.set(key, lower(word));
      }
    }
    return true;
  }

  remove(id: string): boolean {
    const existing = this.documents.get(id);
    if (!existing) return false;
    this.index(existing.locale).discard(id);
    this.documents.delete(id);
    this.count(existing, -1);
    return true;
  }

  private count(doc: SearchDocument, by: number): void {
    const key = `${doc.locale}:${doc.kind}`;
    this.kindCounts.set(key, (this.kindCounts.get(key) ?? 0) + by);
  }

  /**
   * True when a Swedish document stands in for `locale`: that language has no version of it
   * (`en:kind:key` for `sv:kind:key`); the plan only when the language has no plan at all. The
   * fallbacks are searched in the Swedish index at query time, not copied into the other one.
   */
  private standsIn(id: string, locale: Locale): boolean {
    const doc = this.documents.get(id);
    if (!doc || doc.locale === locale) return false;
    if (doc.kind === 'plan') return (this.kindCounts.get(`${locale}:plan`) ?? 0) === 0;
    return !this.documents.has(`${locale}${id.slice(doc.locale.length)}`);
  }

  /**
   * Makes the index hold exactly `docs`: adds new ones, replaces changed ones, removes the rest.
   * Returns what changed.
   */
  replaceAll(docs: readonly SearchDocument[]): { added: number; changed: number; removed: number; refused: number } {
    return this.replaceSome([...this.documents.keys()], docs);
  }

  /** Makes the index hold exactly `docs` among the documents of these kinds (a kind reloaded whole). */
  replaceKinds(kinds: readonly string[], docs: readonly SearchDocument[]): { added: number; changed: number; removed: number; refused: number } {
    const wanted = new Set(kinds);
    const previous: string[] = [];
    for (const [id, doc] of this.documents) if (wanted.has(doc.kind)) previous.push(id);
    return this.replaceSome(previous, docs);
  }

  /** Puts `docs` in the index and removes those of `previous` (ids) that are not among them. */
  replaceSome(previous: readonly string[], docs: readonly SearchDocument[]): { added: number; changed: number; removed: number; refused: number } {
    const counts = { added: 0, changed: 0, removed: 0, refused: 0 };
    const kept = new Set(docs.map((doc) => doc.id));
    for (const id of previous) if (!kept.has(id) && this.remove(id)) counts.removed += 1;
    for (const doc of docs) {
      const existing = this.documents.get(doc.id);
      const signature = signatureOf(doc);
      if (existing?.signature === signature) continue;
      if (!this.put(doc, signature)) counts.refused += 1;
      else if (existing) counts.changed += 1;
      else counts.added += 1;
    }
    return counts;
  }

  setSynonyms(synonyms: readonly SearchSynonym[]): void {
    this.synonyms = synonyms.map((synonym) => ({
      locale: synonym.locale,
      words: synonym.words.map((w) => w.trim()).filter(Boolean),
      means: synonym.means.map((w) => w.trim()).filter(Boolean),
    }));
    this.phrases = new Map();
    for (const locale of LOCALES) {
      const phrases: { words: string[]; means: string[][] }[] = [];
      for (const synonym of this.synonyms) {
        if (synonym.locale !== locale) continue;
        const means = synonym.means.map((m) => this.queryWords(m));
        // One way only: the words visitors type are also searched as what they mean. (The other
        // way multiplied every query for a plan term into dozens of alternatives, for no better hits.)
        for (const phrase of synonym.words) phrases.push({ words: this.queryWords(phrase), means });
      }
      phrases.sort((a, b) => b.words.length - a.words.length);
      this.phrases.set(locale, phrases);
    }
  }

  setBestBets(bestBets: readonly SearchBestBet[]): void {
    this.bestBets = [...bestBets];
  }

  /** The query's words as terms, in order, without punctuation. */
  private queryWords(query: string): string[] {
    return tokens(query).map(({ word }) => lower(word));
  }

  /**
   * The query as slots: synonym phrases found in it (longest first, compared by stem) become one
   * slot each with the phrase and what it means as alternatives; stop words are dropped when
   * other words remain.
   */
  private slots(words: string[], locale: Locale): Slot[] {
    const phrases = this.phrases.get(locale) ?? [];
    const keyOf = (w: string) => foldedTerm(w, locale);
    const slots: Slot[] = [];
    for (let at = 0; at < words.length; ) {
      let matched: { length: number; alternatives: string[][] } | null = null;
      for (const phrase of phrases) {
        const length = phrase.words.length;
        if (length === 0 || at + length > words.length) continue;
        let same = true;
        for (let k = 0; k < length && same; k += 1) same = keyOf(words[at + k] ?? '') === keyOf(phrase.words[k] ?? '');
        if (!same) continue;
        if (matched && matched.length > length) break;
        if (!matched) matched = { length, alternatives: [words.slice(at, at + length)] };
        for (const meaning of phrase.means) matched.alternatives.push(meaning);
      }
      if (matched) {
        slots.push({ alternatives: matched.alternatives, expanded: true });
        at += matched.length;
      } else {
        slots.push({ alternatives: [[words[at] ?? '']], expanded: false });
        at += 1;
      }
    }
    const noise = (word: string) => isStopWord(word, locale) || /^\p{L}$/u.test(word);
    // Inside a phrase and what it means too ("pengar för sex"): a stop word matches nearly every
    // document, and scoring them all was most of a query's time at 10,000 events.
    for (const slot of slots) {
      if (!slot.expanded) continue;
      slot.alternatives = slot.alternatives.map((words) => {
        const kept = words.filter((word) => !noise(word));
        return kept.length > 0 ? kept : words;
      });
    }
    const meaningful = slots.filter((slot) => slot.expanded || !noise(slot.alternatives[0]?.[0] ?? ''));
    return meaningful.length > 0 ? meaningful : slots;
  }

  /** True when some document of the locale holds the term (as it is, or folded). */
  private known(locale: Locale, value: string, folded = false): boolean {
    const internals = this.index(locale) as unknown as IndexInternals;
    const data = internals._index.get(value);
    if (!data) return false;
    for (const field of folded ? FOLDED_FIELDS : MAIN_FIELDS) {
      const holders = data.get(internals._fieldIds[field] ?? -1);
      if (!holders) continue;
      // A discarded document stays in the term table until MiniSearch vacuums it.
      for (const shortId of holders.keys()) if (internals._documentIds.has(shortId)) return true;
    }
    return false;
  }

  /**
   * A word: as it is when the index has it (no prefix or typo matching, so "bris" does not find
   * "brister"); else without diacritics when the index has it so ("manniskohandel"); else with
   * prefixes and typos allowed by its length, in both forms.
   */
  private wordQuery(indexLocale: Locale, word: string, locale: Locale, weight: number): Query {
    if (indexLocale === locale) return this.wordQueryIn(indexLocale, word, locale, weight);
    // Another language's index (the Swedish fallbacks of an English query): the word is looked
    // for with the stems of both languages that the index holds; when it holds neither, once with
    // its own stem (prefixes and typos over a large vocabulary are the costly part of a query).
    const typed = term(word, locale);
    const own = term(word, indexLocale);
    const knowsTyped = typed !== own && this.known(indexLocale, typed);
    if (!knowsTyped) return this.wordQueryIn(indexLocale, word, indexLocale, weight);
    if (!this.known(indexLocale, own)) return this.wordQueryIn(indexLocale, word, locale, weight);
    return { combineWith: 'OR', queries: [this.wordQueryIn(indexLocale, word, locale, weight), this.wordQueryIn(indexLocale, word, indexLocale, weight)] };
  }

  /** A word stemmed in `locale`, in the index of `indexLocale` (see wordQuery). */

  private wordQueryIn(indexLocale: Locale, word: string, locale: Locale, weight: number): Query {
    const value = term(word, locale);
    const folded = fold(value);
    const boost = weight === 1 ? FIELD_BOOST : SYNONYM_BOOST;
    if (this.known(indexLocale, value)) {
      // The folded form counts too (someone typing "manniskohandel" may also find "människohandel").
      return {
        combineWith: 'OR',
        queries: [
          { queries: [value], fields: MAIN_FIELDS, prefix: false, fuzzy: false, boost },
          { queries: [folded], fields: FOLDED_FIELDS, prefix: false, fuzzy: false, boost },
        ],
      };
    }
    if (this.known(indexLocale, folded, true)) return { queries: [folded], fields: FOLDED_FIELDS, prefix: false, fuzzy: false, boost };
    const prefix = Array.from(value).length >= 3;
    const typos = typosAllowed(word);
    const fuzzy = typos > 0 ? typos : false;
    return {
      combineWith: 'OR',
      queries: [
        { queries: [value], fields: MAIN_FIELDS, prefix, fuzzy, boost },
        { queries: [folded], fields: FOLDED_FIELDS, prefix, fuzzy, boost },
      ],
    };
  }

  private buildQuery(indexLocale: Locale, slots: Slot[], locale: Locale): Query {
    return {
      combineWith: 'AND',
      queries: slots.map((slot) => ({
        combineWith: 'OR',
        queries: slot.alternatives.map((alternative, k) => ({
          combineWith: 'AND',
          queries: alternative.map((word) => this.wordQuery(indexLocale, word, locale, k === 0 ? 1 : SYNONYM_WEIGHT)),
        })),
      })),
    };
  }

  /** Documents of the index holding the term in any field (an upper bound: discarded ones count until vacuumed). */
  private documentsHolding(locale: Locale, value: string): number {
    const data = (this.index(locale) as unknown as IndexInternals)._index.get(value);
    let count = 0;
    for (const holders of data?.values() ?? []) count += holders.size;
    return count;
  }

  /**
   * At most how many documents a slot can match: an alternative matches no more than its rarest
   * word, a slot no more than its alternatives together. A word the index does not hold as typed
   * (prefixes, typos) counts as rare: the estimate only chooses which words to score first.
   */
  private slotEstimate(indexLocale: Locale, slot: Slot, locale: Locale): number {
    let sum = 0;
    for (const alternative of slot.alternatives) {
      let least = Number.POSITIVE_INFINITY;
      for (const word of alternative) {
        const value = term(word, locale);
        const own = term(word, indexLocale);
        const folded = fold(value);
        const found = Math.max(
          this.documentsHolding(indexLocale, value),
          own === value ? 0 : this.documentsHolding(indexLocale, own),
          folded === value ? 0 : this.documentsHolding(indexLocale, folded),
        );
        least = Math.min(least, found);
      }
      sum += least === Number.POSITIVE_INFINITY ? 0 : least;
    }
    return sum;
  }

  /**
   * The query's BM25 hits in one index; `admit` leaves documents out. When some words are common
   * and others rare, the rare ones are searched first and the whole query is scored only on what
   * they found (the same hits and scores: every hit of an AND query is among them).
   */
  private searchIndex(indexLocale: Locale, slots: Slot[], locale: Locale, admit?: (id: string) => boolean): SearchResult[] {
    const index = this.index(indexLocale);
    const weights = { fuzzy: 0.3, prefix: 0.4 };
    const boost = (allow: (id: string) => boolean) => ({ weights, boostDocument: (id: unknown) => (allow(String(id)) ? 1 : 0) });
    let allow = admit;
    const estimates = slots.map((slot) => this.slotEstimate(indexLocale, slot, locale));
    const rare = slots.filter((_, k) => (estimates[k] ?? 0) <= this.commonWordDocuments);
    if (rare.length > 0 && rare.length < slots.length) {
      const found = index.search(this.buildQuery(indexLocale, rare, locale), admit ? boost(admit) : { weights });
      if (found.length === 0) return [];
      const candidates = new Set(found.map((result) => String(result.id)));
      allow = (id) => candidates.has(id);
    }
    return index.search(this.buildQuery(indexLocale, slots, locale), allow ? boost(allow) : { weights });
  }

  /**
   * The BM25 hits of the locale's own index and, for a language other than Swedish, of the
   * Swedish documents that stand in for a missing translation, best first.
   */
  private run(locale: Locale, slots: Slot[]): SearchResult[] {
    if (slots.length === 0) return [];
    const own = this.searchIndex(locale, slots, locale);
    if (locale === FALLBACK_LOCALE) return own;
    const fallbacks = this.searchIndex(FALLBACK_LOCALE, slots, locale, (id) => this.standsIn(id, locale));
    if (fallbacks.length === 0 || own.length === 0) return own.length > 0 ? own : fallbacks;
    // Two lists on two scales (BM25 over indexes of different sizes): one tier after the other,
    // each in its own order. The visitor's language first, unless it knows none of the words
    // typed (Swedish words on the English site): then the Swedish stand-ins first.
    const ownKnows = slots.some((slot) => slot.alternatives.some((words) => words.some((word) => this.known(locale, term(word, locale)))));
    const [first, second] = ownKnows ? [own, fallbacks] : [fallbacks, own];
    const floor = first[first.length - 1]!.score * TIER_GAP;
    const top = second[0]!.score;
    for (const result of second) result.score = (result.score / top) * floor;
    return [...first, ...second];
  }

  /** Searches the locale's index. `query` is one line (normalizeQuery). */
  search(locale: Locale, query: string, limit = DEFAULT_LIMIT): SearchOutcome {
    const words = this.queryWords(query);
    if (words.length === 0) return { hits: [], total: 0, suggestions: [] };
    const slots = this.slots(words, locale);
    const results = this.run(locale, slots);
    const phrase = normalizeForMatch(query);
    const queryTerms = new Set(slots.flatMap((slot) => slot.alternatives.flat().map((w) => term(w, locale))));
    const seeksHelp = [...queryTerms].some((value) => isHelpTerm(value, locale));
    const now = this.now().getTime();

    // Ranking rules on the best BM25 candidates only: a common word can match thousands.
    const ranked = results
      .slice(0, RERANK_LIMIT)
      .map((result) => {
        const doc = this.documents.get(String(result.id));
        if (!doc) return null;
        return { doc, matched: result.terms, score: result.score * this.factor(doc, phrase, words.length, seeksHelp, now) };
      })
      .filter((entry): entry is { doc: KeptDocument; matched: string[]; score: number } => entry !== null)
      .sort((a, b) => b.score - a.score);

    const bets = this.bestBetsFor(locale, query);
    const hits: RankedHit[] = bets.map((bet) => ({
      id: `best-bet:${bet.url}`,
      kind: 'pages',
      url: bet.url,
      title: [{ text: bet.title, match: false }],
      snippet: bet.description ? [{ text: bet.description, match: false }] : [],
      locale,
      fallback: false,
      date: null,
      score: Number.POSITIVE_INFINITY,
      bestBet: true,
    }));
    const pinned = new Set(bets.map((bet) => bet.url));
    const rest = ranked.filter((entry) => !pinned.has(entry.doc.url));
    for (const entry of rest.slice(0, Math.max(0, limit - hits.length))) {
      hits.push(this.toHit(entry.doc, entry.matched, entry.score, locale));
    }
    const total = bets.length + rest.length + Math.max(0, results.length - RERANK_LIMIT);
    return { hits, total, suggestions: total === 0 ? this.suggest(locale, words) : [] };
  }

  /** Ranking rules on top of BM25. */
  private factor(doc: KeptDocument, phrase: string, wordCount: number, seeksHelp: boolean, now: number): number {
    let factor = 1;
    if (wordCount > 1 && phrase !== '') {
      if (doc.matchTitle.includes(phrase)) factor *= 2;
      else if (doc.matchText.includes(phrase)) factor *= 1.5;
    }
    if (seeksHelp && doc.kind === 'resources') {
      factor *= doc.help === 'acute' ? 2.5 : doc.help === 'targeted' ? 1.6 : 0.5;
    }
    if (doc.kind === 'events') {
      const end = Date.parse(doc.endsAt ?? doc.startsAt ?? '');
      if (Number.isFinite(end) && end < now) factor *= 0.15;
    }
    return factor;
  }

  private bestBetsFor(locale: Locale, query: string): SearchBestBet[] {
    const wanted = normalizeForMatch(query);
    if (wanted === '') return [];
    return this.bestBets.filter((bet) => bet.locale === locale && bet.queries.some((q) => normalizeForMatch(q) === wanted)).slice(0, 3);
  }

  private toHit(doc: SearchDocument, matched: string[], score: number, locale: Locale): RankedHit {
    const marks = new Set(matched);
    const seen = new Map<string, boolean>();
    const isMatch = (word: string) => {
      let found = seen.get(word);
      if (found === undefined) {
        const own = term(word, doc.textLocale);
        const other = term(word, locale);
        found = marks.has(own) || marks.has(other) || marks.has(fold(own)) || marks.has(fold(other));
        seen.set(word, found);
      }
      return found;
    };
    const body = doc.body.trim() ? doc.body : doc.lede;
    const snippetSource = firstMatch(body, isMatch) !== undefined || !doc.lede ? body : doc.lede;
    return {
      id: doc.id,
      kind: doc.kind,
      url: doc.url,
      title: highlight(doc.title, isMatch),
      snippet: snippet(snippetSource, isMatch),
      locale: doc.textLocale,
      fallback: doc.textLocale !== locale,
      date: doc.kind === 'events' ? (doc.startsAt ?? null) : null,
      score,
      bestBet: false,
    };
  }

  /**
   * "Menade du …": each unknown word replaced by the closest word in the index (typos up to a
   * third of its length), kept only when the new query finds something; then single words of
   * the query that find something alone.
   */
  private suggest(locale: Locale, words: string[]): string[] {
    // The locale's own words first, then the Swedish ones that stand in for missing translations.
    const sources = (locale === FALLBACK_LOCALE ? [locale] : [locale, FALLBACK_LOCALE]).map((from) => ({
      from,
      index: this.index(from),
      surface: this.surface.get(from) ?? new Map<string, string>(),
    }));
    const replaced = words.map((word) => {
      if (isStopWord(word, locale)) return word;
      const value = term(word, locale);
      if (sources.some(({ from }) => this.known(from, value))) return word;
      // Numbers are not misspelt words: none is suggested for them (see typosAllowed).
      if (hasDigit(word)) return word;
      const fuzzy = Math.max(1, Math.ceil(Array.from(value).length / 3));
      for (const { index, surface } of sources) {
        const best = index.autoSuggest(value, { fields: MAIN_FIELDS, fuzzy, prefix: false })[0]?.terms[0];
        if (best) return surface.get(best) ?? best;
      }
      return word;
    });
    const candidates: string[] = [];
    const joined = replaced.join(' ');
    if (joined !== words.join(' ')) candidates.push(joined);
    if (words.length > 1) for (const word of words) if (!isStopWord(word, locale)) candidates.push(word);
    const suggestions: string[] = [];
    for (const candidate of candidates) {
      if (suggestions.includes(candidate)) continue;
      // A word the language's index holds finds something: no search needed (a common one, scored
      // over thousands of documents, cost more than the query itself).
      const candidateWords = this.queryWords(candidate);
      const knownWord = candidateWords.length === 1 && this.known(locale, term(candidateWords[0] ?? '', locale));
      if (knownWord || this.run(locale, this.slots(candidateWords, locale)).length > 0) suggestions.push(candidate);
      if (suggestions.length === 3) break;
    }
    return suggestions;
  }
}

/** The first word of `text` that matches (reads no further). */
function firstMatch(text: string, isMatch: (word: string) => boolean): { start: number; end: number } | undefined {
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (isMatch(match[0])) return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

/** `text` in pieces, the matching words marked. */
export function highlight(text: string, isMatch: (word: string) => boolean): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  for (const token of tokens(text)) {
    if (!isMatch(token.word)) continue;
    if (token.start > position) segments.push({ text: text.slice(position, token.start), match: false });
    segments.push({ text: text.slice(token.start, token.end), match: true });
    position = token.end;
  }
  if (position < text.length || segments.length === 0) segments.push({ text: text.slice(position), match: false });
  return mergeSegments(segments);
}

function mergeSegments(segments: TextSegment[]): TextSegment[] {
  const merged: TextSegment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && last.match === segment.match && !segment.match) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}

/**
 * About `radius` characters either side of the first matching word, cut at spaces, with "…"
 * where text was left out; the start of the text when no word matches.
 */
export function snippet(rawText: string, isMatch: (word: string) => boolean, radius = 90): TextSegment[] {
  const text = rawText.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '') return [];
  const first = firstMatch(text, isMatch);
  let start = 0;
  let end = Math.min(text.length, radius * 2);
  if (first) {
    start = Math.max(0, first.start - radius);
    end = Math.min(text.length, first.end + radius);
  }
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < (first?.start ?? end) ? space + 1 : start;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > (first?.end ?? start) ? space : end;
  }
  const segments = highlight(text.slice(start, end), isMatch);
  if (start > 0) segments.unshift({ text: '… ', match: false });
  if (end < text.length) segments.push({ text: ' …', match: false });
  return mergeSegments(segments);
}
