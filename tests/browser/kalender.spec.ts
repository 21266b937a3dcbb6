// The calendar, event pages, campaigns, their feeds and calendar files, and the home page's
// "current campaign" and "next events", against the seeded demo content (SEED_DEMO=true).
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { ports } from '../playwright.config';
import { expectNoAxeViolations } from '../support/axe';

// The demo content of cms/src/seed (facts.ts): three upcoming events, one past, one current campaign.
const LECTURE = '[DEMO] Föreläsning: Vad är sugardejting?';
const TRAINING = '[DEMO] Utbildning för personal: upptäcka och agera';
const ACTIVITY = '[DEMO] Kampanjaktivitet: prata med oss';
const PAST_MEETING = '[DEMO] Nätverksmöte (avslutat exempel)';
const CAMPAIGN = '[DEMO] Kampanj: Sex mot ersättning är aldrig okej';
/** Soonest first (7, 14 and 30 days from the seed). */
const UPCOMING = [ACTIVITY, LECTURE, TRAINING];
// Slugs as the CMS makes them from the titles (checked against the list's links below).
const LECTURE_SLUG = 'demo-forelasning-vad-ar-sugardejting';
const CAMPAIGN_SLUG = 'demo-kampanj-sex-mot-ersattning-ar-aldrig-okej';

/** The titles of the events linked in the calendar's result list, in order. */
async function listedEvents(page: Page): Promise<string[]> {
  const region = page.getByRole('region', { name: /^(Evenemang|Events)$/ });
  return region.getByRole('heading', { level: 3 }).allInnerTexts();
}

