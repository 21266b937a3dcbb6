import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksToPlainText, plainTextToBlocks, type Block } from '@stodportalen/shared';
import { fingerprint } from '../../cms/src/seed/fingerprint';
import { markdownToBlocks } from '../../cms/src/seed/parse-plan';
import { superseded } from '../../cms/src/seed/superseded';
import { cmsDir, graphql, type RunningCms } from '../support/cms';
import { psql } from '../support/postgres';
import { usePortalStack, type AdminSession } from '../support/stack';

/**
 * A seed run on an existing database corrects the seeded texts no editor has changed, and keeps
 * every editor's change: on a database seeded by the previous version (no fingerprints in the seed
 * store, the old texts in place) and on one seeded with fingerprints.
 */
const STORE_KEY = 'core_stodportalen_seed';

interface SeedState {
  keys: string[];
  fingerprints?: Record<string, string>;
}

/** The seed store, read and written in the CMS's own database (SQLite file or PostgreSQL). */
function seedStore(cms: RunningCms) {
  if (cms.database.client === 'postgres') {
    const { server, name } = cms.database;
    return {
      read: (): SeedState => JSON.parse(psql(server, name, `SELECT value FROM strapi_core_store_settings WHERE key = '${STORE_KEY}'`)) as SeedState,
      write: (state: SeedState) =>
        psql(server, name, `UPDATE strapi_core_store_settings SET value = $json$${JSON.stringify(state)}$json$ WHERE key = '${STORE_KEY}'`),
    };
  }
  // better-sqlite3 is the CMS's own SQLite driver.
  type Statement = { get: (...args: unknown[]) => { value: string } | undefined; run: (...args: unknown[]) => unknown };
  type Database = { prepare: (sql: string) => Statement; close: () => void };
  const Sqlite = createRequire(path.join(cmsDir, 'package.json'))('better-sqlite3') as new (file: string) => Database;
  const filename = cms.database.filename;
  const withDb = <T>(work: (db: Database) => T): T => {
    const db = new Sqlite(filename);
    try {
      return work(db);
    } finally {
      db.close();
    }
  };
  return {
    read: (): SeedState =>
      JSON.parse(withDb((db) => db.prepare('SELECT value FROM strapi_core_store_settings WHERE key = ?').get(STORE_KEY)!.value)) as SeedState,
    write: (state: SeedState) =>
      withDb((db) => db.prepare('UPDATE strapi_core_store_settings SET value = ? WHERE key = ?').run(JSON.stringify(state), STORE_KEY)),
  };
}

interface PageRow {
  documentId: string;
  title: string;
  summary: string | null;
  body: Block[];
  easyReadBody: Block[] | null;
}

