import fs from 'node:fs';
import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { slugify } from '@stodportalen/shared';
import { DEFAULT_LOCALE } from '../bootstrap/locales';
import { activityResponsible, demo, organisations, plainTextToBlocks, resources, site } from './facts';
import { decideField, fingerprint } from './fingerprint';
import { loadPages, type PageText } from './pages';
import { markdownToBlocks, parsePlan } from './parse-plan';
import { resetSeededPlannedStatus } from './activity-status';
import { superseded } from './superseded';
import { accessibilityStatement } from './accessibility';
import { seedSearch } from './search';

const STORE = { type: 'core', name: 'stodportalen', key: 'seed' } as const;

export interface SeedOptions {
  demo: boolean;
  /** Defaults to cms/seed/handlingsplan-karlskoga.md. */
  sourceFile?: string;
  /** The page texts; defaults to cms/seed/pages. */
  pagesDir?: string;
}

export interface SeedReport {
  created: string[];
  /** Items whose seeded text was corrected because no editor had changed it (`key@locale`). */
  updated: string[];
}

/**
 * The seed store: the keys of the items seeded so far and, per seeded field, the fingerprint of
 * the value the seed last wrote (`key@locale.field`). A store from before fingerprints were kept
 * has only `keys`.
 */
interface SeedState {
  keys?: string[];
  fingerprints?: Record<string, string>;
}

/** A field the seed writes and keeps correct: its value now and what earlier seeds wrote. */
interface SeededField {
  name: string;
  value: unknown;
  superseded?: readonly unknown[];
}

type Blocks = ReturnType<typeof markdownToBlocks>;

/**
 * Imports the plan and the facts around it. Every item has a key; a key that was seeded once is
 * never created again, so a restart duplicates nothing and does not bring back what editors
 * deleted, while items added to the seed in a later version still arrive.
 *
 * Seeded texts are kept correct: when the seed's text of a field changes, a later run writes the
 * new text wherever the field still holds what the seed wrote before (its fingerprint, or for
 * databases seeded before fingerprints, a superseded seed text). A field an editor changed is
 * never overwritten. See docs/decisions/013-true-content-and-seed-corrections.md.
 */