function parseIcs(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** How the page writes a time in Swedish: "lördag 12 december 2026, kl. 18.00". */
function swedishDayAndTime(date: Date): string {
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', ...options }).format(date);
  const clock = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(date)
    .replace(':', '.');
  return `${part({ weekday: 'long' })} ${part({ day: 'numeric' })} ${part({ month: 'long' })} ${part({
    year: 'numeric',
  })}, kl. ${clock}`;
}

async function getText(request: APIRequestContext, path: string, contentType: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toBe(contentType);
  // Feeds and calendar files may be cached a little, never as immutable.
  expect(response.headers()['cache-control']).toBe('public, max-age=300');
  return response.text();
}

test.describe('calendar pages in Swedish and English at 360 and 1280 px', () => {
  const pages: [string, RegExp][] = [
    ['/kalender', /^Kalender$/],
    ['/en/kalender', /^Calendar$/],
    ['/kalender/arkiv', /^Tidigare evenemang$/],
    ['/en/kalender/arkiv', /^Past events$/],
    [`/kalender/${LECTURE_SLUG}`, /^\[DEMO\] Föreläsning/],
    [`/en/kalender/${LECTURE_SLUG}`, /^\[DEMO\] Föreläsning/],
    ['/kampanjer', /^Kampanjer$/],
    ['/en/kampanjer', /^Campaigns$/],
    [`/kampanjer/${CAMPAIGN_SLUG}`, /^\[DEMO\] Kampanj/],
    [`/en/kampanjer/${CAMPAIGN_SLUG}`, /^\[DEMO\] Kampanj/],
  ];
  for (const width of [360, 1280]) {
    for (const [path, heading] of pages) {
      test(`${path} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', path.startsWith('/en') ? 'en' : 'sv');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
        await expectNoAxeViolations(page);
      });
    }
  }
});

test.describe('the calendar', () => {
  test('lists the upcoming demo events soonest first, with kind, time, place and price', async ({ page }) => {
    await page.goto('/kalender');
    expect(await listedEvents(page)).toEqual(UPCOMING);
    await expect(page.getByText('3 evenemang', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: LECTURE })).toHaveAttribute('href', `/kalender/${LECTURE_SLUG}`);
    const lecture = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: LECTURE }) });
    await expect(lecture).toContainText('Föreläsning');
    await expect(lecture).toContainText(
      /(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag) \d{1,2} \p{L}+ \d{4}, kl\. \d\d\.\d\d–\d\d\.\d\d/u
    );
    await expect(lecture).toContainText('Exempellokal (påhittad), Karlskoga');
    await expect(lecture).toContainText('Gratis');
    await expect(page.getByRole('link', { name: PAST_MEETING })).toHaveCount(0);
  });

  test('the past demo meeting is in the archive, and only there', async ({ page }) => {
    await page.goto('/kalender/arkiv');
    await expect(page.getByRole('link', { name: PAST_MEETING })).toBeVisible();
    for (const title of UPCOMING) await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  });

  test('in English, untranslated events are listed in Swedish and marked so', async ({ page }) => {
    await page.goto('/en/kalender');
    expect(await listedEvents(page)).toEqual(UPCOMING);
    await expect(page.getByRole('link', { name: LECTURE })).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('link', { name: LECTURE })).toHaveAttribute('href', `/en/kalender/${LECTURE_SLUG}`);
    await expect(page.getByText('In Swedish').first()).toBeVisible();
  });

  test('the audience and month filters narrow the list', async ({ page }) => {
    // Only the training is for professionals.
    await page.goto('/kalender?malgrupp=yrkesverksamma');
    expect(await listedEvents(page)).toEqual([TRAINING]);
    await expect(page.getByLabel('För vem')).toHaveValue('yrkesverksamma');
    // The month select offers this month and the next eleven; the demo events fall in one or two of them.
    await page.goto('/kalender');
    const months = await page
      .getByLabel('Månad')
      .locator('option')
      .evaluateAll((options) =>
        options.map((option) => (option instanceof HTMLOptionElement ? option.value : '')).filter(Boolean)
      );
    expect(months).toHaveLength(12);
    let found = 0;
    for (const month of months.slice(0, 3)) {
      await page.goto(`/kalender?manad=${month}`);
      found += (await listedEvents(page)).length;
    }
    expect(found).toBe(UPCOMING.length);
  });

  test('unknown filter values are ignored, never an error', async ({ page }) => {
    const response = await page.goto('/kalender?typ=okand&malgrupp=%00&manad=2026-13&sida=-3');
    expect(response?.status()).toBe(200);
    expect(await listedEvents(page)).toEqual(UPCOMING);
    const beyond = await page.goto('/kalender?sida=999');
    expect(beyond?.status()).toBe(200);
    await expect(page.getByRole('link', { name: /första sidan/ })).toHaveAttribute('href', '/kalender');
  });

  test('links to its feeds from the head and the page', async ({ page }) => {
    await page.goto('/kalender');
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      '/kalender/rss.xml'
    );
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      '/kalender/atom.xml'
    );
    await expect(page.getByRole('link', { name: 'Alla evenemang (kalenderfil)' })).toHaveAttribute(
      'href',
      '/kalender.ics'
    );
    await expect(page.getByRole('link', { name: 'Föreläsningar (kalenderfil)' })).toHaveAttribute(
      'href',
      '/kalender/typ/forelasning.ics'
    );
    await page.goto('/kampanjer');
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      '/kampanjer/rss.xml'
    );
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the kind filter works as a plain GET form', async ({ page }) => {
    await page.goto('/kalender');
    await page.getByLabel('Typ av evenemang').selectOption('forelasning');
    await page.getByRole('button', { name: 'Visa evenemang' }).click();
    await expect(page).toHaveURL(/\/kalender\?typ=forelasning&malgrupp=&manad=$/);
    await expect(page.getByLabel('Typ av evenemang')).toHaveValue('forelasning');
    const titles = await listedEvents(page);
    expect(titles).toContain(LECTURE);
    expect(titles).not.toContain(TRAINING);
    expect(titles).not.toContain(ACTIVITY);
    // Every event listed is a lecture.
    const items = page.getByRole('region', { name: 'Evenemang' }).getByRole('listitem');
    await expect(items).toHaveCount(titles.length);
    for (const item of await items.all()) await expect(item).toContainText('Typ: Föreläsning');
    await page.getByRole('link', { name: 'Visa alla evenemang' }).click();
    expect(await listedEvents(page)).toEqual(UPCOMING);
  });
});

test.describe('an event page', () => {
  test('shows the facts, the description and a calendar file whose time matches the page', async ({
    page,
    request,
  }) => {
    await page.goto('/kalender');
    await page.getByRole('link', { name: LECTURE }).click();
    await expect(page).toHaveURL(new RegExp(`/kalender/${LECTURE_SLUG}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LECTURE);
    await expect(page.getByText('Föreläsning', { exact: true })).toBeVisible();
    await expect(page.getByText('Exempellokal (påhittad), Karlskoga')).toBeVisible();
    await expect(page.getByText('Stödportalen (exempel)')).toBeVisible();
    await expect(page.getByText('Unga, Vuxna, Närstående')).toBeVisible();
    await expect(page.getByText(/påhittat exempel som visar hur ett evenemang ser ut/)).toBeVisible();
    const icsLink = page.getByRole('link', { name: 'Lägg till i din kalender' });
    await expect(icsLink).toHaveAttribute('href', `/kalender/${LECTURE_SLUG}.ics`);

    const text = await getText(request, `/kalender/${LECTURE_SLUG}.ics`, 'text/calendar; charset=utf-8');
    const events = parseIcs(text);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event!.summary).toBe(LECTURE);
    expect(event!.uid).toMatch(/^[a-z0-9]+@127\.0\.0\.1$/);
    expect(event!.location).toBe('Exempellokal (påhittad), Karlskoga');
    expect(event!.description).toContain('påhittat exempel');
    const url = event!.component.getFirstPropertyValue('url');
    expect(String(url)).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/kalender/${LECTURE_SLUG}$`));
    expect(event!.component.getFirstPropertyValue('dtstamp')).toBeTruthy();

    const start = event!.startDate.toJSDate();
    const end = event!.endDate.toJSDate();
    const endClock = swedishDayAndTime(end).split('kl. ')[1];
    await expect(page.locator('dd time').first()).toHaveText(`${swedishDayAndTime(start)}–${endClock}`);

    // The UID is the same every time and in the feed: calendars update the event instead of adding it twice.
    const again = parseIcs(await getText(request, `/kalender/${LECTURE_SLUG}.ics`, 'text/calendar; charset=utf-8'));
    expect(again[0]!.uid).toBe(event!.uid);
    const feed = parseIcs(await getText(request, '/kalender.ics', 'text/calendar; charset=utf-8'));
    expect(feed.find((e) => e.summary === LECTURE)?.uid).toBe(event!.uid);
  });

  test('in English, an untranslated event is shown in Swedish with a notice', async ({ page }) => {
    await page.goto(`/en/kalender/${LECTURE_SLUG}`);
    await expect(page.getByRole('note')).toHaveText(
      'This page is not available in English yet. It is shown in Swedish.'
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('link', { name: 'Add to your calendar' })).toHaveAttribute(
      'href',
      `/en/kalender/${LECTURE_SLUG}.ics`
    );
    await expect(page.locator('dd time').first()).toHaveText(/^\p{L}+day \d{1,2} \p{L}+ \d{4}, \d\d:\d\d–\d\d:\d\d$/u);
  });

  test('an unknown slug is a 404, as page and as calendar file', async ({ page, request }) => {
    for (const path of [
      '/kalender/finns-inte-alls',
      '/en/kalender/finns-inte-alls',
      '/kampanjer/finns-inte-alls',
      '/en/kampanjer/finns-inte-alls',
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    for (const path of [
      '/kalender/finns-inte-alls.ics',
      '/kalender/typ/okand.ics',
      '/kalender/typ/forelasning',
      '/xx/kalender.ics',
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

test.describe('calendar feeds', () => {
  test('/kalender.ics has every upcoming demo event and not the past one; a kind feed only its kind', async ({
    request,
  }) => {
    const all = parseIcs(await getText(request, '/kalender.ics', 'text/calendar; charset=utf-8'));
    const summaries = all.map((event) => event.summary);
    for (const title of UPCOMING) expect(summaries).toContain(title);
    expect(summaries).not.toContain(PAST_MEETING);
    for (const event of all) expect(event.startDate.isDate).toBe(false);

    const lectures = parseIcs(await getText(request, '/kalender/typ/forelasning.ics', 'text/calendar; charset=utf-8'));
    expect(lectures.map((event) => event.summary)).toContain(LECTURE);
    expect(lectures.map((event) => event.summary)).not.toContain(TRAINING);

    const english = parseIcs(await getText(request, '/en/kalender.ics', 'text/calendar; charset=utf-8'));
    expect(english.map((event) => event.summary)).toEqual(expect.arrayContaining(UPCOMING));
  });

  /** Parses XML with the browser's own parser; null when it is not well-formed. */
  async function parseFeed(page: Page, xml: string, itemTag: 'item' | 'entry') {
    return page.evaluate(
      ([source, tag]) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        if (doc.getElementsByTagName('parsererror').length > 0) return null;
        const items = Array.from(doc.getElementsByTagName(tag));
        return {
          root: doc.documentElement.localName,
          namespace: doc.documentElement.namespaceURI,
          titles: items.map((item) => item.getElementsByTagName('title')[0]?.textContent ?? ''),
          links: items.map((item) => {
            const link = item.getElementsByTagName('link')[0];
            return link?.getAttribute('href') ?? link?.textContent ?? '';
          }),
        };
      },
      [xml, itemTag] as const
    );
  }

  test('RSS and Atom of the events and the campaigns parse as XML, with absolute links', async ({ page, request }) => {
    await page.goto('/kalender');
    const origin = new URL(page.url()).origin;
    const readFeed = async (path: string, contentType: string, itemTag: 'item' | 'entry') => parseFeed(page, await getText(request, path, contentType), itemTag);

    const rss = await readFeed('/kalender/rss.xml', 'application/rss+xml; charset=utf-8', 'item');
    expect(rss?.root).toBe('rss');
    expect(rss?.titles).toEqual(UPCOMING);
    expect(rss?.links).toContain(`${origin}/kalender/${LECTURE_SLUG}`);

    const atom = await readFeed('/kalender/atom.xml', 'application/atom+xml; charset=utf-8', 'entry');
    expect(atom?.root).toBe('feed');
    expect(atom?.namespace).toBe('http://www.w3.org/2005/Atom');
    expect(atom?.titles).toEqual(UPCOMING);
    for (const link of atom?.links ?? []) expect(link.startsWith(`${origin}/kalender/`)).toBe(true);

    const campaignsRss = await readFeed('/kampanjer/rss.xml', 'application/rss+xml; charset=utf-8', 'item');
    expect(campaignsRss?.titles).toContain(CAMPAIGN);
    expect(campaignsRss?.links).toContain(`${origin}/kampanjer/${CAMPAIGN_SLUG}`);

    const campaignsAtom = await readFeed('/en/kampanjer/atom.xml', 'application/atom+xml; charset=utf-8', 'entry');
    expect(campaignsAtom?.titles).toContain(CAMPAIGN);
    expect(campaignsAtom?.links).toContain(`${origin}/en/kampanjer/${CAMPAIGN_SLUG}`);
  });

  test('with the CMS down, the calendar and its feeds answer 503', async ({ page, request }) => {
    const base = `http://127.0.0.1:${ports.webWithoutCms}`;
    const response = await page.goto(`${base}/kalender`);
    expect(response?.status()).toBe(503);
    await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
    for (const path of ['/kalender.ics', '/kalender/rss.xml', '/kampanjer/atom.xml']) {
      expect((await request.get(`${base}${path}`)).status(), path).toBe(503);
    }
    // The home page stays up; only the campaign and the events are left out.
    expect((await page.goto(`${base}/`))?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Om du behöver hjälp' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Kommande evenemang' })).toHaveCount(0);
  });
});

