import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocksToPlainText, type Block } from '@stodportalen/shared';
import { adminSession, cmsDir, graphql, startCms, type RunningCms } from '../support/cms';

/** The plan's own headings and the words under each, read straight from the source text. */
function sourceSections(): { heading: string; words: string[] }[] {
  const markdown = fs.readFileSync(path.join(cmsDir, 'seed', 'handlingsplan-karlskoga.md'), 'utf8');
  const lines = markdown.slice(markdown.indexOf('## Inledning')).split('\n');
  const sections: { heading: string; text: string[] }[] = [];
  for (const line of lines) {
    const heading = /^#{2,3}\s+(.+?)\s*$/.exec(line);
    if (heading) sections.push({ heading: heading[1]!.replace(/\*\*/g, '').trim(), text: [] });
    else sections.at(-1)?.text.push(line);
  }
  return sections.map(({ heading, text }) => ({ heading, words: words(stripMarkdown(text.join('\n'))) }));
}

function stripMarkdown(text: string): string {
  return text
    .replace(/^\s*(?:\d+\.|-)\s+/gm, '') // list markers become list blocks
    .replace(/<sup>\d+<\/sup>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1');
}

function words(text: string): string[] {
  return text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

describe('the CMS seeded from the plan', () => {
  let cms: RunningCms;
  beforeAll(async () => {
    cms = await startCms();
  }, 90_000);
  afterAll(async () => {
    await cms?.stop();
  });

  const planQuery = `query { plan(locale: "sv") { title overallGoal metadata { diarienummer approvedOn councilAdoptedOn revisionDueOn } sections { heading anchor level body } references { title url } } }`;

  it('holds every heading of the source plan as a section with its full text', async () => {
    const result = await graphql<{ plan: { sections: { heading: string; anchor: string; body: Block[] | null }[] } }>(cms, planQuery, { token: cms.readToken });
    expect(result.errors).toBeUndefined();
    const cmsSections = result.data!.plan.sections;
    const expected = sourceSections();
    expect(expected.length).toBe(9);
    expect(cmsSections.map((s) => s.heading)).toEqual(expected.map((s) => s.heading));
    for (const [index, section] of expected.entries()) {
      expect(words(blocksToPlainText(cmsSections[index]!.body)), section.heading).toEqual(section.words);
    }
    expect(new Set(cmsSections.map((s) => s.anchor)).size).toBe(cmsSections.length);
  });

  it('holds the plan metadata, leaving the council adoption empty as in the source', async () => {
    const result = await graphql<{ plan: { overallGoal: string; metadata: Record<string, string | null> } }>(cms, planQuery, { token: cms.readToken });
    expect(result.data!.plan.metadata).toMatchObject({ diarienummer: '2020-00052', approvedOn: '2021-10-20', councilAdoptedOn: null, revisionDueOn: '2023-12-31' });
    expect(result.data!.plan.overallGoal).toContain('öka kunskapen samt minska efterfrågan');
  });

  it('has the five prioritised activities in order and the three defined terms', async () => {
    const result = await graphql<{ activities: { title: string; order: number }[]; terms: { name: string; slug: string }[] }>(
      cms,
      `query { activities(locale: "sv", sort: ["order:asc"]) { title order } terms(locale: "sv", sort: ["name:asc"]) { name slug } }`,
      { token: cms.readToken },
    );
    expect(result.data!.activities.map((a) => a.order)).toEqual([1, 2, 3, 4, 5]);
    expect(result.data!.activities[0]!.title).toMatch(/^Förankra frågan/);
    expect(result.data!.terms.map((t) => t.slug)).toEqual(['manniskohandel', 'prostitution', 'sugardejting']);
  });

  it('gives the acute numbers with sources, each saying whom it is for', async () => {
    type Contacts = { acuteContacts: { label: string; number: string; when: string }[] };
    const result = await graphql<Record<'sv' | 'en', Contacts>>(
      cms,
      `query { sv: site(locale: "sv") { acuteContacts { label number when } } en: site(locale: "en") { acuteContacts { label number when } } }`,
      { token: cms.readToken },
    );
    const data = result.data!;
    expect(data.sv.acuteContacts.map((c) => c.number)).toEqual(['112', '114 14', '116 111', '020-50 50 50']);
    for (const contact of [...data.sv.acuteContacts, ...data.en.acuteContacts]) expect(contact.when).toMatch(/^(För|For) /);
    // Kvinnofridslinjen is for women, in both languages' labels; Bris is for everyone under 18.
    expect(data.sv.acuteContacts[3]!.label).toMatch(/för kvinnor/);
    expect(data.en.acuteContacts[3]!.label).toMatch(/for women/);
    expect(data.en.acuteContacts[2]!.label).toMatch(/under-18s/);
  });

  it('invents no phone number: every phone channel is one with a recorded source', async () => {
    const result = await graphql<{ supportResources: { channels: { kind: string; value: string }[] }[] }>(
      cms,
      `query { supportResources(locale: "sv", pagination: { limit: 100 }) { channels { kind value } } }`,
      { token: cms.readToken },
    );
    const phones = result.data!.supportResources.flatMap((r) => r.channels).filter((c) => c.kind === 'phone' || c.kind === 'sms');
    expect(phones.length).toBeGreaterThan(0);
    const sourced = (JSON.parse(fs.readFileSync(path.join(cmsDir, '..', 'shared', 'facts', 'sources.json'), 'utf8')) as { facts: { fact: string; kind: string }[] }).facts
      .filter((fact) => fact.kind === 'phone')
      .map((fact) => fact.fact);
    for (const phone of phones) expect(sourced).toContain(phone.value);
  });

  it('seeds demo events only with SEED_DEMO, titled as demos', async () => {
    const result = await graphql<{ events: { title: string }[] }>(cms, `query { events(locale: "sv") { title } }`, { token: cms.readToken });
    expect(result.data!.events.length).toBeGreaterThan(0);
    for (const event of result.data!.events) expect(event.title).toMatch(/^\[DEMO\]/);
  });

  it('changes nothing on a second seed run and keeps an editor’s change', async () => {
    const admin = await adminSession(cms);
    const terms = await graphql<{ terms: { documentId: string; slug: string }[] }>(cms, `query { terms(locale: "sv") { documentId slug } }`, { token: cms.readToken });
    const sugar = terms.data!.terms.find((t) => t.slug === 'sugardejting')!;
    const edit = await admin.request('PUT', `/content-manager/collection-types/api::term.term/${sugar.documentId}?locale=sv`, { source: 'Ändrad av redaktör' });
    expect(edit.status).toBe(200);
    const publish = await admin.request('POST', `/content-manager/collection-types/api::term.term/${sugar.documentId}/actions/publish?locale=sv`, {});
    expect(publish.status).toBe(200);

    const snapshotQuery = `query {
      plan(locale: "sv") { updatedAt sections { heading } }
      activities(locale: "sv", pagination: { limit: 100 }) { documentId updatedAt }
      terms(locale: "sv", pagination: { limit: 100 }) { documentId updatedAt source }
      organisations(locale: "sv", pagination: { limit: 100 }) { documentId updatedAt }
      supportResources(locale: "sv", pagination: { limit: 100 }) { documentId updatedAt }
      events(locale: "sv", pagination: { limit: 100 }) { documentId updatedAt }
      campaigns(locale: "sv", pagination: { limit: 100 }) { documentId updatedAt }
      pages(locale: "sv", pagination: { limit: 100 }) { documentId updatedAt }
      site(locale: "sv") { updatedAt }
    }`;
    const before = await graphql(cms, snapshotQuery, { token: cms.readToken });
    expect(before.errors).toBeUndefined();
    await cms.restart();
    const after = await graphql(cms, snapshotQuery, { token: cms.readToken });
    expect(after.data).toEqual(before.data);
    const kept = (after.data as { terms: { documentId: string; source: string }[] }).terms.find((t) => t.documentId === sugar.documentId);
    expect(kept?.source).toBe('Ändrad av redaktör');
  }, 90_000);
});