export async function seedContent(strapi: Core.Strapi, options: SeedOptions): Promise<SeedReport> {
  const store = strapi.store(STORE);
  const state = ((await store.get({})) as SeedState | null) ?? {};
  const done = new Set<string>(state.keys ?? []);
  const fingerprints: Record<string, string> = { ...state.fingerprints };
  const created: string[] = [];
  const updated: string[] = [];
  const sourceFile = options.sourceFile ?? path.join(strapi.dirs.app.root, 'seed', 'handlingsplan-karlskoga.md');
  const plan = parsePlan(fs.readFileSync(sourceFile, 'utf8'));
  const pages = loadPages(options.pagesDir ?? path.join(strapi.dirs.app.root, 'seed', 'pages'));
  const locale = DEFAULT_LOCALE;
  const save = () => store.set({ value: { keys: [...done], fingerprints } satisfies SeedState });

  /** Runs `create` once per key; true when it ran now. */
  const once = async (key: string, create: () => Promise<unknown>): Promise<boolean> => {
    if (done.has(key)) return false;
    await create();
    done.add(key);
    created.push(key);
    await save();
    return true;
  };
  const fieldKey = (itemKey: string, fieldLocale: string, field: string) => `${itemKey}@${fieldLocale}.${field}`;
  const recordSeeded = (itemKey: string, fieldLocale: string, fields: readonly SeededField[]) => {
    for (const field of fields) fingerprints[fieldKey(itemKey, fieldLocale, field.name)] = fingerprint(field.value);
  };
  /**
   * Brings seeded scalar fields (text, blocks) up to date in the draft and the published version
   * alike, row by row, so an editor's unpublished draft is neither overwritten nor published.
   */
  const syncFields = async (itemKey: string, uid: UID.ContentType, documentId: string, fieldLocale: string, fields: readonly SeededField[]) => {
    const rows = (await strapi.db.query(uid).findMany({ where: { documentId, locale: fieldLocale } })) as Record<string, unknown>[];
    if (rows.length === 0) return;
    const changes = new Map<unknown, Record<string, unknown>>();
    for (const field of fields) {
      const key = fieldKey(itemKey, fieldLocale, field.name);
      let editorChanged = false;
      for (const row of rows) {
        const decision = decideField(row[field.name], field.value, fingerprints[key], field.superseded ?? []);
        if (decision === 'editor') editorChanged = true;
        if (decision === 'update') changes.set(row.id, { ...changes.get(row.id), [field.name]: field.value });
      }
      if (!editorChanged) fingerprints[key] = fingerprint(field.value);
    }
    for (const [id, data] of changes) {
      await strapi.db.query(uid).update({ where: { id }, data: { ...data, updatedAt: new Date() } });
    }
    if (changes.size > 0) updated.push(`${itemKey}@${fieldLocale}`);
    await save();
  };
  const publish = (uid: UID.ContentType, data: Record<string, unknown>) =>
    strapi.documents(uid).create({ data, locale, status: 'published' });
  const translate = (uid: UID.ContentType, documentId: string, data: Record<string, unknown>) =>
    strapi.documents(uid).update({ documentId, data, locale: 'en', status: 'published' });
  const documentIdBySlug = async (uid: UID.ContentType, slug: string): Promise<string | undefined> => {
    // Any content type: the generated filter types know slug only on a concrete type.
    const found = await strapi.documents(uid).findFirst({ filters: { slug }, locale } as never);
    return (found as { documentId?: string } | null)?.documentId;
  };
  /** Creates an item once, or brings its seeded fields up to date. */
  const seedItem = async (
    itemKey: string,
    uid: UID.ContentType,
    slug: string,
    fields: readonly SeededField[],
    create: () => Promise<unknown>,
  ) => {
    const createdNow = await once(itemKey, create);
    if (createdNow) {
      recordSeeded(itemKey, locale, fields);
      await save();
      return;
    }
    const documentId = await documentIdBySlug(uid, slug);
    if (documentId) await syncFields(itemKey, uid, documentId, locale, fields);
  };
  /**
   * Adds an item's English version once (with the same slug, so /en/... mirrors the Swedish path),
   * or brings its seeded English fields up to date. Nothing happens to an item an editor deleted.
   */
  const seedEnglish = async (itemKey: string, uid: UID.ContentType, slug: string, fields: readonly SeededField[], data: Record<string, unknown>) => {
    const documentId = await documentIdBySlug(uid, slug);
    if (!documentId) return;
    const hasEnglish = (await strapi.db.query(uid).count({ where: { documentId, locale: 'en' } })) > 0;
    // Items seeded with their English version before this key existed have it already.
    const translatedNow = await once(`${itemKey}:en`, async () => {
      if (!hasEnglish) await translate(uid, documentId, { slug, ...data });
    });
    if (translatedNow && !hasEnglish) {
      recordSeeded(itemKey, 'en', fields);
      await save();
    } else {
      await syncFields(itemKey, uid, documentId, 'en', fields);
    }
  };

  await once('plan', () =>
    publish('api::plan.plan', {
      title: plan.title,
      summary: plan.summary,
      metadata: plan.metadata,
      overallGoal: plan.overallGoal,
      sections: plan.sections.map((section) => ({ ...section })),
      references: plan.references.map(referenceLink),
    }),
  );

  // The activities' status belongs to the follow-up of the plan (editors), not to the seed.
  for (const [index, text] of plan.activities.entries()) {
    const order = index + 1;
    const firstSentence = text.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? text;
    await once(`activity:${order}`, () =>
      publish('api::activity.activity', {
        title: firstSentence,
        description: text,
        responsible: activityResponsible[order] ?? null,
        status: 'notReported',
        order,
      }),
    );
  }

  // Issue 9: earlier seeds wrote 'planned'; untouched seeded activities become 'notReported', once.
  await once('migration:activity-status-not-reported', () => resetSeededPlannedStatus(strapi));

  for (const term of plan.terms) {
    const slug = slugify(term.name);
    const fields: SeededField[] = [{ name: 'source', value: term.source, superseded: superseded.termSources[slug] ?? [] }];
    await seedItem(`term:${slug}`, 'api::term.term', slug, fields, () =>
      publish('api::term.term', { name: term.name, slug, definition: term.definition, source: term.source }),
    );
  }

  for (const organisation of organisations) {
    const fields: SeededField[] = [
      { name: 'name', value: organisation.name },
      { name: 'description', value: organisation.description },
    ];
    await seedItem(`organisation:${organisation.slug}`, 'api::organisation.organisation', organisation.slug, fields, () =>
      publish('api::organisation.organisation', { ...organisation, isPartner: false }),
    );
  }

  for (const resource of resources) {
    const { organisation, body, en, ...rest } = resource;
    const old = superseded.resources[resource.slug];
    const fields: SeededField[] = [
      { name: 'name', value: resource.name, superseded: old?.name ? [old.name] : [] },
      { name: 'summary', value: resource.summary, superseded: old?.summary ? [old.summary] : [] },
      { name: 'body', value: plainTextToBlocks(body), superseded: old?.body ? [plainTextToBlocks(old.body)] : [] },
    ];
    await seedItem(`resource:${resource.slug}`, 'api::support-resource.support-resource', resource.slug, fields, async () => {
      const organisationId = organisation ? await documentIdBySlug('api::organisation.organisation', organisation) : undefined;
      await publish('api::support-resource.support-resource', {
        ...rest,
        body: plainTextToBlocks(body),
        organisation: organisationId ?? null,
      });
    });
    if (en) {
      const data = { name: en.name, summary: en.summary, body: plainTextToBlocks(en.body) };
      const enFields: SeededField[] = Object.entries(data).map(([name, value]) => ({ name, value }));
      await seedEnglish(`resource:${resource.slug}`, 'api::support-resource.support-resource', resource.slug, enFields, data);
    }
  }

  await seedSite(strapi, { once, fingerprints, fieldKey, save, updated, publish, translate });
  // The statement's known facts only; everything the municipality must state stays empty for editors.
  await once('accessibility-statement', async () => {
    const created = (await publish('api::accessibility-statement.accessibility-statement', { outsideScope: accessibilityStatement.sv.outsideScope })) as { documentId: string };
    await translate('api::accessibility-statement.accessibility-statement', created.documentId, { outsideScope: accessibilityStatement.en.outsideScope });
  });

  for (const page of pages) {
    const localized = (text: PageText) => ({
      title: text.title,
      summary: text.summary,
      body: markdownToBlocks(text.body),
      easyReadBody: text.easyRead ? markdownToBlocks(text.easyRead) : null,
    });
    const fieldsOf = (pageLocale: 'sv' | 'en', text: PageText): SeededField[] => {
      const old = superseded.pages[page.slug]?.[pageLocale];
      // null: the earlier seed left the field empty (superseded.ts).
      const was = <T>(value: string | (string | null)[] | undefined, convert: (text: string) => T): (T | null)[] =>
        value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((text) => (text === null ? null : convert(text)));
      const data = localized(text);
      return [
        { name: 'title', value: data.title, superseded: was(old?.title, (v) => v) },
        { name: 'summary', value: data.summary, superseded: was(old?.summary, (v) => v) },
        { name: 'body', value: data.body, superseded: was<Blocks>(old?.body, markdownToBlocks) },
        { name: 'easyReadBody', value: data.easyReadBody, superseded: was<Blocks>(old?.easyRead, markdownToBlocks) },
      ];
    };
    const itemKey = `page:${page.slug}`;
    await seedItem(itemKey, 'api::page.page', page.slug, fieldsOf('sv', page.sv), () =>
      publish('api::page.page', { slug: page.slug, area: page.area, order: page.order, ...localized(page.sv) }),
    );
    if (page.en) await seedEnglish(itemKey, 'api::page.page', page.slug, fieldsOf('en', page.en), localized(page.en));
  }

  await seedSearch(strapi, once, path.join(strapi.dirs.app.root, 'seed', 'search.json'));
  if (options.demo) await seedDemo(strapi, once, publish);
  if (updated.length > 0) strapi.log.info(`Seed corrected texts no editor had changed: ${updated.join(', ')}`);
  return { created, updated };
}

