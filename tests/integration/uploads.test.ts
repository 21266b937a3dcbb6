// Uploads: local files by default, S3 (here a stand-in on loopback) with UPLOAD_PROVIDER=s3, and the
// rule that an image needs alternative text before content that shows it is published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, graphql, startCms, type RunningCms } from '../support/cms';
import { startFakeS3, type FakeS3 } from '../support/fake-s3';
import { png, upload, uploaded } from '../support/images';
import { usePortalStack } from '../support/stack';

const CAMPAIGN = 'api::campaign.campaign';
const PAGE = 'api::page.page';

/** A PNG of this size (its IHDR). */
function isPng(data: Buffer | undefined, width: number, height: number): boolean {
  return !!data && data.subarray(1, 4).toString('latin1') === 'PNG' && data.readUInt32BE(16) === width && data.readUInt32BE(20) === height;
}

type Session = Awaited<ReturnType<typeof adminSession>>;

async function setAltText(cms: RunningCms, session: Session, id: number, alternativeText: string): Promise<Response> {
  const form = new FormData();
  form.append('fileInfo', JSON.stringify({ alternativeText }));
  return fetch(`${cms.url}/upload?id=${id}`, { method: 'POST', headers: { authorization: `Bearer ${session.token}` }, body: form });
}

async function draftCampaign(session: Session, title: string, image: number): Promise<string> {
  const response = await session.request('POST', `/content-manager/collection-types/${CAMPAIGN}?locale=sv`, {
    title,
    startsOn: '2030-05-01',
    lede: 'En kampanj med en bild.',
    image,
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { data: { documentId: string } }).data.documentId;
}

const publish = (session: Session, uid: string, documentId: string) => session.request('POST', `/content-manager/collection-types/${uid}/${documentId}/actions/publish?locale=sv`, {});

describe('uploads stored locally (the default)', () => {
  let cms: RunningCms;
  let session: Session;
  usePortalStack({}, (stack) => ({ cms, admin: session } = stack));

  it('keeps the file under /uploads, served by the CMS', async () => {
    const body = png(64, 48);
    const file = await uploaded(await upload(cms, session, { name: 'lokal.png', type: 'image/png', body }, 'En blå yta'));
    expect(file.url).toMatch(/^\/uploads\/lokal_[a-z0-9]+\.png$/);
    const served = await fetch(`${cms.url}${file.url}`);
    expect(served.status).toBe(200);
    // Strapi re-encodes images (size optimisation): the same picture, not the same bytes.
    expect(isPng(Buffer.from(await served.arrayBuffer()), 64, 48)).toBe(true);
  });

  it('refuses to publish a campaign whose image has no alternative text, in Swedish, and publishes once it has one', async () => {
    const image = await uploaded(await upload(cms, session, { name: 'affisch.png', type: 'image/png', body: png(80, 60) }, null));
    expect(image.alternativeText ?? '').toBe('');
    const documentId = await draftCampaign(session, 'Kampanj med bild utan text', image.id);

    const refused = await publish(session, CAMPAIGN, documentId);
    expect(refused.status).toBe(400);
    const error = ((await refused.json()) as { error: { name: string; message: string } }).error;
    expect(error.name).toBe('ValidationError');
    expect(error.message).toMatch(/^Bilden saknar alternativtext: "affisch\.png"/);
    expect(error.message).toContain('Alternativ text');
    const list = await fetch(`${cms.url}/api/campaigns?filters[documentId][$eq]=${documentId}`);
    expect(((await list.json()) as { data: unknown[] }).data).toEqual([]);

    // Blank text is no text.
    expect((await setAltText(cms, session, image.id, '   ')).status).toBeLessThan(300);
    expect((await publish(session, CAMPAIGN, documentId)).status).toBe(400);

    expect((await setAltText(cms, session, image.id, 'Affisch med texten Du är inte ensam')).status).toBeLessThan(300);
    const published = await publish(session, CAMPAIGN, documentId);
    expect(published.status, await published.clone().text()).toBe(200);
    const after = await fetch(`${cms.url}/api/campaigns?filters[documentId][$eq]=${documentId}&populate=image`);
    const data = ((await after.json()) as { data: { image: { alternativeText: string } }[] }).data;
    expect(data[0]?.image.alternativeText).toBe('Affisch med texten Du är inte ensam');
    // The web's read-only token (find/findOne of the public types only) still gets the image.
    const viaGraphql = await graphql<{ campaigns: { image: { url: string; alternativeText: string } | null }[] }>(
      cms,
      `query($id: ID!) { campaigns(filters: { documentId: { eq: $id } }) { image { url alternativeText } } }`,
      { token: cms.readToken, variables: { id: documentId } },
    );
    expect(viaGraphql.errors).toBeUndefined();
    expect(viaGraphql.data?.campaigns[0]?.image).toEqual({ url: image.url, alternativeText: 'Affisch med texten Du är inte ensam' });
  });

  it('refuses an image in rich text without alternative text', async () => {
    const image = await uploaded(await upload(cms, session, { name: 'karta.png', type: 'image/png', body: png(40, 40) }, 'Karta'));
    // As the admin's editor inserts it: the file's fields, with the text the editor left.
    const body = (alternativeText: string | null) => [
      { type: 'paragraph', children: [{ type: 'text', text: 'Så hittar du hit.' }] },
      { type: 'image', image: { ...image, alternativeText }, children: [{ type: 'text', text: '' }] },
    ];
    const created = await session.request('POST', `/content-manager/collection-types/${PAGE}?locale=sv`, { title: 'Sida med karta', area: 'about', body: body(null) });
    expect(created.status, await created.clone().text()).toBe(201);
    const documentId = ((await created.json()) as { data: { documentId: string } }).data.documentId;
    const refused = await publish(session, PAGE, documentId);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('"karta.png"');

    expect((await session.request('PUT', `/content-manager/collection-types/${PAGE}/${documentId}?locale=sv`, { body: body('Karta över vägen till mottagningen') })).status).toBe(200);
    expect((await publish(session, PAGE, documentId)).status).toBe(200);
  });

  it('lets a PDF through without alternative text', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
    const file = await uploaded(await upload(cms, session, { name: 'broschyr.pdf', type: 'application/pdf', body: pdf }, null));
    expect(file.mime).toBe('application/pdf');
  });
});

