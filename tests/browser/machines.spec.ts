// What machines get from the portal (issue 17): share tags with an image on every page, structured
// data valid against schema.org's vocabulary, hreflang only where a translation exists, and pages
// that print well (Chromium's own PDF, pages counted with pdf-lib).
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { ports } from '../playwright.config';
import { adminSession } from '../support/cms';
import { png, upload, uploaded } from '../support/images';
import { schemaOrgErrors } from '../support/schema-org';

const origin = `http://127.0.0.1:${ports.web}`;
const cms = { url: `http://127.0.0.1:${ports.cms}` };

// An event of our own with everything structured data can say: image, venue and online address,
// organiser, a summer-time start, and markup in its title that must not end the JSON-LD block.
const EVENT_SLUG = 'maskinlasbart-evenemang';
const EVENT_TITLE = 'Möte </script><script>alert(1)</script> om stöd';
const EVENT_ALT = 'Foto från en tidigare träff';
const EVENT_START = '2031-06-10T16:00:00.000Z';
const EVENT_END = '2031-06-10T18:00:00.000Z';

/** The JSON-LD blocks of a page, parsed. */
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

function ofType(blocks: Record<string, unknown>[], type: string): Record<string, unknown> {
  const found = blocks.filter((block) => block['@type'] === type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
}

async function meta(page: Page, key: string): Promise<string | null> {
  return page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(body: Buffer): { width: number; height: number } {
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test.beforeAll(async () => {
  // Once per run: a worker started again after a failure finds the event there.
  if ((await fetch(`${origin}/kalender/${EVENT_SLUG}`)).status === 200) return;
  const admin = await adminSession(cms);
  const image = await uploaded(await upload(cms, admin, { name: 'traff.png', type: 'image/png', body: png(1200, 800) }, EVENT_ALT));
  const response = await admin.request('POST', '/content-manager/collection-types/api::event.event/actions/publish?locale=sv', {
    title: EVENT_TITLE,
    slug: EVENT_SLUG,
    kind: 'meeting',
    startsAt: EVENT_START,
    endsAt: EVENT_END,
    venue: { name: 'Folkets hus', address: 'Testgatan 1', city: 'Karlskoga' },
    onlineUrl: 'https://mote.example/rum',
    organiserName: 'Testföreningen',
    image: image.id,
  });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  await expect.poll(async () => (await fetch(`${origin}/kalender/${EVENT_SLUG}`)).status, { timeout: 15_000 }).toBe(200);
});

test.describe('share tags', () => {
  test('every page has og:* and Twitter card tags with an absolute share image, the default where a page has none', async ({ page, request }) => {
    for (const path of ['/', '/stod', '/handlingsplan', '/en/unga/fa-hjalp']) {
      await page.goto(path);
      expect(await meta(page, 'og:image'), path).toBe(`${origin}/share-default.png`);
      expect(await meta(page, 'og:image:width'), path).toBe('1200');
      expect(await meta(page, 'og:image:height'), path).toBe('630');
      expect(await meta(page, 'og:image:alt'), path).toMatch(/^Stödportalen: /);
      expect(await meta(page, 'og:url'), path).toBe(`${origin}${path}`);
      expect(await meta(page, 'og:locale'), path).toBe(path.startsWith('/en') ? 'en_GB' : 'sv_SE');
      for (const key of ['og:title', 'og:description', 'og:type', 'twitter:title', 'twitter:description']) {
        expect(await meta(page, key), `${path} ${key}`).toBeTruthy();
      }
      expect(await meta(page, 'twitter:card'), path).toBe('summary_large_image');
      expect(await meta(page, 'twitter:image'), path).toBe(`${origin}/share-default.png`);
    }
    // The default image is served by the portal itself, at the size the tags say.
    const image = await request.get('/share-default.png');
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
  });

  test("a page with its own image shares that image, with its text alternative", async ({ page, request }) => {
    await page.goto(`/kalender/${EVENT_SLUG}`);
    const url = await meta(page, 'og:image');
    expect(url).toMatch(new RegExp(`^${origin}/uploads/[^/]+\\.png$`));
    expect(await meta(page, 'twitter:image')).toBe(url);
    expect(await meta(page, 'og:image:alt')).toBe(EVENT_ALT);
    expect(await meta(page, 'og:image:width')).toBe('1200');
    expect(await meta(page, 'og:type')).toBe('article');
    const image = await request.get(url!);
    expect(image.status()).toBe(200);
    expect(pngSize(await image.body())).toEqual({ width: 1200, height: 800 });
  });
});

test.describe('structured data', () => {
  test('Event, GovernmentOrganization, BreadcrumbList and Article are valid schema.org with the fields Google requires', async ({ page }) => {
    test.setTimeout(90_000);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const all: Record<string, unknown>[] = [];

    await page.goto(`/kalender/${EVENT_SLUG}`);
    const eventBlocks = await jsonLd(page);
    all.push(...eventBlocks);
    const event = ofType(eventBlocks, 'Event');
    // The markup in the title stayed inside the JSON (Remix writes `<` as \u003c), and nothing ran.
    expect(event.name).toBe(EVENT_TITLE);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(1);
    const raw = await page.content();
    expect(raw).not.toContain('<script>alert(1)</script>');
    // 18.00–20.00 in Karlskoga, summer time.
    expect(event.startDate).toBe('2031-06-10T18:00:00+02:00');
    expect(event.endDate).toBe('2031-06-10T20:00:00+02:00');
    expect(event.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(event.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(event.location).toEqual([
      { '@type': 'Place', name: 'Folkets hus', address: { '@type': 'PostalAddress', streetAddress: 'Testgatan 1', addressLocality: 'Karlskoga' } },
      { '@type': 'VirtualLocation', url: 'https://mote.example/rum' },
    ]);
    expect(event.organizer).toEqual({ '@type': 'Organization', name: 'Testföreningen' });
    expect(event.image).toBe(await meta(page, 'og:image'));
    expect(event.url).toBe(`${origin}/kalender/${EVENT_SLUG}`);
    const crumbs = ofType(eventBlocks, 'BreadcrumbList');
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Start', item: `${origin}/` },
      { '@type': 'ListItem', position: 2, name: 'Kalender', item: `${origin}/kalender` },
      { '@type': 'ListItem', position: 3, name: EVENT_TITLE, item: `${origin}/kalender/${EVENT_SLUG}` },
    ]);

    await page.goto('/');
    const home = await jsonLd(page);
    all.push(...home);
    const organisation = ofType(home, 'GovernmentOrganization');
    expect(organisation.name).toBe('Karlskoga kommun');
    expect(organisation.url).toBe(`${origin}/`);

    // Detail pages have their breadcrumb trail; articles their headline.
    for (const [path, section] of [
      ['/unga/fa-hjalp', 'Unga'],
      ['/for-personal/samverkan', 'För personal'],
      ['/stod', null],
    ] as const) {
      await page.goto(path);
      const blocks = await jsonLd(page);
      all.push(...blocks);
      if (!section) {
        expect(blocks, path).toEqual([]);
        continue;
      }
      const trail = ofType(blocks, 'BreadcrumbList').itemListElement as { name: string; item: string }[];
      expect(trail.map((crumb) => crumb.name).slice(0, 2), path).toEqual(['Start', section]);
      expect(trail.at(-1)?.item, path).toBe(`${origin}${path}`);
      const article = ofType(blocks, 'Article');
      expect(article.headline, path).toBe(await page.getByRole('heading', { level: 1 }).innerText());
    }
    const support = page.locator('main a[href^="/stod/"]').first();
    const supportPath = await support.getAttribute('href');
    await page.goto(supportPath!);
    const supportBlocks = await jsonLd(page);
    all.push(...supportBlocks);
    expect((ofType(supportBlocks, 'BreadcrumbList').itemListElement as { name: string }[])[1]?.name).toBe('Få stöd');

    await page.goto('/handlingsplan');
    const plan = await jsonLd(page);
    all.push(...plan);
    expect(ofType(plan, 'Article').headline).toBe(await page.getByRole('heading', { level: 1 }).innerText());

    // Every block: known types, known properties, values of the right kind (schema-dts's schema.org).
    expect(schemaOrgErrors(all)).toEqual([]);
    expect(violations).toEqual([]);
  });

  test('the vocabulary check catches an unknown type, an unknown property and a wrong enumeration value', () => {
    test.setTimeout(60_000);
    const errors = schemaOrgErrors([
      { '@context': 'https://schema.org', '@type': 'Evenemang', name: 'x' },
      { '@context': 'https://schema.org', '@type': 'Event', name: 'x', startDatum: '2031-01-01' },
      { '@context': 'https://schema.org', '@type': 'Event', name: 'x', eventStatus: 'https://schema.org/Cancelled' },
    ]);
    expect(errors).toHaveLength(3);
  });
});

test.describe('feeds and sitemap', () => {
  test("event feeds carry publication, last change and the event's own time and place", async ({ request }) => {
    const atom = await (await request.get('/kalender/atom.xml')).text();
    const entry = atom.split('<entry').find((part) => part.includes(`/kalender/${EVENT_SLUG}</id>`));
    expect(entry).toBeDefined();
    const published = /<published>([^<]+)<\/published>/.exec(entry!)?.[1];
    const updated = /<updated>([^<]+)<\/updated>/.exec(entry!)?.[1];
    expect(Date.parse(published!)).not.toBeNaN();
    expect(Date.parse(updated!)).toBeGreaterThanOrEqual(Date.parse(published!) - 1000);
    expect(entry).toContain('<ev:startdate>2031-06-10T18:00:00+02:00</ev:startdate>');
    expect(entry).toContain('<ev:enddate>2031-06-10T20:00:00+02:00</ev:enddate>');
    expect(entry).toContain('<ev:location>Folkets hus, Testgatan 1, Karlskoga</ev:location>');

    const rss = await (await request.get('/kalender/rss.xml')).text();
    const item = rss.split('<item>').find((part) => part.includes(`/kalender/${EVENT_SLUG}</link>`));
    expect(new Date(/<pubDate>([^<]+)<\/pubDate>/.exec(item!)?.[1] ?? '').toISOString()).toBe(new Date(published!).toISOString().replace(/\.\d{3}Z$/, '.000Z'));
    expect(item).toContain('<ev:startdate>2031-06-10T18:00:00+02:00</ev:startdate>');

    const ics = (await (await request.get(`/kalender/${EVENT_SLUG}.ics`)).text()).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('DTSTART:20310610T160000Z');
    expect(ics).toMatch(/\r\nCREATED:\d{8}T\d{6}Z\r\n/);
    expect(ics).toMatch(/\r\nLAST-MODIFIED:\d{8}T\d{6}Z\r\n/);
  });

  test('the sitemap lists a Swedish-only event only in Swedish', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    expect(xml).toContain(`<loc>${origin}/kalender/${EVENT_SLUG}</loc>`);
    expect(xml).not.toContain(`${origin}/en/kalender/${EVENT_SLUG}`);
  });
});

test.describe('language alternates', () => {
  test('an /en page showing Swedish text points to the Swedish page and is no English alternate', async ({ page }) => {
    // Written only in Swedish.
    await page.goto('/en/unga/det-ar-inte-okej');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${origin}/unga/det-ar-inte-okej`);
    expect(await page.locator('link[rel="alternate"][hreflang="en"]').count()).toBe(0);
    expect(await page.locator('link[rel="alternate"][hreflang="sv"]').getAttribute('href')).toBe(`${origin}/unga/det-ar-inte-okej`);
    // Translated: both languages, each its own canonical.
    await page.goto('/en/unga/fa-hjalp');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${origin}/en/unga/fa-hjalp`);
    expect(await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href')).toBe(`${origin}/en/unga/fa-hjalp`);
    expect(await page.locator('link[rel="alternate"][hreflang="x-default"]').getAttribute('href')).toBe(`${origin}/unga/fa-hjalp`);
    // The Swedish pages say the same: an English alternate only where English text exists.
    for (const [path, english] of [['/unga/fa-hjalp', true], ['/unga/det-ar-inte-okej', false], ['/handlingsplan', false]] as const) {
      await page.goto(path);
      expect(await page.locator('link[rel="alternate"][hreflang="en"]').count(), path).toBe(english ? 1 : 0);
      expect(await page.locator('link[rel="alternate"][hreflang="sv"]').getAttribute('href'), path).toBe(`${origin}${path}`);
    }
  });
});

test.describe('print', () => {
  test('every /stod page fits on one A4 page, and paper shows no quick exit, acute band, menu or form', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/stod');
    const paths = [...new Set(await page.locator('main a[href^="/stod/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))];
    expect(paths.length).toBeGreaterThan(3);
    const counts: Record<string, number> = {};
    for (const path of paths) {
      await page.goto(path);
      const pdf = await PDFDocument.load(await page.pdf({ format: 'A4' }));
      counts[path] = pdf.getPageCount();
    }
    expect(Object.entries(counts).filter(([, count]) => count !== 1)).toEqual([]);

    await page.goto(paths[0]!);
    await page.emulateMedia({ media: 'print' });
    // Only what paper can use: no quick exit, acute band, menus or forms.
    for (const hidden of [page.locator('a[data-quick-exit]'), page.locator('.acute-band'), page.locator('nav').first(), page.getByRole('search')]) {
      await expect(hidden).toBeHidden();
    }
  });

  test('a link whose text is its address, or its phone number, prints it once', async ({ page }) => {
    await page.goto('/stod/nmt');
    await page.emulateMedia({ media: 'print' });
    const after = (name: RegExp) => page.getByRole('link', { name }).first().evaluate((element) => getComputedStyle(element, '::after').content);
    // "www.nmtsverige.se" (the source) and "nmtsverige.se" (the web channel) are their addresses.
    expect(await after(/^www\.nmtsverige\.se$/)).toBe('none');
    expect(await after(/^nmtsverige\.se$/)).toBe('none');
    await page.goto('/unga/fa-hjalp');
    await page.emulateMedia({ media: 'print' });
    const phone = page.locator('main a[href^="tel:"]').first();
    if ((await phone.count()) > 0) expect(await phone.evaluate((element) => getComputedStyle(element, '::after').content)).toBe('none');
  });

  test('/handlingsplan prints with a cover line from the plan itself', async ({ page }) => {
    await page.goto('/handlingsplan');
    const cover = page.locator('[data-print-cover]');
    await expect(cover).toBeHidden();
    // The facts on screen are the plan's own data: the cover line repeats them.
    const fact = async (label: string) => page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]').innerText();
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    const expected = [title, `Giltighetstid: ${await fact('Giltighetstid')}`, `Diarienummer: ${await fact('Diarienummer')}`].join(' · ');
    await page.emulateMedia({ media: 'print' });
    await expect(cover).toBeVisible();
    expect(await cover.innerText()).toBe(expected);
    const box = await cover.boundingBox();
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(box!.y).toBeLessThan(heading!.y);
    // An internal link prints with the site's full address (/print.css knows the public origin).
    const followUp = page.locator('main a[href="/handlingsplan/uppfoljning"]').first();
    await expect(followUp).toBeVisible();
    expect(await followUp.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(`" (${origin}/handlingsplan/uppfoljning)"`);
  });
});