/**
 * The site settings: the acute contacts (a repeatable component) are compared in the draft and the
 * published version and replaced in both only when neither was changed by an editor and the
 * draft holds no unpublished change (publishing must not publish an editor's draft).
 */
async function seedSite(
  strapi: Core.Strapi,
  seed: {
    once: (key: string, create: () => Promise<unknown>) => Promise<boolean>;
    fingerprints: Record<string, string>;
    fieldKey: (itemKey: string, locale: string, field: string) => string;
    save: () => Promise<unknown>;
    updated: string[];
    publish: (uid: UID.ContentType, data: Record<string, unknown>) => Promise<unknown>;
    translate: (uid: UID.ContentType, documentId: string, data: Record<string, unknown>) => Promise<unknown>;
  },
): Promise<void> {
  const byLocale = { sv: site.acuteContacts, en: site.acuteContactsEn } as const;
  const createdNow = await seed.once('site', async () => {
    const created = (await seed.publish('api::site.site', {
      acuteContacts: site.acuteContacts,
      quickExitUrl: site.quickExitUrl,
      footerContact: site.footerContact,
    })) as { documentId: string };
    await seed.translate('api::site.site', created.documentId, { acuteContacts: site.acuteContactsEn, footerContact: site.footerContactEn });
  });
  for (const siteLocale of ['sv', 'en'] as const) {
    const key = seed.fieldKey('site', siteLocale, 'acuteContacts');
    const next = byLocale[siteLocale];
    if (createdNow) {
      seed.fingerprints[key] = fingerprint(next);
      continue;
    }
    const read = (status: 'draft' | 'published') =>
      strapi.documents('api::site.site').findFirst({ locale: siteLocale, status, populate: ['acuteContacts'] }) as Promise<
        { documentId: string; acuteContacts?: unknown; quickExitUrl?: unknown; footerContact?: unknown } | null
      >;
    const [draft, published] = await Promise.all([read('draft'), read('published')]);
    if (!draft || !published) continue;
    const decisions = [draft, published].map((version) =>
      decideField(version.acuteContacts, next, seed.fingerprints[key], [superseded.acuteContacts[siteLocale]]),
    );
    if (decisions.includes('editor')) continue;
    if (decisions.includes('update')) {
      const otherFields = (version: typeof draft) => fingerprint([version.quickExitUrl, version.footerContact]);
      if (otherFields(draft) !== otherFields(published)) continue; // an editor's unpublished draft
      await strapi.documents('api::site.site').update({
        documentId: draft.documentId,
        locale: siteLocale,
        data: { acuteContacts: next },
        status: 'published',
      });
      seed.updated.push(`site@${siteLocale}`);
    }
    seed.fingerprints[key] = fingerprint(next);
  }
  await seed.save();
}

