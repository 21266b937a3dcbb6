import fs from 'node:fs';
import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { slugify } from '@stodportalen/shared';
import { DEFAULT_LOCALE } from '../bootstrap/locales';
import { activityResponsible, demo, organisations, plainTextToBlocks, resources, site } from './facts';
import { pages, type PageText } from './pages';
import { markdownToBlocks, parsePlan } from './parse-plan';
import { resetSeededPlannedStatus } from './activity-status';

const STORE = { type: 'core', name: 'stodportalen', key: 'seed' } as const;

export interface SeedOptions {
  demo: boolean;
  /** Defaults to cms/seed/handlingsplan-karlskoga.md. */
  sourceFile?: string;
}

export interface SeedReport {
  created: string[];
}

/**
 * Imports the plan and the facts around it. Every item has a key; a key that was seeded once is
 * never seeded again, so a restart duplicates nothing, keeps editors' changes and does not bring
 * back what editors deleted, while items added to the seed in a later version still arrive.
 */
export async function seedContent(strapi: Core.Strapi, options: SeedOptions): Promise<SeedReport> {
  const store = strapi.store(STORE);
  const done = new Set<string>(((await store.get({})) as { keys?: string[] } | null)?.keys ?? []);
  const created: string[] = [];
  const sourceFile = options.sourceFile ?? path.join(strapi.dirs.app.root, 'seed', 'handlingsplan-karlskoga.md');
  const plan = parsePlan(fs.readFileSync(sourceFile, 'utf8'));
  const locale = DEFAULT_LOCALE;

  const once = async (key: string, create: () => Promise<unknown>): Promise<void> => {
    if (done.has(key)) return;
    await create();
    done.add(key);
    created.push(key);
    await store.set({ value: { keys: [...done] } });
  };
  const publish = (uid: UID.ContentType, data: Record<string, unknown>) =>
    strapi.documents(uid).create({ data, locale, status: 'published' } as never);
  const translate = (uid: UID.ContentType, documentId: string, data: Record<string, unknown>) =>
    strapi.documents(uid).update({ documentId, data, locale: 'en', status: 'published' } as never);
  const documentIdBySlug = async (uid: UID.ContentType, slug: string): Promise<string | undefined> => {
    const found = await strapi.documents(uid).findFirst({ filters: { slug }, locale } as never);
    return (found as { documentId?: string } | null)?.documentId;
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
    await once(`term:${slug}`, () =>
      publish('api::term.term', { name: term.name, slug, definition: term.definition, source: term.source }),
    );
  }

  for (const organisation of organisations) {
    await once(`organisation:${organisation.slug}`, () =>
      publish('api::organisation.organisation', { ...organisation, isPartner: false }),
    );
  }

  for (const resource of resources) {
    await once(`resource:${resource.slug}`, async () => {
      const { organisation, body, ...rest } = resource;
      const organisationId = organisation ? await documentIdBySlug('api::organisation.organisation', organisation) : undefined;
      await publish('api::support-resource.support-resource', {
        ...rest,
        body: plainTextToBlocks(body),
        organisation: organisationId ?? null,
      });
    });
  }

  await once('site', async () => {
    const created = (await publish('api::site.site', {
      acuteContacts: site.acuteContacts,
      quickExitUrl: site.quickExitUrl,
      footerContact: site.footerContact,
    })) as { documentId: string };
    await translate('api::site.site', created.documentId, { acuteContacts: site.acuteContactsEn, footerContact: site.footerContactEn });
  });

  for (const page of pages) {
    await once(`page:${page.slug}`, async () => {
      const localized = (text: PageText) => ({
        title: text.title,
        summary: text.summary,
        body: markdownToBlocks(text.body),
        easyReadBody: text.easyRead ? markdownToBlocks(text.easyRead) : null,
      });
      const created = (await publish('api::page.page', { slug: page.slug, area: page.area, order: page.order, ...localized(page.sv) })) as { documentId: string };
      // One slug in every locale, so /en/... mirrors the Swedish path.
      if (page.en) await translate('api::page.page', created.documentId, { slug: page.slug, ...localized(page.en) });
    });
  }

  if (options.demo) await seedDemo(strapi, once, publish);
  return { created };
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
  once: (key: string, create: () => Promise<unknown>) => Promise<void>,
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
