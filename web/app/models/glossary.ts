// View model of the glossary (plain data, safe to send to the browser) and its A–Ö grouping.
import type { Block } from '@stodportalen/shared';
import type { Locale } from '../utils/i18n';

export interface GlossaryTerm {
  id: string;
  name: string;
  /** The term's anchor on /begrepp (`id={slug}`); the same in every locale. */
  slug: string;
  definition: Block[];
  source: string | null;
  /** The language of name and definition (Swedish when there is no translation yet). */
  contentLocale: Locale;
}

export interface GlossaryGroup {
  letter: string;
  /** Anchor of the letter's heading, ASCII only: "bokstav-a", "bokstav-aa" (Å), "bokstav-ae" (Ä). */
  id: string;
  terms: GlossaryTerm[];
}

/** Swedish collation (å, ä, ö after z), used for the glossary in every locale: most terms are Swedish. */
export const glossaryCollator = new Intl.Collator('sv');
const sameLetter = new Intl.Collator('sv', { sensitivity: 'base' });

const LETTER_IDS: Record<string, string> = { Å: 'aa', Ä: 'ae', Ö: 'oe', Æ: 'ae', Ø: 'oe' };
const OTHER = '#';

function letterId(letter: string): string {
  if (letter === OTHER) return 'bokstav-ovriga';
  const ascii = LETTER_IDS[letter] ?? letter.normalize('NFD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return `bokstav-${ascii || 'ovriga'}`;
}

/**
 * Terms grouped under their first letter, in alphabetical order. A letter of `alphabet` takes
 * the words that begin with it or a variant of it in Swedish (É under E); Å, Ä and Ö are letters
 * of their own. Words beginning with a letter the alphabet lacks come after it, other characters
 * (digits) last under "#".
 */
export function groupByLetter(terms: readonly GlossaryTerm[], alphabet: readonly string[]): GlossaryGroup[] {
  const groups = new Map<string, GlossaryTerm[]>();
  const sorted = [...terms].sort((a, b) => glossaryCollator.compare(a.name, b.name));
  for (const term of sorted) {
    const first = term.name.trim().charAt(0).toLocaleUpperCase('sv');
    const letter = /\p{L}/u.test(first)
      ? (alphabet.find((candidate) => sameLetter.compare(candidate, first) === 0) ?? first)
      : OTHER;
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  const order = (letter: string) => {
    const index = alphabet.indexOf(letter);
    return index >= 0 ? index : letter === OTHER ? Number.MAX_SAFE_INTEGER : alphabet.length;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b) || glossaryCollator.compare(a, b))
    .map(([letter, groupTerms]) => ({ letter, id: letterId(letter), terms: groupTerms }));
}