/**
 * The PDF conversion broke one reference: a space inside the URL, different in its text and its
 * link. Where the title is itself a URL, the title without spaces is the address.
 */
function referenceLink(reference: { title: string; url: string | null }): { title: string; url: string | null } {
  if (/^https?:\/\//.test(reference.title)) {
    const url = reference.title.replace(/\s+/g, '');
    return { title: url, url };
  }
  return { title: reference.title, url: reference.url?.replace(/\s+/g, '') ?? null };
}

/** Demo events and a campaign, dated relative to today and titled so no one takes them for real ones. */
async function seedDemo(
  strapi: Core.Strapi,
  once: (key: string, create: () => Promise<unknown>) => Promise<boolean>,
  publish: (uid: UID.ContentType, data: Record<string, unknown>) => Promise<unknown>,
): Promise<void> {
  const day = (offset: number, hour = 0): Date => {
    const date = new Date();
    date.setUTCDate(date.getUTCDate() + offset);
    date.setUTCHours(hour - 1, 0, 0, 0); // roughly Swedish local time; exact hours do not matter for a demo
    return date;
  };
  const eventIds: string[] = [];
  for (const event of demo.events) {
    await once(`demo-event:${event.key}`, async () => {
      const created = (await publish('api::event.event', {
        title: event.title,
        kind: event.kind,
        startsAt: day(event.days, event.hours[0]).toISOString(),
        endsAt: day(event.days, event.hours[1]).toISOString(),
        venue: demo.venue,
        description: plainTextToBlocks(event.description),
        audiences: { youngPeople: true, adults: true, closeOnes: true, professionals: event.kind === 'training', peopleWhoBuySex: false },
        organiserName: 'Stödportalen (exempel)',
        isFree: true,
        moderationStatus: 'approved',
      })) as { documentId: string };
      eventIds.push(created.documentId);
    });
  }
  await once('demo-campaign', () =>
    publish('api::campaign.campaign', {
      title: demo.campaign.title,
      startsOn: day(demo.campaign.startDays).toISOString().slice(0, 10),
      endsOn: day(demo.campaign.endDays).toISOString().slice(0, 10),
      lede: demo.campaign.lede,
      body: plainTextToBlocks(demo.campaign.body),
      audiences: { youngPeople: true, adults: true, closeOnes: true, professionals: false, peopleWhoBuySex: true },
      events: eventIds,
    }),
  );
  strapi.log.info('Demo content seeded (SEED_DEMO=true).');
}