test.describe('campaigns', () => {
  test('the list shows the current demo campaign under "Pågår nu" and its page links its events', async ({ page }) => {
    await page.goto('/kampanjer');
    const current = page.getByRole('region', { name: 'Pågår nu' });
    await expect(current.getByRole('link', { name: CAMPAIGN })).toBeVisible();
    await current.getByRole('link', { name: CAMPAIGN }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CAMPAIGN);
    await expect(page.getByText('Period')).toBeVisible();
    await expect(page.getByText(/påhittad exempelkampanj/)).toBeVisible();
    const events = page.getByRole('region', { name: 'Evenemang i kampanjen' });
    await expect(events.getByRole('link', { name: LECTURE })).toHaveAttribute('href', `/kalender/${LECTURE_SLUG}`);
  });
});

test.describe('the home page', () => {
  test('shows the current campaign, the next three events and real links for each audience', async ({ page }) => {
    await page.goto('/');
    const campaign = page.getByRole('region', { name: 'Kampanj just nu' });
    await expect(campaign).toContainText(CAMPAIGN);
    await expect(campaign.getByRole('link', { name: 'Läs om kampanjen' })).toHaveAttribute(
      'href',
      `/kampanjer/${CAMPAIGN_SLUG}`
    );
    const events = page.getByRole('region', { name: 'Kommande evenemang' });
    expect(await events.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(UPCOMING);
    await expect(events.getByRole('link', { name: 'Se hela kalendern' })).toHaveAttribute('href', '/kalender');
    for (const [name, href] of [
      ['Jag är ung', '/unga'],
      ['Jag är orolig för någon', '/stod?malgrupp=narstaende'],
      ['Jag arbetar med unga eller i kommunen', '/for-personal'],
      ['Samarbetspartner', '/kalender'],
    ] as const) {
      await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    }
    await expectNoAxeViolations(page);
  });

  test('in English too', async ({ page }) => {
    await page.goto('/en');
    await expect(page.getByRole('region', { name: 'Campaign right now' })).toContainText(CAMPAIGN);
    expect(
      await page.getByRole('region', { name: 'Upcoming events' }).getByRole('heading', { level: 3 }).allInnerTexts()
    ).toEqual(UPCOMING);
    await expect(page.getByRole('link', { name: 'I am young', exact: true })).toHaveAttribute('href', '/en/unga');
  });
});