describe('uploads in S3 (UPLOAD_PROVIDER=s3)', () => {
  let cms: RunningCms;
  let s3: FakeS3;
  let session: Session;
  beforeAll(async () => {
    s3 = await startFakeS3();
    cms = await startCms({
      extraEnv: {
        UPLOAD_PROVIDER: 's3',
        S3_BUCKET: 'stodportalen-media',
        S3_REGION: 'eu-north-1',
        S3_ENDPOINT: s3.url,
        S3_ACCESS_KEY_ID: 'test-access-key',
        S3_SECRET_ACCESS_KEY: 'test-secret-access-key',
      },
    });
    session = await adminSession(cms);
  }, 120_000);
  afterAll(async () => {
    await cms?.stop();
    await s3?.stop();
  });

  it('puts the file (and its smaller formats) into the bucket, links to it there, and deletes it there', async () => {
    const file = await uploaded(await upload(cms, session, { name: 'hamn.png', type: 'image/png', body: png(1200, 800) }, 'Hamnen i Karlskoga'));
    expect(file.url.startsWith(`${s3.url}/stodportalen-media/hamn_`)).toBe(true);
    const key = new URL(file.url).pathname;
    expect(isPng(s3.objects.get(key)?.body, 1200, 800)).toBe(true);
    expect(s3.objects.get(key)?.contentType).toBe('image/png');
    // The thumbnail and the responsive sizes went to the bucket too; nothing to the local disk.
    const keys = [...s3.objects.keys()];
    expect(keys.some((k) => /\/thumbnail_hamn_/.test(k))).toBe(true);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    expect((await fetch(`${cms.url}/uploads/${key.split('/').pop()}`)).status).toBe(404);

    const removed = await session.request('DELETE', `/upload/files/${file.id}`);
    expect(removed.status).toBe(200);
    expect(s3.objects.has(key)).toBe(false);
    expect(s3.requests.filter((r) => r.method === 'DELETE').length).toBe(keys.length);
  });
});

describe('S3 settings', () => {
  it('the CMS refuses to start with UPLOAD_PROVIDER=s3 and no bucket, naming what is missing', async () => {
    await expect(startCms({ extraEnv: { UPLOAD_PROVIDER: 's3', S3_REGION: 'eu-north-1' } })).rejects.toThrow(/UPLOAD_PROVIDER=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/);
  }, 60_000);
});
