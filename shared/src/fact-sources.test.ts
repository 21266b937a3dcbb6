import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every phone number and address a visitor can read in the seed data, the acute-help fallback and
 * the locale files must have a recorded source (shared/facts/sources.json): an invented or mistyped
 * number fails here.
 */
const repoRoot = path.resolve(__dirname, '..', '..');

type FactKind = 'phone' | 'url' | 'domain' | 'email' | 'address' | 'law';

interface FactSources {
  scannedFiles: string[];
  planSource: { file: string; sha256: string; checkedOn: string };
  facts: { fact: string; kind: FactKind; what: string; source: string; checkedOn: string }[];
}

const sources = JSON.parse(fs.readFileSync(path.join(repoRoot, 'shared', 'facts', 'sources.json'), 'utf8')) as FactSources;

const TLD = '(?:se|nu|org|com|net|eu)';
const URL_PATTERN = /https?:\/\/[\w-]+(?:\.[\w-]+)+[^\s'"`<>()[\]\\]*/g;
const EMAIL_PATTERN = new RegExp(`[\\w.+-]+@(?:[\\w-]+\\.)+${TLD}\\b`, 'gi');
/** Host names in running text ("bris.se"), once full URLs and e-mail addresses are taken out. */
const DOMAIN_PATTERN = new RegExp(`\\b(?:[a-z0-9-]+\\.)+${TLD}\\b(?![./\\w-])`, 'gi');
/**
 * Swedish numbers with an area code (020-50 50 50, 0586-610 00, +46 …) and the short national
 * numbers (112, 114 14, 116 111); not inside a word, a slug or a date ("polisen-114-14", "2026-03-12").
 */
const PHONE_PATTERNS = [
  /(?:\+46[\s-]?|(?<![\w-])0)\d{1,3}[\s-]?\d{2,3}(?:[\s-]?\d{2,3}){1,3}(?![\w-])/g,
  /(?<![\w-])11[2-8](?:\s\d{2,3})?(?![\w-])/g,
  // Four-digit short numbers (1177); not a year (1900–2099), nor part of a date, time, amount or slug.
  /(?<![\w\-–.,:/]|\d\s)(?!(?:19|20)\d\d(?!\d))\d{4}(?![\w\-–.,:/]|\s\d)/g,
];
/** A Swedish street address: "Drottninggatan 12", "Stortorget 3", "Kyrkbacken 1B". */
const ADDRESS_PATTERN = /\b[A-ZÅÄÖ][a-zåäö]+(?:gatan|vägen|torget|plan|gränd|stigen|allén|backen|leden) \d+[A-Z]?\b/g;
/**
 * Legal claims: a law named by its Swedish short name ("socialtjänstlagen", "offentlighets- och
 * sekretesslagen") and a citation of chapter and section, in Swedish or English ("10 kap. 23–24 §§",
 * "chapter 10, sections 23–24").
 */
const LAW_PATTERNS = [/\b(?:[a-zåäö]+- och )?[a-zåäö]+lagen\b/g, /\b\d+ kap\. \d+(?:–\d+)? §§?/g, /\bchapter \d+, sections? \d+(?:–\d+)?/g];
/** Numbers are compared by their digits: "tel:020505050" is Kvinnofridslinjen's "020-50 50 50". */
const factKey = (kind: string, value: string) => `${kind}:${kind === 'phone' ? value.replace(/\D/g, '') : value}`;

export function findFacts(text: string): { kind: FactKind; value: string }[] {
  const found: { kind: FactKind; value: string }[] = [];
  let rest = text.replace(URL_PATTERN, (url) => {
    found.push({ kind: 'url', value: url.replace(/[.,;:!?]+$/, '') });
    return ' ';
  });
  rest = rest.replace(EMAIL_PATTERN, (email) => {
    found.push({ kind: 'email', value: email });
    return ' ';
  });
  for (const match of rest.match(DOMAIN_PATTERN) ?? []) found.push({ kind: 'domain', value: match.toLowerCase() });
  for (const pattern of PHONE_PATTERNS) {
    for (const match of rest.match(pattern) ?? []) found.push({ kind: 'phone', value: match.trim() });
  }
  for (const match of rest.match(ADDRESS_PATTERN) ?? []) found.push({ kind: 'address', value: match });
  for (const pattern of LAW_PATTERNS) {
    for (const match of rest.match(pattern) ?? []) found.push({ kind: 'law', value: match });
  }
  return found;
}

function scannedFiles(): string[] {
  return sources.scannedFiles.flatMap((pattern) => {
    const dir = path.dirname(pattern);
    const name = new RegExp(`^${path.basename(pattern).replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`);
    return fs
      .readdirSync(path.join(repoRoot, dir))
      .filter((file) => name.test(file) && !file.endsWith('.test.ts'))
      .map((file) => path.join(dir, file));
  });
}

describe('the fact scanner', () => {
  it('finds phone numbers, addresses and host names, and not dates or case numbers', () => {
    const text =
      'Ring 020-50 50 50 eller 0586-610 00, +46 8 123 456 eller 116 111. Larma 112. Se https://www.bris.se/chatt, umo.se och skriv till info@example.se. Dnr 2020-00052, 2023-12-31, 2026-03-12 18:00, 2021–2023, § 172, 49 barn, /stod/polisen-114-14, handlingsplan-karlskoga.md, strapi.log.info, key@locale.field, https://autolink.';
    // Each fact as `kind value`.
    expect(findFacts(text).map((fact) => `${fact.kind} ${fact.value}`)).toEqual(['url https://www.bris.se/chatt', 'email info@example.se', 'domain umo.se', 'phone 020-50 50 50', 'phone 0586-610 00', 'phone +46 8 123 456', 'phone 116 111', 'phone 112']);
  });

  it('finds four-digit short numbers, street addresses and legal citations, and not years, amounts or times', () => {
    const text =
      'Ring 1177 eller besök Storgatan 5 eller Stortorget 12B. År 2023, 1999 och 2021–2023, kl. 18:00, 1500 kr? Nej: "1 500", 1 000 personer, 10.1234, 3,1415. Enligt socialtjänstlagen och offentlighets- och sekretesslagen 10 kap. 23–24 §§ (the Secrecy Act, chapter 10, sections 23–24). Lagen om något.';
    // Each fact as `kind value`.
    expect(findFacts(text).map((fact) => `${fact.kind} ${fact.value}`)).toEqual(['phone 1177', 'phone 1500', 'address Storgatan 5', 'address Stortorget 12B', 'law socialtjänstlagen', 'law offentlighets- och sekretesslagen', 'law 10 kap. 23–24 §§', 'law chapter 10, sections 23–24']);
  });
});

describe('fact sources (shared/facts/sources.json)', () => {
  const listed = new Map(sources.facts.map((fact) => [factKey(fact.kind, fact.fact), fact]));

  it('records a source and the day it was checked for every fact', () => {
    for (const fact of sources.facts) {
      expect(fact.source, fact.fact).toMatch(/^(https:\/\/\S+|plan source text.*|not a contact: .+)$/);
      expect(fact.checkedOn, fact.fact).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(fact.what.length, fact.fact).toBeGreaterThan(0);
    }
  });

  it('scans the files it names', () => {
    const files = scannedFiles();
    expect(files).toEqual(expect.arrayContaining(['cms/src/seed/facts.ts', 'cms/seed/pages/dina-rattigheter.sv.md', 'cms/seed/pages/fa-hjalp.en.md', 'shared/src/acute-help.ts', 'web/app/locales/sv.ts']));
  });

  it('has a source for every phone number, address and host name in the seed data, the acute numbers and the locale files', () => {
    const unlisted: string[] = [];
    for (const file of scannedFiles()) {
      const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
      for (const fact of findFacts(text)) {
        if (!listed.has(factKey(fact.kind, fact.value))) unlisted.push(`${file}: ${fact.kind} ${fact.value}`);
      }
    }
    expect(unlisted, 'add each to shared/facts/sources.json with its source, or remove it').toEqual([]);
  });

  it('notices a changed plan source, whose facts then need a new check', () => {
    const plan = fs.readFileSync(path.join(repoRoot, sources.planSource.file));
    expect(createHash('sha256').update(plan).digest('hex')).toBe(sources.planSource.sha256);
  });
});
