import { expect, test } from '@playwright/test';
import { ports } from '../playwright.config';
import { expectNoAxeViolations } from '../support/axe';

/** Every template of the CMS pages and the search, in Swedish and English. */
const templates: { name: string; path: string; heading: RegExp }[] = [
  { name: 'young people, list', path: '/unga', heading: /för dig som är ung/i },
  { name: 'young people, page', path: '/unga/vad-ar-prostitution', heading: /vad är prostitution/i },
  { name: 'young people, easy read', path: '/unga/det-ar-inte-okej?lattlast=1', heading: /inte är okej/i },
  { name: 'staff, list', path: '/for-personal', heading: /arbetar med människor/i },
  { name: 'staff, cooperation chain', path: '/for-personal/samverkan', heading: /samverkan vid misstanke/i },
  { name: 'staff, conversation guide', path: '/for-personal/samtalsstod', heading: /samtalsstöd/i },
  { name: 'about', path: '/om', heading: /om stödportalen/i },
  { name: 'privacy', path: '/integritet', heading: /integritet/i },
  { name: 'hide your visit', path: '/dolj-ditt-besok', heading: /dölj ditt besök/i },
  { name: 'accessibility statement', path: '/tillganglighet', heading: /tillgänglighetsredogörelse/i },
  { name: 'search, results', path: '/sok?q=m%C3%A4nniskohandel', heading: /sökresultat för ”människohandel”/i },
  { name: 'search, no results', path: '/sok?q=zxqvbnm', heading: /sökresultat för ”zxqvbnm”/i },
];

const english: Record<string, RegExp> = {
  '/unga': /for young people/i,
  '/unga/vad-ar-prostitution': /what is prostitution/i,
  '/for-personal': /work with people/i,
  '/for-personal/samverkan': /working together when prostitution or human trafficking is suspected/i,
  '/for-personal/samtalsstod': /conversation support/i,
  '/om': /about stödportalen/i,
  '/integritet': /privacy/i,
  '/dolj-ditt-besok': /hide your visit/i,
  '/tillganglighet': /accessibility statement/i,
  '/sok?q=m%C3%A4nniskohandel': /search results for “människohandel”/i,
  '/sok?q=zxqvbnm': /search results for “zxqvbnm”/i,
};

test.describe('CMS pages and search: every template, both languages, both widths, no axe violations', () => {
  for (const { name, path, heading } of templates) {
    for (const locale of ['sv', 'en'] as const) {
      for (const width of [360, 1280]) {
        const url = locale === 'sv' ? path : `/en${path}`;
        test(`${name} (${url}) at ${width} px`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          const response = await page.goto(url);
          expect(response?.status()).toBe(200);
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          // Pages without an English version keep their Swedish heading.
          const expected = locale === 'en' ? (english[path] ?? heading) : heading;
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected);
          // No horizontal scrolling at 360 px.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          await expectNoAxeViolations(page);
        });
      }
    }
  }
});

