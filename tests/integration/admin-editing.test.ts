// The admin as a communicator meets it, on a real Strapi: Swedish labels, help texts and
// placeholders, internal fields hidden or read-only, useful list columns, and web addresses that
// follow the title (Swedish transliteration, unique per locale, an editor's own kept), and the
// Kommunikatör role: the communicator's job and nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, communicatorSession, startCms, type RunningCms } from '../support/cms';
import type { AdminSession } from '../support/stack';

type EditMetadata = { label: string; description: string; placeholder: string; visible: boolean; editable: boolean };
type ContentTypeConfiguration = {
  layouts: { list: string[] };
  metadatas: Record<string, { edit: EditMetadata; list: { label: string } }>;
};

let cms: RunningCms;
let admin: AdminSession;

async function configuration(uid: string): Promise<{ contentType: ContentTypeConfiguration; components: Record<string, ContentTypeConfiguration> }> {
  const response = await admin.request('GET', `/content-manager/content-types/${uid}/configuration`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { contentType: ContentTypeConfiguration; components: Record<string, ContentTypeConfiguration> } }).data;
}

async function create(uid: string, data: Record<string, unknown>, locale = 'sv'): Promise<{ documentId: string; slug: string }> {
  const response = await admin.request('POST', `/content-manager/collection-types/${uid}?locale=${locale}`, data);
  const text = await response.text();
  expect(response.status, text).toBeLessThan(300);
  return (JSON.parse(text) as { data: { documentId: string; slug: string } }).data;
}

beforeAll(async () => {
  cms = await startCms({ extraEnv: { SEED: 'false' } });
  admin = await adminSession(cms);
}, 120_000);

afterAll(async () => {
  await cms?.stop();
});

describe('the content manager in Swedish', () => {
  it('labels every field of an event in Swedish, with help texts and placeholders', async () => {
    const { contentType } = await configuration('api::event.event');
    for (const [field, { edit, list }] of Object.entries(contentType.metadatas)) {
      if (['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(field)) continue;
      expect(edit.label, field).not.toBe(field);
      expect(list.label, field).not.toBe(field);
    }
    expect(contentType.metadatas.startsAt?.edit).toMatchObject({ label: 'Börjar', description: expect.stringContaining('svensk tid') });
    expect(contentType.metadatas.registrationUrl?.edit.placeholder).toBe('https://');
    expect(contentType.metadatas.publishAt?.edit.description).toContain('Spara, inte Publicera');
  });

  it('hides the internal fields and shows what the CMS fills read-only', async () => {
    const { contentType } = await configuration('api::event.event');
    for (const field of ['submissionKey', 'submissionFingerprint']) {
      expect(contentType.metadatas[field]?.edit, field).toMatchObject({ visible: false, editable: false });
    }
    for (const field of ['submitterEmail', 'submitterName', 'consentedAt']) {
      expect(contentType.metadatas[field]?.edit, field).toMatchObject({ visible: true, editable: false });
    }
    const campaign = await configuration('api::campaign.campaign');
    expect(campaign.contentType.metadatas).not.toHaveProperty('searchText');
  });

  it('lists useful columns, the review status of tips among them', async () => {
    const { contentType } = await configuration('api::event.event');
    expect(contentType.layouts.list).toEqual(['id', 'title', 'kind', 'startsAt', 'moderationStatus', 'publishAt']);
    expect(contentType.metadatas.moderationStatus?.list.label).toBe('Granskning');
    const campaign = await configuration('api::campaign.campaign');
    expect(campaign.contentType.layouts.list).toEqual(['id', 'title', 'startsOn', 'endsOn', 'publishAt', 'updatedAt']);
  });

  it('labels the fields of components (a venue) in Swedish', async () => {
    const { components } = await configuration('api::event.event');
    expect(components['event.venue']?.metadatas.name?.edit).toMatchObject({ label: 'Lokal', placeholder: 'Till exempel: Folkets hus' });
  });
});

describe('web addresses from the title', () => {
  const CAMPAIGN = 'api::campaign.campaign';

  it('replaces the admin’s placeholder with the title in Swedish transliteration, unique per locale', async () => {
    // What the admin sends for a new campaign: the uid field prefilled with the type's name.
    const first = await create(CAMPAIGN, { title: 'Kampanjvecka mot människohandel', slug: 'campaign', startsOn: '2026-03-02' });
    expect(first.slug).toBe('kampanjvecka-mot-manniskohandel');
    const second = await create(CAMPAIGN, { title: 'Kampanjvecka mot människohandel', slug: 'campaign-1', startsOn: '2026-03-09' });
    expect(second.slug).toBe('kampanjvecka-mot-manniskohandel-2');
    // Another locale has addresses of its own.
    const english = await create(CAMPAIGN, { title: 'Kampanjvecka mot människohandel', slug: 'campaign', startsOn: '2026-03-02' }, 'en');
    expect(english.slug).toBe('kampanjvecka-mot-manniskohandel');
    const withoutSlug = await create('api::event.event', { title: 'Föreläsning på Folkets hus', kind: 'lecture', startsAt: '2026-03-03T17:00:00.000Z' });
    expect(withoutSlug.slug).toBe('forelasning-pa-folkets-hus');
  });

  it('keeps an address the editor typed, and a save keeps the document’s own address', async () => {
    const own = await create(CAMPAIGN, { title: 'Vårkampanj', slug: 'var-2026', startsOn: '2026-04-01' });
    expect(own.slug).toBe('var-2026');
    const placeholder = await create(CAMPAIGN, { title: 'Höstkampanj', slug: 'campaign', startsOn: '2026-09-01' });
    expect(placeholder.slug).toBe('hostkampanj');
    const saved = await admin.request('PUT', `/content-manager/collection-types/${CAMPAIGN}/${placeholder.documentId}?locale=sv`, { title: 'Höstkampanj', slug: 'hostkampanj', startsOn: '2026-09-02' });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { data: { slug: string } }).data.slug).toBe('hostkampanj');
  });
});

