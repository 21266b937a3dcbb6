import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  parsePlan,
  type Block,
  type BlockInline,
  type PlanSection,
} from './parse-plan';
import { blocksToPlainText, slugify } from '@stodportalen/shared';

const PLAN_PATH = path.resolve(__dirname, '../../seed/handlingsplan-karlskoga.md');
const markdown = readFileSync(PLAN_PATH, 'utf8');
const plan = parsePlan(markdown);

/* ---- independent helpers (deliberately not using the parser) ------------ */

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴',
  '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Strips Markdown markup from a raw paragraph with simple regexes. */
function stripMarkup(paragraph: string): string {
  return normalise(
    paragraph
      .split('\n')
      .map((line) => line.replace(/^\s*(?:[-*+]|\d+\.)\s+/, ''))
      .join(' ')
      .replace(/<sup>(\d+)<\/sup>/g, (_m, digits: string) =>
        Array.from(digits, (d) => SUPERSCRIPT_DIGITS[d] ?? d).join(''),
      )
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<(https?:[^>\s]+)>/g, '$1')
      .replace(/\*+/g, '')
      .replace(/\\\\?([_()])/g, '$1'),
  );
}

/** Raw paragraphs of the plan proper (from '## Inledning' to the end), heading lines excluded. */
function planParagraphs(): string[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === '## Inledning');
  expect(start).toBeGreaterThan(0);
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines.slice(start)) {
    if (/^#{1,6}\s/.test(line)) continue;
    if (line.trim() === '') {
      if (current.length) paragraphs.push(current.join('\n'));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) paragraphs.push(current.join('\n'));
  return paragraphs.map(stripMarkup).filter((p) => p !== '');
}

function missingParagraphs(paragraphs: string[], sections: PlanSection[]): string[] {
  const haystacks = sections.map((s) => normalise(blocksToPlainText(s.body)));
  return paragraphs.filter((p) => !haystacks.some((h) => h.includes(p)));
}

function allInlines(blocks: Block[]): BlockInline[][] {
  return blocks.flatMap((b) => (b.type === 'list' ? b.children.map((i) => i.children) : [b.children]));
}

/* ---- tests -------------------------------------------------------------- */

describe('parsePlan – sections', () => {
  it('returns the 9 sections of the plan proper in order, with levels', () => {
    expect(plan.sections.map((s) => [s.heading, s.level])).toEqual([
      ['Inledning', 2],
      ['Definition och viktiga begrepp', 2],
      ['Förebyggande arbete på nationell, regional och lokalnivå', 2],
      ['Nationellt perspektiv', 3],
      ['Regionalt perspektiv', 3],
      ['Kommunalt perspektiv, Karlskoga kommun', 3],
      ['Prioriterade aktiviteter/mål', 2],
      ['Uppföljning och revidering', 2],
      ['Referenser', 2],
    ]);
  });

  it('gives every section a unique slug anchor', () => {
    const anchors = plan.sections.map((s) => s.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const a of anchors) expect(a).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(anchors).toContain('kommunalt-perspektiv-karlskoga-kommun');
  });

  it('contains every paragraph of the plan proper verbatim (markup stripped)', () => {
    const paragraphs = planParagraphs();
    expect(paragraphs.length).toBeGreaterThanOrEqual(30);
    expect(missingParagraphs(paragraphs, plan.sections)).toEqual([]);
  });

  it('the verbatim-content check detects dropped or altered text', () => {
    const paragraphs = planParagraphs();
    // Dropping a section's body must be detected...
    const sabotaged = plan.sections.map((s) =>
      s.heading === 'Regionalt perspektiv' ? { ...s, body: s.body.slice(1) } : s,
    );
    expect(missingParagraphs(paragraphs, sabotaged)).toHaveLength(1);
    // ...and so must an altered paragraph.
    expect(missingParagraphs([paragraphs[0]!.replace('Prostitution', 'Prostitutionen')], plan.sections)).toHaveLength(1);
  });

  it('never produces empty or unmerged text nodes, and trims paragraph edges', () => {
    for (const section of plan.sections) {
      for (const inlines of allInlines(section.body)) {
        expect(inlines.length).toBeGreaterThan(0);
        inlines.forEach((node, i) => {
          const texts = node.type === 'text' ? [node] : node.children;
          for (const t of texts) expect(t.text).not.toBe('');
          const prev = inlines[i - 1];
          if (prev && prev.type === 'text' && node.type === 'text') {
            expect([prev.bold, prev.italic]).not.toEqual([node.bold, node.italic]);
          }
        });
        const text = inlines.map((n) => (n.type === 'text' ? n.text : n.children.map((c) => c.text).join(''))).join('');
        expect(text).toBe(text.trim());
      }
    }
  });

  it('converts <sup>N</sup> to superscript digits and ordered lists', () => {
    const intro = blocksToPlainText(plan.sections[0]!.body);
    expect(intro).toContain('köper sexuella tjänster¹.');
    expect(intro).not.toContain('<sup>');
    const national = plan.sections.find((s) => s.heading === 'Nationellt perspektiv')!;
    const list = national.body.find((b) => b.type === 'list');
    expect(list).toMatchObject({ type: 'list', format: 'ordered' });
    expect(list && list.type === 'list' ? list.children.length : 0).toBe(8);
  });

  it('has an empty body for the umbrella heading', () => {
    expect(plan.sections[2]!.body).toEqual([]);
  });
});

describe('parsePlan – structured data', () => {
  it('extracts title, summary and overall goal', () => {
    expect(plan.title).toBe('Handlingsplan för att förebygga prostitution');
    expect(plan.overallGoal).toBe(
      'Det övergripande målet för Karlskogas handlingsplan är att öka kunskapen samt minska efterfrågan.',
    );
    const summary = plan.summary.split('\n\n');
    expect(summary).toHaveLength(2);
    expect(summary[0]).toMatch(/^Enligt beslut i Kommunfullmäktige \(§ 172 Dnr 2020-00225\)/);
    expect(summary[0]).toMatch(/att få bort kundförfrågan\.$/);
    expect(summary[1]).toMatch(/^Handlingsplanen har även ett fokus/);
    expect(summary[1]).toMatch(/till Kommunfullmäktige för fastställande\.$/);
    expect(plan.summary).not.toContain('*');
  });

  it('extracts the metadata from the cover page', () => {
    expect(plan.metadata).toEqual({
      diarienummer: '2020-00052',
      commissionedBy: 'Karlskoga kommunfullmäktige (§ 172 Dnr 2020-00225)',
      approvedBy: 'Folkhälsonämnden',
      approvedOn: '2021-10-20',
      councilAdoptedOn: null,
      councilAdoptionReference: null,
      responsibleUnit: 'Samhälle och Serviceförvaltningen',
      validityPeriod: '2021–2023',
      revisionDueOn: '2023-12-31',
    });
  });

  it('extracts exactly the five prioritised activities verbatim', () => {
    expect(plan.activities).toHaveLength(5);
    const starts = ['Förankra frågan', 'Representanter inom', 'Samtalsstöd för', 'Samverka med', 'Stödmaterial med'];
    plan.activities.forEach((activity, i) => expect(activity.startsWith(starts[i]!)).toBe(true));
    expect(plan.activities[4]).toBe('Stödmaterial med kontakter och stödfunktioner, tas fram i samverkan.');
  });

  it('extracts the three terms with their definitions', () => {
    expect(plan.terms.map((t) => [t.name, t.source])).toEqual([
      ['Prostitution', null],
      ['Människohandel', null],
      ['Sugardejting', 'Nationellt metodstöd (NMT) Sverige'], // quoted exactly as the plan writes it
    ]);
    const [prostitution, humanTrafficking, sugarDating] = plan.terms;
    expect(prostitution!.definition.map((b) => b.type)).toEqual(['paragraph', 'list']);
    expect(prostitution!.definition[0]).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'text', text: 'Prostitution', bold: true }, { type: 'text' }],
    });
    expect(humanTrafficking!.definition.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(blocksToPlainText(humanTrafficking!.definition)).toMatch(/otillbörligt medel\.⁴$/);
    expect(sugarDating!.definition.map((b) => b.type)).toEqual(['paragraph', 'quote']);
    expect(blocksToPlainText([sugarDating!.definition[0]!])).toBe(
      'Sugardejting beskrivs av Nationellt metodstöd (NMT) Sverige enligt följande:',
    );
  });

  it('turns the NMT quote into an italic quote block', () => {
    const quotes = plan.sections[1]!.body.filter((b) => b.type === 'quote');
    expect(quotes).toHaveLength(1);
    const quote = quotes[0]!;
    expect(blocksToPlainText([quote])).toContain('sugar daddy');
    expect(quote.children.every((c) => c.type === 'text' && c.italic === true)).toBe(true);
  });

  it('extracts the six references', () => {
    expect(plan.references).toHaveLength(6);
    const [r1, r2, r3, r4, r5, r6] = plan.references;
    expect(r1).toEqual({
      title: 'https://data.riksdagen.se/fil/D367C338-2B28-4A0E-8E79-48F27825E8C1',
      url: 'https://data.riksdagen.se/fil/D367C338-2B28-4A0E-8E79-48F27825E8C1',
    });
    expect(r2).toEqual({
      title: 'Handlingsplan mot prostitution och människohandel, 2018. Socialdepartementet, Regeringskansliet',
      url: null,
    });
    expect(r3!.url).toContain('lagesrapport_2019_');
    expect(r3!.title).toBe(r3!.url);
    expect(r4!.url).toMatch(/^https:\/\/www\.regeringen\.se\//);
    expect(r4!.title).toContain('handlingsplan_p rostitution');
    expect(r5).toEqual({
      title:
        'Vilken hjälp får personer utsatta för prostitution och människohandel i Sverige? | Nationellt metodstödsteam (nmtsverige.se)',
      url: null,
    });
    expect(r6).toEqual({ title: '2017-10.pdf (lansstyrelsen.se)', url: null });
    for (const r of plan.references) {
      expect(r.title).not.toContain('\\');
      if (r.url) expect(r.url).not.toContain('\\');
    }
  });
});