test.describe('privacy notice', () => {
  test('has every article 13 section, the stored tip fields, and says what is not yet published', async ({ page }) => {
    await page.goto('/integritet');
    const main = page.getByRole('main');
    // The CMS page's statement about cookies and third parties stays.
    await expect(main.getByText(/inga kakor/).first()).toBeVisible();
    for (const heading of [
      'Vem ansvarar för dina uppgifter?',
      'Dataskyddsombud',
      'När du besöker webbplatsen',
      'När du tipsar om ett evenemang',
      'När du rapporterar ett problem med tillgängligheten',
      'Hur länge vi sparar uppgifterna',
      'Vem som får uppgifterna',
      'Dina rättigheter',
      'Om du vill klaga',
    ]) {
      await expect(main.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await expect(main).toContainText('Vi tar bort din e-postadress 90 dagar efter att du skickade synpunkten.');
    await expectNoAxeViolations(page);
    await expect(main.getByText('Din e-postadress', { exact: true })).toBeVisible();
    await expect(main.getByText('En kommentar från den som granskade tipset')).toBeVisible();
    await expect(main.getByText('Uppgiften är inte publicerad än.').first()).toBeVisible();
    await expect(main.getByRole('link', { name: /Integritetsskyddsmyndigheten/ })).toHaveAttribute('href', 'https://www.imy.se');
    // The footer does not present the page as a cookie statement only.
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Integritet och personuppgifter' })).toBeVisible();
  });
});

test.describe('young people', () => {
  test('the list shows the acute numbers (in the band, once) and the pages in order', async ({ page }) => {
    await page.goto('/unga');
    const main = page.getByRole('main');
    for (const href of ['tel:112', 'tel:11414', 'tel:116111', 'tel:020505050']) {
      await expect(page.locator(`.acute-band a[href="${href}"]`)).toBeVisible();
      await expect(page.locator(`a[href="${href}"]`)).toHaveCount(1);
    }
    const cards = main.getByRole('heading', { level: 3 });
    await expect(cards).toHaveText([
      'Vad är prostitution?',
      'Vad är sugardejting?',
      'Hur vet jag att det inte är okej?',
      'Dina rättigheter',
      'Få hjälp',
    ]);
    await main.getByRole('link', { name: 'Få hjälp' }).click();
    await expect(page).toHaveURL(/\/unga\/fa-hjalp$/);
  });

  test('in English, pages without a translation are listed in Swedish, marked', async ({ page }) => {
    await page.goto('/en/unga');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'What is prostitution?' })).not.toHaveAttribute('lang', /.+/);
    const swedish = main.getByRole('link', { name: 'Hur vet jag att det inte är okej?' });
    await expect(swedish).toHaveAttribute('lang', 'sv');
    await expect(swedish).toHaveAttribute('href', '/en/unga/det-ar-inte-okej');
    await expect(main.getByText('In Swedish').first()).toBeVisible();
  });

  test('the easy-read version is a plain link there and back', async ({ page }) => {
    await page.goto('/unga/det-ar-inte-okej');
    // The standard view opens with the easy-read text (issue 17), then the full text.
    await expect(page.getByRole('region', { name: 'Kort och lättläst' }).getByText('Ingen får ge dig saker för att få sex.')).toBeVisible();
    await expect(page.getByText(/Många som har hamnat i prostitution/)).toBeVisible();
    await page.getByRole('link', { name: 'Lättläst', exact: true }).click();
    await expect(page).toHaveURL(/\/unga\/det-ar-inte-okej\?lattlast=1$/);
    await expect(page.getByText('Ingen får ge dig saker för att få sex.')).toBeVisible();
    await expect(page.getByText(/Många som har hamnat i prostitution/)).toHaveCount(0);
    await page.getByRole('link', { name: 'Vanlig text' }).click();
    await expect(page).toHaveURL(/\/unga\/det-ar-inte-okej$/);
    await expect(page.getByText(/Många som har hamnat i prostitution/)).toBeVisible();
  });

  test('an English page without a translation says so and marks its content as Swedish', async ({ page }) => {
    const response = await page.goto('/en/unga/det-ar-inte-okej');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('note')).toHaveText('This page is not available in English yet. It is shown in Swedish.');
    const article = page.getByRole('article');
    await expect(article).toHaveAttribute('lang', 'sv');
    await expect(article.getByRole('heading', { level: 1 })).toHaveText('Hur vet jag att det inte är okej?');
    // The page's own controls stay in English.
    await expect(page.getByRole('link', { name: 'Easy read', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'All pages for young people' })).toBeVisible();
  });

  test('a translated page has no notice; its easy-read text comes in Swedish, with a notice', async ({ page }) => {
    await page.goto('/en/unga/vad-ar-prostitution');
    await expect(page.getByRole('note')).toHaveCount(0);
    await expect(page.getByRole('article')).not.toHaveAttribute('lang', /.+/);
    await page.getByRole('link', { name: 'Easy read (in Swedish)' }).click();
    await expect(page.getByRole('note')).toHaveText(/easy-read version is not available in English/);
    const swedishText = page.getByText('Prostitution är när någon får betalt för sex.');
    await expect(swedishText).toBeVisible();
    await expect(page.locator('[lang="sv"]', { has: swedishText })).toHaveCount(1);
  });

  test('your rights: an adult who works with children must tell social services, and where to talk anonymously (sv, easy read, en)', async ({ page }) => {
    await page.goto('/unga/dina-rattigheter');
    const article = page.getByRole('article');
    await expect(article.getByRole('heading', { name: 'Om du berättar för en vuxen' })).toBeVisible();
    await expect(article).toContainText('måste berätta för socialtjänsten');
    await expect(article).toContainText('Den vuxna kan inte lova att hålla det hemligt.');
    await expect(article).toContainText('Du är inte i trubbel för att du berättar.');
    await expect(article).not.toContainText('Du bestämmer själv om uppgifter om dig får delas');
    await expect(article.getByRole('link', { name: 'bris.se' })).toHaveAttribute('href', 'https://www.bris.se');
    await expect(article.getByRole('link', { name: 'umo.se' })).toHaveAttribute('href', 'https://umo.se');

    await page.getByRole('link', { name: 'Lättläst', exact: true }).click();
    // Many, not all: volunteers, for example, have no duty to report.
    await expect(page.getByText(/Många vuxna som jobbar med barn måste säga till socialtjänsten om ett barn inte har det bra/)).toBeVisible();
    await expect(page.getByText(/får vuxna berätta för varandra/)).toHaveCount(0);

    const english = await page.goto('/en/unga/dina-rattigheter');
    expect(english?.status()).toBe(200);
    await expect(page.getByRole('note')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your rights');
    await expect(page.getByRole('article')).toContainText('must tell social services');
    await expect(page.getByRole('article')).toContainText('Kvinnofridslinjen is for women');
  });

  test('get help and the staff pages are in English too', async ({ page }) => {
    for (const [path, heading, text] of [
      ['/en/unga/fa-hjalp', 'Get help', 'Call Bris on 116 111'],
      ['/en/for-personal/samverkan', 'Working together when prostitution or human trafficking is suspected', 'chapter 10, sections 23–24'],
      ['/en/for-personal/samtalsstod', 'Conversation support', 'Do not promise to keep it secret.'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('note').filter({ hasText: 'not available in English' })).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('article')).toContainText(text);
    }
  });

  test('get help names a line for everyone under 18, and says Kvinnofridslinjen is for women', async ({ page }) => {
    await page.goto('/unga/fa-hjalp');
    const article = page.getByRole('article');
    await expect(article).toContainText('Bris på 116 111');
    await expect(article).toContainText('killar som tjejer');
    await expect(article).toContainText('är till för kvinnor som har utsatts för våld');
  });

  test('unknown slugs and pages of another area answer 404', async ({ page }) => {
    for (const path of ['/unga/finns-inte', '/en/unga/finns-inte', '/unga/samverkan', '/unga/Vad-Ar', '/for-personal/finns-inte', '/for-personal/fa-hjalp']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/finns inte/i);
  });

  test('with the CMS down, the young people page answers 503 and still shows the acute numbers', async ({ page }) => {
    const response = await page.goto(`http://127.0.0.1:${ports.webWithoutCms}/unga`);
    expect(response?.status()).toBe(503);
    await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
  });
});