describe('the Kommunikatör role', () => {
  let communicator: AdminSession;
  beforeAll(async () => {
    communicator = await communicatorSession(cms, admin, 'kommunikator-behorighet@example.invalid');
  });

  it('holds content and media permissions only: no settings, users, roles, tokens or marketplace', async () => {
    const response = await communicator.request('GET', '/admin/users/me/permissions');
    expect(response.status).toBe(200);
    const actions = new Set(((await response.json()) as { data: { action: string }[] }).data.map((permission) => permission.action));
    expect([...actions].filter((action) => !action.startsWith('plugin::content-manager.explorer.') && !action.startsWith('plugin::upload.'))).toEqual([]);
    expect(actions).toContain('plugin::content-manager.explorer.publish');
    expect(actions).toContain('plugin::upload.assets.create');
  });

  it('writes, publishes and moderates content, reads media and organisations', async () => {
    const campaign = await communicator.request('POST', '/content-manager/collection-types/api::campaign.campaign/actions/publish?locale=sv', { title: 'Kommunikatörens kampanj', lede: 'En kort ingress.', startsOn: '2026-05-04' });
    expect(campaign.status, await campaign.clone().text()).toBeLessThan(300);
    const event = await communicator.request('POST', '/content-manager/collection-types/api::event.event?locale=sv', { title: 'Kommunikatörens föreläsning', kind: 'lecture', startsAt: '2026-05-05T16:00:00.000Z' });
    expect(event.status).toBeLessThan(300);
    const { documentId } = ((await event.json()) as { data: { documentId: string } }).data;
    const moderated = await communicator.request('PUT', `/content-manager/collection-types/api::event.event/${documentId}?locale=sv`, { moderatorNote: 'Tack, vi hör av oss.' });
    expect(moderated.status, await moderated.clone().text()).toBe(200);
    for (const path of ['/upload/files', '/content-manager/collection-types/api::organisation.organisation?locale=sv', '/content-manager/collection-types/api::event.event?locale=sv']) {
      expect((await communicator.request('GET', path)).status, path).toBe(200);
    }
  });

  it('is refused everything else', async () => {
    const refused: [string, string, unknown?][] = [
      ['GET', '/admin/users'],
      ['GET', '/admin/roles'],
      ['POST', '/admin/roles', { name: 'Egen roll', description: 'x' }],
      ['GET', '/admin/api-tokens'],
      ['GET', '/admin/transfer/tokens'],
      ['GET', '/admin/webhooks'],
      ['GET', '/users-permissions/roles'],
      ['POST', '/content-type-builder/content-types', { contentType: { displayName: 'X', singularName: 'x', pluralName: 'xs', kind: 'collectionType', attributes: {} } }],
      ['PUT', '/content-manager/content-types/api::event.event/configuration', { layouts: { list: ['id'] } }],
      ['GET', '/content-manager/single-types/api::site.site?locale=sv'],
      ['GET', '/content-manager/collection-types/api::accessibility-report.accessibility-report'],
      ['POST', '/content-manager/collection-types/api::organisation.organisation?locale=sv', { name: 'Ny organisation' }],
    ];
    const answers = await Promise.all(refused.map(async ([method, path, body]) => `${method} ${path} ${(await communicator.request(method, path, body)).status}`));
    expect(answers.filter((answer) => !answer.endsWith(' 403'))).toEqual([]);
  });
});
