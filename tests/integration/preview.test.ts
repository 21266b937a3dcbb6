// The draft preview end to end against a real Strapi and the built web: the admin's preview link
// carries a short-lived token for one document (never PREVIEW_SECRET), the web shows the draft as
// it will be published (a campaign's linked events, each saying whether it is published, and its
// image from Strapi's formats), and an expired, forged, missing or other document's token gets a
// clear page, never a 5xx and never the draft.
import http from 'node:http';
import { signPreviewToken } from '@stodportalen/shared/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, freePort, startCms, type RunningCms } from '../support/cms';
import { png, upload, uploaded } from '../support/images';
import { createDocument } from '../support/stack';
import { startWeb, type RunningWeb } from '../support/web';

const secret = 'integration-preview-secret-0123456789';
const CAMPAIGN = 'api::campaign.campaign';
const EVENT = 'api::event.event';

let cms: RunningCms;
let web: RunningWeb;
let admin: Awaited<ReturnType<typeof adminSession>>;
let campaignId = '';
let imageUrl = '';

const inDays = (days: number, hour = 18) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour - 1, 0, 0, 0);
  return date.toISOString();
};

beforeAll(async () => {
  const webPort = await freePort();
  cms = await startCms({ extraEnv: { PREVIEW_SECRET: secret, WEB_URL: `http://127.0.0.1:${webPort}` }, healthTimeoutMs: 100_000 });
  web = await startWeb({ cmsUrl: cms.url, readToken: cms.readToken, port: webPort, env: { PREVIEW_SECRET: secret, CMS_ADMIN_ORIGIN: cms.url.replace('127.0.0.1', 'localhost') } });
  admin = await adminSession(cms);
  const image = await uploaded(await upload(cms, admin, { name: 'affisch.png', type: 'image/png', body: png(1200, 800) }, 'Affisch: Du är inte ensam'));
  imageUrl = image.url;
  const published = await createDocument(admin, EVENT, { title: 'Föreläsning som redan är publicerad', kind: 'lecture', startsAt: inDays(20), venue: { name: 'Folkets hus', city: 'Karlskoga' } }, { publish: true });
  const draft = await createDocument(admin, EVENT, { title: 'Föreläsning som bara är ett utkast', kind: 'lecture', startsAt: inDays(21) });
  campaignId = await createDocument(admin, CAMPAIGN, {
    title: 'Utkast till kampanj med bild',
    startsOn: '2030-05-01',
    lede: 'Ingressen i utkastet.',
    image: image.id,
    events: [published, draft],
  });
}, 150_000);

afterAll(async () => {
  await web?.stop();
  await cms?.stop();
});

const previewLinkFromAdmin = async (documentId: string, locale = 'sv') => {
  const response = await admin.request('GET', `/content-manager/preview/url/${CAMPAIGN}?documentId=${documentId}&locale=${locale}&status=draft`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { url: string } }).data.url;
};