describe('slugify', () => {
  it.each([
    ['Kommunalt perspektiv, Karlskoga kommun', 'kommunalt-perspektiv-karlskoga-kommun'],
    ['Prioriterade aktiviteter/mål', 'prioriterade-aktiviteter-mal'],
    ['Uppföljning och revidering', 'uppfoljning-och-revidering'],
    ['Förebyggande arbete på nationell, regional och lokalnivå', 'forebyggande-arbete-pa-nationell-regional-och-lokalniva'],
    ['  Åtgärder – Café för ÄLDRE!  ', 'atgarder-cafe-for-aldre'],
    ['--a  --  b--', 'a-b'],
  ])('%s -> %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('parsePlan – errors', () => {
  it('throws when the Inledning heading is missing', () => {
    expect(() => parsePlan(markdown.replace('## Inledning', '## Introduktion'))).toThrow(/Inledning/);
    expect(() => parsePlan('# Något annat\n\nText.')).toThrow(/Inledning/);
  });

  it('throws when there are not exactly five activities', () => {
    const withoutOne = markdown.replace(/^- Samverka med .*\n/m, '');
    expect(withoutOne).not.toBe(markdown);
    expect(() => parsePlan(withoutOne)).toThrow(/5 activities/);
  });

  it('throws when a term is missing', () => {
    const withoutTerm = markdown.replace('**Sugardejting** beskrivs', 'Sugardejting beskrivs');
    expect(() => parsePlan(withoutTerm)).toThrow(/Sugardejting/);
  });

  it('throws when a cover page field is missing', () => {
    expect(() => parsePlan(markdown.replace('**Diarienummer**', 'Diarienummer'))).toThrow(/Diarienummer/);
  });
});