describe('seed corrections on an existing database', () => {
  let cms: RunningCms;
  let admin: AdminSession;

  const page = async (slug: string, locale = 'sv'): Promise<PageRow | undefined> => {
    const result = await graphql<{ pages: PageRow[] }>(
      cms,
      `query($slug: String!, $locale: I18NLocaleCode!) { pages(locale: $locale, filters: { slug: { eq: $slug } }) { documentId title summary body easyReadBody } }`,
      { token: cms.readToken, variables: { slug, locale } },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.pages[0];
  };
  const resource = async (slug: string, locale = 'sv') => {
    const result = await graphql<{ supportResources: { documentId: string; name: string; summary: string; body: Block[]; channels: { kind: string; value: string }[] }[] }>(
      cms,
      `query($slug: String!, $locale: I18NLocaleCode!) { supportResources(locale: $locale, filters: { slug: { eq: $slug } }) { documentId name summary body channels { kind value } } }`,
      { token: cms.readToken, variables: { slug, locale } },
    );
    return result.data!.supportResources[0];
  };
  const sugardejting = async () => {
    const result = await graphql<{ terms: { documentId: string; source: string | null }[] }>(
      cms,
      `query { terms(locale: "sv", filters: { slug: { eq: "sugardejting" } }) { documentId source } }`,
      { token: cms.readToken },
    );
    return result.data!.terms[0]!;
  };
  const acuteContacts = async (locale: 'sv' | 'en') => {
    const result = await graphql<{ site: { acuteContacts: { label: string; number: string; when: string | null }[] } }>(
      cms,
      `query($locale: I18NLocaleCode!) { site(locale: $locale) { acuteContacts { label number when } } }`,
      { token: cms.readToken, variables: { locale } },
    );
    return result.data!.site.acuteContacts;
  };
  /** Writes and publishes, as an editor (or an earlier seed) would have. */
  const editAndPublish = async (uid: string, documentId: string, locale: string, data: Record<string, unknown>) => {
    const base = `/content-manager/collection-types/${uid}/${documentId}`;
    const edit = await admin.request('PUT', `${base}?locale=${locale}`, data);
    expect(edit.status, await edit.clone().text()).toBe(200);
    const publish = await admin.request('POST', `${base}/actions/publish?locale=${locale}`, {});
    expect(publish.status).toBe(200);
  };
  const text = (blocks: Block[] | null | undefined) => blocksToPlainText(blocks ?? []);
  /** NMT named as the plan names it, and the support resources the seed has in English, in English. */
  const expectNmtAsThePlanNamesItAndEnglishResources = async () => {
    expect(text((await page('vad-ar-sugardejting'))!.body)).toContain('Så här beskriver Nationellt metodstöd (NMT) Sverige sugardejting:');
    const nmt = (await resource('nmt'))!;
    expect(nmt.name).toBe('Nationellt metodstöd för prostitution och människohandel (NMT)');
    expect(text(nmt.body)).not.toContain('metodstöd mot prostitution');
    expect((await resource('kvinnofridslinjen', 'en'))?.summary).toMatch(/^National support line for women/);
    expect(text((await resource('socialtjansten-karlskoga', 'en'))?.body)).toContain('many adults who work with children');
  };

  usePortalStack({}, (stack) => ({ cms, admin } = stack));

  it('seeds the corrected texts and a fingerprint of each seeded field', async () => {
    const rights = await page('dina-rattigheter');
    expect(text(rights!.body)).toContain('måste berätta för socialtjänsten');
    expect(text(rights!.body)).not.toContain('Du bestämmer själv om uppgifter');
    expect((await page('dina-rattigheter', 'en'))?.title).toBe('Your rights');
    expect((await sugardejting()).source).toBe('Nationellt metodstöd (NMT) Sverige');
    await expectNmtAsThePlanNamesItAndEnglishResources();
    expect((await acuteContacts('sv')).map((c) => c.number)).toEqual(['112', '114 14', '116 111', '020-50 50 50']);
    expect((await acuteContacts('en')).find((c) => c.number === '020-50 50 50')?.label).toMatch(/women/);
    const state = seedStore(cms).read();
    expect(state.fingerprints?.['page:dina-rattigheter@sv.body']).toBe(fingerprint(rights!.body));
  });

  it('corrects a database seeded by the previous version where no editor changed the text, and keeps an editor’s text', async () => {
    const old = superseded;
    /** The newest of a field's earlier seed texts. */
    const latest = (value: string | (string | null)[] | undefined) => [value ?? ''].flat().filter((text) => text !== null).at(-1)!;
    // The previous version's texts, as its seed wrote them.
    const rights = (await page('dina-rattigheter'))!;
    await editAndPublish('api::page.page', rights.documentId, 'sv', {
      summary: latest(old.pages['dina-rattigheter']!.sv!.summary),
      body: markdownToBlocks(latest(old.pages['dina-rattigheter']!.sv!.body)),
      easyReadBody: markdownToBlocks(latest(old.pages['dina-rattigheter']!.sv!.easyRead)),
    });
    const english = await admin.request('DELETE', `/content-manager/collection-types/api::page.page/${rights.documentId}?locale=en`);
    expect(english.status).toBe(200);
    const hide = (await page('dolj-ditt-besok', 'en'))!;
    // The newest of the earlier texts (issue 9's), as a database seeded without fingerprints could hold it.
    // That version had no easy-read text for the page: empty in Swedish, and in English as the admin
    // saves a rich-text field left empty (one paragraph without text).
    expect(old.pages['dolj-ditt-besok']!.sv!.easyRead).toEqual([null]);
    await editAndPublish('api::page.page', hide.documentId, 'en', {
      body: markdownToBlocks(latest(old.pages['dolj-ditt-besok']!.en!.body)),
      easyReadBody: [{ type: 'paragraph', children: [{ type: 'text', text: '' }] }],
    });
    await editAndPublish('api::page.page', hide.documentId, 'sv', { easyReadBody: null });
    expect(text((await page('dolj-ditt-besok'))!.easyReadBody)).toBe('');
    const helpline = (await resource('kvinnofridslinjen'))!;
    await editAndPublish('api::support-resource.support-resource', helpline.documentId, 'sv', {
      summary: old.resources.kvinnofridslinjen!.summary,
    });
    await editAndPublish('api::term.term', (await sugardejting()).documentId, 'sv', { source: old.termSources.sugardejting![0] });
    // NMT as the plan did not name it.
    await editAndPublish('api::page.page', (await page('vad-ar-sugardejting'))!.documentId, 'sv', { body: markdownToBlocks(latest(old.pages['vad-ar-sugardejting']!.sv!.body)) });
    await editAndPublish('api::support-resource.support-resource', (await resource('nmt'))!.documentId, 'sv', {
      // The slug as it was: a changed name without one would get a new slug.
      slug: 'nmt',
      name: old.resources.nmt!.name,
      body: plainTextToBlocks(old.resources.nmt!.body!),
    });
    for (const locale of ['sv', 'en'] as const) {
      const edit = await admin.request('PUT', `/content-manager/single-types/api::site.site?locale=${locale}`, { acuteContacts: old.acuteContacts[locale] });
      expect(edit.status, await edit.clone().text()).toBe(200);
      const publish = await admin.request('POST', `/content-manager/single-types/api::site.site/actions/publish?locale=${locale}`, {});
      expect(publish.status).toBe(200);
    }
    // An editor's own text on a page whose seed text changed too.
    const help = (await page('fa-hjalp'))!;
    await editAndPublish('api::page.page', help.documentId, 'sv', { body: markdownToBlocks('Redaktörens egen text om hjälp.') });
    // The previous version's seed store: keys only, no fingerprints, no keys for English pages.
    const store = seedStore(cms);
    const state = store.read();
    store.write({ keys: state.keys.filter((key) => !key.endsWith(':en')) });
    expect(text((await page('dina-rattigheter'))!.body)).toContain('Du bestämmer själv om uppgifter');

    await cms.restart();

    const corrected = (await page('dina-rattigheter'))!;
    expect(text(corrected.body)).toContain('måste berätta för socialtjänsten');
    expect(text(corrected.body)).not.toContain('Du bestämmer själv om uppgifter');
    expect(text(corrected.easyReadBody)).toContain('måste säga till socialtjänsten');
    expect(corrected.summary).toMatch(/vad som händer om du berättar/);
    expect((await page('dina-rattigheter', 'en'))?.title).toBe('Your rights');
    const hidden = text((await page('dolj-ditt-besok', 'en'))!.body);
    expect(hidden).not.toContain('no one else can access');
    expect(hidden).toContain('call log');
    // The easy-read text that version did not have is filled in, where the field was still empty.
    expect(text((await page('dolj-ditt-besok'))!.easyReadBody)).toContain('Stäng fliken när du är klar.');
    expect(text((await page('dolj-ditt-besok', 'en'))!.easyReadBody)).toContain('Close the tab when you are done.');
    expect((await resource('kvinnofridslinjen'))!.summary).toMatch(/för kvinnor/);
    expect((await sugardejting()).source).toBe('Nationellt metodstöd (NMT) Sverige');
    await expectNmtAsThePlanNamesItAndEnglishResources();
    expect((await acuteContacts('sv')).map((c) => c.number)).toEqual(['112', '114 14', '116 111', '020-50 50 50']);
    expect((await acuteContacts('en')).find((c) => c.number === '020-50 50 50')?.label).toBe('Kvinnofridslinjen, helpline for women');
    // Bris and UMO are there, with the channels their services offer.
    expect((await resource('bris'))!.channels).toEqual([
      { kind: 'phone', value: '116 111' },
      { kind: 'chat', value: 'https://www.bris.se' },
    ]);
    expect((await resource('umo'))!.channels).toEqual([{ kind: 'web', value: 'https://umo.se' }]);
    // The editor's text stays, and gets no fingerprint that would let a later seed overwrite it.
    expect(text((await page('fa-hjalp'))!.body)).toBe('Redaktörens egen text om hjälp.');
    const after = store.read();
    expect(after.fingerprints?.['page:fa-hjalp@sv.body']).toBeUndefined();
    expect(after.fingerprints?.['page:dina-rattigheter@sv.body']).toBe(fingerprint(corrected.body));
  }, 120_000);

  it('with fingerprints: corrects a field still as the seed wrote it, keeps one an editor changed, and changes nothing on the next run', async () => {
    const store = seedStore(cms);
    const staff = (await page('samtalsstod'))!;
    const helpline = (await resource('kvinnofridslinjen'))!;
    // What an earlier seed wrote, with its fingerprint recorded.
    const earlier = markdownToBlocks('En tidigare seedtext om samtal.');
    await editAndPublish('api::page.page', staff.documentId, 'sv', { body: earlier });
    // An editor's change after the seed.
    await editAndPublish('api::support-resource.support-resource', helpline.documentId, 'sv', { summary: 'Redaktörens sammanfattning.' });
    const state = store.read();
    store.write({ ...state, fingerprints: { ...state.fingerprints, 'page:samtalsstod@sv.body': fingerprint(earlier) } });

    await cms.restart();

    expect(text((await page('samtalsstod'))!.body)).toContain('Lova inte att hålla det hemligt');
    expect((await resource('kvinnofridslinjen'))!.summary).toBe('Redaktörens sammanfattning.');
    expect(text((await page('fa-hjalp'))!.body)).toBe('Redaktörens egen text om hjälp.');

    const snapshot = `query {
      pages(locale: "sv", pagination: { limit: 100 }) { documentId updatedAt }
      supportResources(locale: "sv", pagination: { limit: 100 }) { documentId updatedAt }
      terms(locale: "sv") { documentId updatedAt }
      site(locale: "sv") { updatedAt }
    }`;
    const before = await graphql(cms, snapshot, { token: cms.readToken });
    await cms.restart();
    expect((await graphql(cms, snapshot, { token: cms.readToken })).data).toEqual(before.data);
  }, 120_000);
});