describe('the admin preview link', () => {
  it('points at the portal (WEB_URL) with a token, never the secret', async () => {
    const link = new URL(await previewLinkFromAdmin(campaignId));
    expect(link.origin).toBe(web.url);
    expect(link.pathname).toBe('/forhandsvisning');
    expect([...link.searchParams.keys()]).toEqual(['token']);
    expect(link.href).not.toContain(secret);
    expect(link.searchParams.get('token')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(new URL(await previewLinkFromAdmin(campaignId, 'en')).pathname).toBe('/en/forhandsvisning');
  });

  it('shows the draft as it will be published: its image from Strapi’s sizes and its events, the unpublished one marked', async () => {
    const response = await fetch(await previewLinkFromAdmin(campaignId));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    // An admin opened at localhost or 127.0.0.1 may frame it, nothing else.
    const csp = response.headers.get('content-security-policy') ?? '';
    const port = new URL(cms.url).port;
    expect(csp).toContain(`frame-ancestors http://localhost:${port} http://127.0.0.1:${port} http://[::1]:${port};`);
    const html = await response.text();
    expect(html).toContain('Utkast till kampanj med bild');
    expect(html).toContain('Föreläsning som redan är publicerad');
    expect(html).toContain('Föreläsning som bara är ett utkast');
    expect(html.match(/Inte publicerat\. Evenemanget syns inte/g)).toHaveLength(1);
    const img = /<img [^>]*alt="Affisch: Du är inte ensam"[^>]*>/.exec(html)?.[0] ?? '';
    expect(img).toContain(`src="${imageUrl}"`);
    expect(img).toMatch(/srcSet="\/uploads\/small_[^ ]+ 500w, \/uploads\/medium_[^ ]+ 750w, \/uploads\/large_[^ ]+ 1000w, \/uploads\/affisch_[^ ]+ 1200w"/);
    expect(img).toContain('width="1200"');
    expect(img).toContain('height="800"');
  });
});

describe('refused links: a clear page, never the draft, never a 5xx', () => {
  const expectRefused = async (path: string, text: string) => {
    const response = await fetch(`${web.url}${path}`);
    const html = await response.text();
    expect(response.status, path).toBe(403);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain(text);
    expect(html).toContain('Öppna förhandsvisningen igen från redigeringsverktyget');
    expect(html).not.toContain('Ingressen i utkastet.');
  };

  it('an expired token', async () => {
    const token = await signPreviewToken({ type: 'campaign', documentId: campaignId, locale: 'sv' }, secret, { now: Math.floor(Date.now() / 1000) - 3600 });
    await expectRefused(`/forhandsvisning?token=${token}`, 'Länken har slutat gälla');
  });

  it('a forged token, a changed one, and none', async () => {
    const forged = await signPreviewToken({ type: 'campaign', documentId: campaignId, locale: 'sv' }, 'someone-elses-secret-0123456789');
    await expectRefused(`/forhandsvisning?token=${forged}`, 'Länken fungerar inte');
    const real = new URL(await previewLinkFromAdmin(campaignId)).searchParams.get('token') ?? '';
    await expectRefused(`/forhandsvisning?token=${real.slice(0, -2)}xx`, 'Länken fungerar inte');
    await expectRefused('/forhandsvisning', 'Länken saknas');
    // The old form with the shared secret opens nothing any more.
    await expectRefused(`/forhandsvisning?type=campaign&id=${campaignId}&locale=sv&secret=${secret}`, 'Länken saknas');
  });

  it('a token for a document that does not exist is a 404', async () => {
    const token = await signPreviewToken({ type: 'campaign', documentId: 'doesnotexist0000000000', locale: 'sv' }, secret);
    expect((await fetch(`${web.url}/forhandsvisning?token=${token}`)).status).toBe(404);
  });

  it('the CMS gives a draft only for the document, type and locale the token names', async () => {
    const token = await signPreviewToken({ type: 'campaign', documentId: campaignId, locale: 'sv' }, secret);
    const get = (path: string, headers: Record<string, string>) => fetch(`${cms.url}${path}`, { headers });
    expect((await get(`/api/previews/campaign/${campaignId}?locale=sv`, { 'x-preview-token': token })).status).toBe(200);
    const otherEvent = await createDocument(admin, EVENT, { title: 'Ett annat utkast', kind: 'lecture', startsAt: inDays(30) });
    expect((await get(`/api/previews/event/${otherEvent}?locale=sv`, { 'x-preview-token': token })).status).toBe(404);
    expect((await get(`/api/previews/campaign/${campaignId}?locale=en`, { 'x-preview-token': token })).status).toBe(404);
    expect((await get(`/api/previews/campaign/${campaignId}?locale=sv`, { 'x-preview-secret': secret })).status).toBe(404);
    expect((await get(`/api/previews/campaign/${campaignId}?locale=sv`, {})).status).toBe(404);
  });
});

describe('images on the portal (issue 15): from Strapi’s sizes, through the web’s own origin', () => {
  it('a published campaign shows its image with srcset, sizes, width, height and alt, from the read model', async () => {
    const image = await uploaded(await upload(cms, admin, { name: 'kampanjbild.png', type: 'image/png', body: png(1200, 800) }, 'Två personer på en parkbänk'));
    await createDocument(admin, CAMPAIGN, { title: 'Publicerad kampanj med bild', startsOn: '2030-06-01', lede: 'En kampanj med bild.', image: image.id }, { publish: true });
    // The read model follows within its check interval (no revalidation in this test): wait for the page.
    let html = '';
    for (const started = Date.now(); Date.now() - started < 20_000; await new Promise((resolve) => setTimeout(resolve, 250))) {
      const response = await fetch(`${web.url}/kampanjer/publicerad-kampanj-med-bild`);
      html = await response.text();
      if (response.status === 200 && html.includes('<img')) break;
    }
    const img = /<img [^>]*alt="Två personer på en parkbänk"[^>]*>/.exec(html)?.[0] ?? '';
    expect(img).toContain(`src="${image.url}"`);
    expect(img).toMatch(/srcSet="\/uploads\/small_[^"]+ 500w, [^"]+ 750w, [^"]+ 1000w, [^"]+ 1200w"/);
    expect(img).toContain('sizes="(min-width: 50rem) 48rem, calc(100vw - 2rem)"');
    expect(img).toContain('width="1200"');
    expect(img).toContain('height="800"');
    expect(img).toContain('decoding="async"');
    expect(web.log()).not.toMatch(/read model.*(failed|error)/i);

    // The file comes through the web (the CSP allows images from 'self' only), cacheable, with its validators.
    const file = await fetch(`${web.url}${image.url}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('cache-control')).toBe('public, max-age=604800');
    expect(Buffer.from(await file.arrayBuffer()).subarray(1, 4).toString('latin1')).toBe('PNG');
    const lastModified = file.headers.get('last-modified');
    expect(lastModified).not.toBeNull();
    // Revalidated as a browser does (fetch would add `Cache-Control: no-cache`): 304.
    const revalidated = await new Promise<number | undefined>((resolve, reject) => {
      http.get(`${web.url}${image.url}`, { headers: { 'if-modified-since': lastModified ?? '' } }, (res) => resolve(res.resume().statusCode)).on('error', reject);
    });
    expect(revalidated).toBe(304);
    expect((await fetch(`${web.url}/uploads/finns-inte.png`)).status).toBe(404);
    expect((await fetch(`${web.url}/uploads/..%2fpackage.json`)).status).toBe(404);
  });
});
