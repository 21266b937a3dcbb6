// How words are read, for the index and for queries alike: Unicode words, lower case the Swedish
// way, Snowball stems (Swedish or English), and a form without diacritics (å→a, ä→a, ö→o, é→e)
// for people who type without them.
import snowball from 'snowball-stemmers';
import type { Locale } from '../utils/i18n';

const stemmers = { sv: snowball.newStemmer('swedish'), en: snowball.newStemmer('english') };

/** Words are letters and digits (a hyphen or apostrophe inside a word splits it). */
const WORD = /[\p{L}\p{N}]+/gu;

export interface Token {
  word: string;
  start: number;
  end: number;
}

/** The words of `text` with their positions. */
export function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    found.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lower case, composed (NFC). Swedish has no casing rules of its own, so the locale-free
 * toLowerCase() gives what toLocaleLowerCase('sv') gives, several times faster; ASCII needs no
 * normalising.
 */
export function lower(word: string): string {
  const lowered = word.toLowerCase();
  return ASCII.test(lowered) ? lowered : lowered.normalize('NFC');
}

/** Without diacritics: "människohandel" → "manniskohandel". */
export function fold(word: string): string {
  return ASCII.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Stems already computed (a vocabulary is small; emptied when it grows past the bound). */
const MEMO_BOUND = 200_000;
const memo: Record<Locale, Map<string, string>> = { sv: new Map(), en: new Map() };

/** The stem of a lower-cased word in a language. */
export function stem(word: string, locale: Locale): string {
  if (word.length < 3 || /\d/.test(word)) return word;
  const known = memo[locale].get(word);
  if (known !== undefined) return known;
  const value = stemmers[locale].stem(word);
  if (memo[locale].size >= MEMO_BOUND) memo[locale].clear();
  memo[locale].set(word, value);
  return value;
}

const termMemo: Record<Locale, Map<string, string>> = { sv: new Map(), en: new Map() };

/** The index term of a word: stemmed, lower case. */
export function term(word: string, locale: Locale): string {
  const known = termMemo[locale].get(word);
  if (known !== undefined) return known;
  const value = stem(lower(word), locale);
  if (termMemo[locale].size >= MEMO_BOUND) termMemo[locale].clear();
  termMemo[locale].set(word, value);
  return value;
}

/** The folded index term of a word (for the å/ä/ö-insensitive fallback). */
export function foldedTerm(word: string, locale: Locale): string {
  return fold(term(word, locale));
}

/**
 * Words that say nothing about what someone looks for; left out of queries with other words
 * ("vad är sugardejting" looks for "sugardejting"). Short on purpose: "hjälp", "nej" stay.
 */
const STOP_WORDS: Record<Locale, ReadonlySet<string>> = {
  sv: new Set(
    [
      'och att det som en ett är i på av för med till om den de du jag vi ni man har hur vad var vem vilka vilken när kan ska får vill mig dig sig min din sitt sin mitt ditt inte eller så från än då där här nu efter under över alla bara också något någon någonting några dem',
      // As young people write them: "nån tvingar mej" looks for "tvingar".
      'nån nåt nånting nåra dom mej dej sej',
    ]
      .join(' ')
      .split(' '),
  ),
  en: new Set(
    'a an the and or of to in on at for with is are am be was were do does did what how who where when which can could should will would i you we me my your it this that there here from by about as if not no yes get'.split(
      ' ',
    ),
  ),
};

export function isStopWord(word: string, locale: Locale): boolean {
  return STOP_WORDS[locale].has(lower(word));
}

/**
 * Help-seeking words: when a query has one, resources with a way to reach someone (acute first)
 * rank higher. Stems, compared with the query's terms.
 */
const HELP_WORDS: Record<Locale, ReadonlySet<string>> = {
  sv: new Set(['hjälp', 'stöd', 'prat', 'ring', 'akut', 'rädd', 'fara', 'hot', 'orol', 'oro', 'kontakt', 'samtal', 'chatt', 'jour', 'nödnummer']),
  en: new Set(['help', 'support', 'talk', 'call', 'urgent', 'emerg', 'scare', 'afraid', 'danger', 'threat', 'worri', 'contact', 'chat', 'hotlin']),
};

export function isHelpTerm(value: string, locale: Locale): boolean {
  return HELP_WORDS[locale].has(value);
}