test.describe('for staff', () => {
  test('the start page links to the plan and the staff pages', async ({ page }) => {
    await page.goto('/for-personal');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Läs handlingsplanen' })).toHaveAttribute('href', '/handlingsplan');
    await expect(main.getByRole('link', { name: /^Samverkan vid misstanke/ })).toHaveAttribute('href', '/for-personal/samverkan');
    await expect(main.getByRole('link', { name: 'Samtalsstöd' })).toHaveAttribute('href', '/for-personal/samtalsstod');
  });

  test('the cooperation chain is an ordered list of four steps, each with its heading', async ({ page }) => {
    await page.goto('/for-personal/samverkan');
    const steps = page.getByRole('article').getByRole('list').filter({ has: page.getByRole('heading', { name: '1. Socialtjänsten' }) });
    await expect(steps).toHaveCount(1);
    expect(await steps.evaluate((element) => element.tagName)).toBe('OL');
    const items = steps.getByRole('listitem');
    await expect(items).toHaveCount(4);
    await expect(steps.getByRole('heading', { level: 2 })).toHaveText([
      '1. Socialtjänsten',
      '2. Regionkoordinatorn',
      '3. Den nationella samordnaren',
      '4. Polisen',
    ]);
  });

  test('the conversation guide has a print hint and prints without menu, search or quick exit', async ({ page }) => {
    await page.goto('/for-personal/samtalsstod');
    await expect(page.getByText('Skriv ut sidan med webbläsarens utskriftsfunktion', { exact: false })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('a[data-quick-exit]')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByText('Skriv ut sidan med webbläsarens utskriftsfunktion', { exact: false })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Under samtalet' })).toBeVisible();
    const styles = await page.getByRole('heading', { level: 1 }).evaluate((element) => {
      const main = element.closest('main');
      return { color: getComputedStyle(element).color, mainWidth: main?.getBoundingClientRect().width, viewport: window.innerWidth };
    });
    expect(styles.color).toBe('rgb(0, 0, 0)');
    expect(styles.mainWidth).toBeGreaterThan(styles.viewport * 0.9);
    const linkAfter = await page
      .getByRole('link', { name: 'Alla sidor för personal', includeHidden: true })
      .evaluate((element) => getComputedStyle(element.closest('p') ?? element).display);
    expect(linkAfter).toBe('none');
  });
});

test.describe('about and legal pages', () => {
  test('the accessibility statement follows DIGG\'s model and links to Digg', async ({ page }) => {
    await page.goto('/tillganglighet');
    for (const name of ['Hur tillgänglig är webbplatsen?', 'Rapportera brister i webbplatsens tillgänglighet', 'Tillsyn', 'Innehåll som inte omfattas av lagen', 'Hur vi testat webbplatsen']) {
      await expect(page.getByRole('heading', { name })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'anmäla brister i tillgängligheten till Digg' })).toHaveAttribute('href', 'https://www.digg.se/tdosanmalan');
    await page.goto('/en/tillganglighet');
    await expect(page.getByRole('link', { name: 'report accessibility problems to Digg' })).toHaveAttribute('href', 'https://www.digg.se/tdosanmalan');
  });

  test('the accessibility feedback form works without JavaScript: errors in a summary, the text kept, then a receipt', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/tillganglighet');
    await page.getByLabel('Din e-postadress').fill('inte-en-adress');
    await page.getByLabel('Vilken sida gäller det?').fill('/kalender');
    await page.getByRole('button', { name: 'Skicka' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Något behöver rättas' });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Beskriv problemet' })).toHaveAttribute('href', '#description');
    await expect(page.getByLabel('Din e-postadress')).toHaveValue('inte-en-adress');
    await expect(page.getByLabel('Vilken sida gäller det?')).toHaveValue('/kalender');
    const text = `Fokusmarkeringen syns inte i sökrutan (webbläsartest ${Date.now()})`;
    await page.getByLabel('Vad fungerar inte?').fill(text);
    await page.getByLabel('Din e-postadress').fill('');
    await page.getByRole('button', { name: 'Skicka' }).click();
    await expect(page).toHaveURL(/\/tillganglighet\?skickad=utan-svar#rapportera$/);
    await expect(page.getByRole('status')).toContainText('Tack! Vi har tagit emot din synpunkt.');
    await expect(page.getByRole('status')).toContainText('Du lämnade ingen e-postadress');
    await context.close();
  });

  test('the feedback form with errors has no axe violations (axe needs JavaScript; the page has no other)', async ({ page }) => {
    await page.goto('/en/tillganglighet');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Describe the problem' })).toHaveAttribute('href', '#description');
    await expectNoAxeViolations(page);
  });

  test('Dölj ditt besök: phones first, and an easy-read version', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/dolj-ditt-besok');
    await expect(page.getByRole('heading', { name: 'På mobilen' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('samtalslistan');
    await expect(page.getByRole('main')).not.toContainText('som ingen annan kan komma åt');
    await page.getByRole('link', { name: 'Lättläst' }).click();
    await expect(page).toHaveURL(/lattlast=1/);
    await expect(page.getByRole('main')).toContainText('Stäng fliken när du är klar.');
    await expectNoAxeViolations(page);
  });

  test('Hide your visit: the English page has an easy-read version in English', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/en/dolj-ditt-besok');
    await expect(page.getByRole('link', { name: 'Easy read (in Swedish)' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Easy read', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/dolj-ditt-besok\?lattlast=1/);
    const main = page.getByRole('main');
    await expect(main).toContainText('Close the tab when you are done.');
    await expect(main).not.toContainText('Stäng fliken');
    await expect(main.locator('[lang="sv"]')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('the footer reaches each of them', async ({ page }) => {
    await page.goto('/');
    const footer = page.getByRole('contentinfo');
    await footer.getByRole('link', { name: 'Dölj ditt besök' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dölj ditt besök');
    await footer.getByRole('link', { name: 'Om Stödportalen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Om Stödportalen');
  });
});

test.describe('search', () => {
  test('upper case finds the term and the plan sections (å/ä/ö too), in one ranked list with type labels', async ({ page }) => {
    const response = await page.goto('/sok?q=M%C3%84NNISKOHANDEL');
    expect(response?.status()).toBe(200);
    const results = page.getByRole('region', { name: /^Vi hittade \d+ träffar/ });
    const term = results.getByRole('link', { name: 'Människohandel', exact: true });
    await expect(term).toHaveAttribute('href', '/begrepp#manniskohandel');
    await expect(term.locator('mark')).toHaveText('Människohandel');
    // The term is the first hit, labelled with its type.
    await expect(results.getByRole('listitem').first()).toContainText('Begrepp');
    await expect(results.getByRole('link', { name: 'Definition och viktiga begrepp' })).toHaveAttribute(
      'href',
      '/handlingsplan#definition-och-viktiga-begrepp',
    );
    expect(await results.getByRole('listitem').filter({ hasText: 'Handlingsplanen' }).count()).toBeGreaterThan(1);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  test('words typed without å/ä/ö, misspelt or in young people\'s own words find the right page', async ({ page }) => {
    for (const [query, href] of [
      ['manniskohandel', '/begrepp#manniskohandel'],
      ['prostution', '/unga/vad-ar-prostitution'],
      ['sälja sex', '/unga/vad-ar-prostitution'],
      ['sugar daddy', '/unga/vad-ar-sugardejting'],
    ] as const) {
      await page.goto(`/sok?q=${encodeURIComponent(query)}`);
      const first = page.getByRole('region', { name: /^Vi hittade/ }).getByRole('listitem').first();
      await expect(first.getByRole('link')).toHaveAttribute('href', href);
    }
  });

  test('lower-case å/ä/ö finds "Det övergripande målet" in the plan', async ({ page }) => {
    await page.goto('/sok?q=%C3%96VERGRIPANDE');
    const results = page.getByRole('region', { name: /^Vi hittade/ });
    const hit = results.getByRole('listitem').filter({ hasText: 'Det övergripande målet' });
    await expect(hit).toHaveCount(1);
    await expect(hit.locator('mark').first()).toHaveText(/^övergripande$/i);
    await hit.getByRole('link').click();
    await expect(page).toHaveURL(/\/handlingsplan#[a-z0-9-]+$/);
  });

  test('English search finds Swedish content, marked as Swedish, and English pages', async ({ page }) => {
    await page.goto('/en/sok?q=prostitution');
    const results = page.getByRole('region', { name: /^We found/ });
    await expect(results.getByRole('link', { name: /What is prostitution/ })).toHaveAttribute('href', '/en/unga/vad-ar-prostitution');
    const plan = results.getByRole('listitem').filter({ hasText: 'The action plan' }).first();
    await expect(plan.getByRole('link')).toHaveAttribute('href', /^\/en\/handlingsplan#/);
    await expect(plan.getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'sv');
  });

  test('"hjälp" puts the page on getting help first, pinned by a communicator', async ({ page }) => {
    await page.goto('/sok?q=hj%C3%A4lp');
    const first = page.getByRole('region', { name: /^Vi hittade/ }).getByRole('listitem').first();
    await expect(first.getByRole('link')).toHaveAttribute('href', '/unga/fa-hjalp');
    await expect(first).toContainText('Rekommenderas');
  });

  test('no results: a helpful message, the acute numbers and ways on', async ({ page }) => {
    await page.goto('/sok?q=zxqvbnm');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { name: 'Vi hittade inget om ”zxqvbnm”' })).toBeVisible();
    // The numbers are in the band above (once per page), whom each is for in the help aside.
    await expect(page.locator('.acute-band a[href="tel:112"]')).toBeVisible();
    await expect(page.locator('a[href="tel:112"]')).toHaveCount(1);
    await expect(main.getByRole('link', { name: /Få stöd/ })).toHaveAttribute('href', '/stod');
    await expect(main.getByRole('link', { name: 'För dig som är ung' })).toHaveAttribute('href', '/unga');
  });

  test('no results with a typo: "Menade du …" leads to a search that finds something', async ({ page }) => {
    await page.goto('/sok?q=sugardejtingxx%20hjalpqq');
    await page.getByText('Menade du').getByRole('link').first().click();
    await expect(page.getByRole('region', { name: /^Vi hittade/ }).getByRole('listitem').first()).toBeVisible();
  });

  test('an empty query shows just the form; a long one is cut to 100 characters', async ({ page }) => {
    await page.goto('/sok');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sök');
    await expect(page.getByRole('searchbox', { name: 'Vad vill du söka efter?' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(2); // only the acute band's and the help aside's
    await page.goto(`/sok?q=${'a'.repeat(150)}`);
    await expect(page.getByText('Sökordet var för långt')).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Vad vill du söka efter?' })).toHaveValue('a'.repeat(100));
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the header search form reaches the results', async ({ page }) => {
      await page.goto('/unga');
      const form = page.getByRole('search');
      await form.getByRole('searchbox', { name: 'Sök på webbplatsen' }).fill('sugardejting');
      await form.getByRole('button', { name: 'Sök' }).click();
      await expect(page).toHaveURL(/\/sok\?q=sugardejting$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sökresultat för ”sugardejting”');
      await expect(page.getByRole('link', { name: /Vad är sugardejting/ }).first()).toHaveAttribute('href', '/unga/vad-ar-sugardejting');
    });

    test('the easy-read link works', async ({ page }) => {
      await page.goto('/unga/fa-hjalp');
      await page.getByRole('link', { name: 'Lättläst', exact: true }).click();
      await expect(page.getByText('Är du i fara nu? Ring 112.')).toBeVisible();
    });
  });
});

test.describe('sitemap and robots', () => {
  test('sitemap.xml is valid XML with absolute addresses in both languages', async ({ request, page }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/xml/);
    expect(response.headers()['cache-control']).toMatch(/max-age=\d+/);
    expect(response.headers()['cache-control']).not.toMatch(/immutable/);
    const xml = await response.text();
    await page.goto('/');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://www.sitemaps.org/schemas/sitemap/0.9';
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        locs: Array.from(doc.getElementsByTagNameNS(ns, 'loc'), (element) => element.textContent ?? ''),
        lastmods: doc.getElementsByTagNameNS(ns, 'lastmod').length,
        lastmodOf: Object.fromEntries(
          Array.from(doc.getElementsByTagNameNS(ns, 'url'), (url) => [
            url.getElementsByTagNameNS(ns, 'loc')[0]?.textContent ?? '',
            url.getElementsByTagNameNS(ns, 'lastmod')[0]?.textContent ?? null,
          ]),
        ),
        hreflangs: Array.from(doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link'), (link) => link.getAttribute('href') ?? ''),
      };
    }, xml);
    expect(parsed.error).toBe(0);
    expect(parsed.root).toBe('urlset');
    const origin = `http://127.0.0.1:${ports.web}`;
    for (const loc of parsed.locs) expect(loc.startsWith(`${origin}/`)).toBe(true);
    for (const path of ['/', '/handlingsplan', '/unga/fa-hjalp', '/en/unga/fa-hjalp', '/unga/det-ar-inte-okej', '/for-personal/samverkan', '/tillganglighet', '/en/om']) {
      expect(parsed.locs, path).toContain(`${origin}${path === '/' ? '/' : path}`);
    }
    expect(parsed.locs).not.toContain(`${origin}/sok`);
    expect(parsed.lastmods).toBeGreaterThan(10);
    // Pages with no English text (the plan, a page written only in Swedish) show Swedish under /en
    // and point to the Swedish page: neither listed nor named as an English alternate.
    for (const path of ['/en/handlingsplan', '/en/unga/det-ar-inte-okej']) {
      expect(parsed.locs, path).not.toContain(`${origin}${path}`);
      expect(parsed.hreflangs, path).not.toContain(`${origin}${path}`);
    }
    // Every listing page has a lastmod, in both languages.
    for (const path of ['/', '/unga', '/for-personal', '/stod', '/kalender', '/kampanjer', '/begrepp', '/handlingsplan/uppfoljning']) {
      for (const url of [`${origin}${path}`, `${origin}/en${path === '/' ? '' : path}`]) {
        expect(parsed.lastmodOf[url], url).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      }
    }
  });

  test('robots.txt allows everything and names the sitemap', async ({ request }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Allow: \/$/m);
    expect(text).toContain(`Sitemap: http://127.0.0.1:${ports.web}/sitemap.xml`);
  });
});
