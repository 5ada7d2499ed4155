import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Request } from '@playwright/test';
import { associations } from './seed';

// Site-wide: real 404s (answered by the proxy before any page renders), the site search, the
// sitemap and robots.txt, the web fonts.
const seededAssociation = associations[0];
const notFoundHeading = { ru: 'Страница не найдена', en: 'Page not found' };
/** A slug no one has asked for yet, so the request is the first one for that address. */
const neverSeen = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

test.describe('an unknown address', () => {
  test('answers 404 on its first request, with the localized page in the HTML itself', async ({ request }) => {
    for (const path of [`/ru/${neverSeen('unknown-page')}`, `/ru/associations/${neverSeen('unknown-slug')}`]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      const html = await response.text();
      expect(html).toContain('<html lang="ru"');
      expect(html).toMatch(new RegExp(`<h1[^>]*>${notFoundHeading.ru}</h1>`));
    }
  });

  test('shows the not-found page without JavaScript, in English under /en', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const russian = await page.goto(`/ru/associations/${neverSeen('unknown-slug')}`);
    expect(russian?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(notFoundHeading.ru);
    const english = await page.goto('/en/whatever/deep/path');
    expect(english?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(notFoundHeading.en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('a published item and an unknown event calendar file are told apart', async ({ request }) => {
    expect((await request.get(`/ru/associations/${seededAssociation.slug.ru}`)).status()).toBe(200);
    expect((await request.get(`/en/associations/${seededAssociation.slug.en}`)).status()).toBe(200);
    expect((await request.get(`/en/events/${neverSeen('no-event')}/event.ics`)).status()).toBe(404);
  });

  test('the 404 page has no accessibility violations', async ({ page }) => {
    await page.goto(`/ru/${neverSeen('unknown-page')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(notFoundHeading.ru);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});

test.describe('the site search', () => {
  test('a Cyrillic word from the header finds associations, events, news and papers', async ({ page }) => {
    await page.goto('/ru');
    const search = page.getByRole('search', { name: 'Поиск по сайту' }).first();
    await search.getByRole('searchbox').fill('ДИЗАЙН');
    await search.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/ru\/search\?q=%D0%94%D0%98%D0%97%D0%90%D0%99%D0%9D$/);
    await expect(page.getByRole('status')).toContainText('По запросу «ДИЗАЙН» найдено');
    const groups = page.getByRole('heading', { level: 2 });
    await expect(groups.filter({ hasText: 'Ассоциации' })).toBeVisible();
    await expect(groups.filter({ hasText: 'События' })).toBeVisible();
    await expect(groups.filter({ hasText: 'Новости' })).toBeVisible();
    const firstAssociation = page.locator('section[aria-labelledby="results-associations"] li a').first();
    await firstAssociation.click();
    await expect(page).toHaveURL(/\/ru\/associations\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('a Latin word finds results of several types in English, and its page has no accessibility violations', async ({ page }) => {
    const response = await page.goto('/en/search?q=design');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('status')).toContainText(/\d+ results for “design”/);
    const found = page.locator('main section[aria-labelledby^="results-"]');
    expect(await found.count()).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('design');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('an empty query gives a hint and a query with no match says so', async ({ page }) => {
    await page.goto('/ru/search');
    await expect(page.getByText('Введите одно или несколько слов')).toBeVisible();
    await page.goto('/en/search?q=qqxxzzqq');
    await expect(page.getByRole('status')).toHaveText(/Nothing found for “qqxxzzqq”/);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});

test.describe('for search engines', () => {
  test('the sitemap index leads to both languages of an association, in one sitemap, each naming the other', async ({ request }) => {
    const index = await request.get('/sitemap.xml');
    expect(index.status()).toBe(200);
    const indexXml = await index.text();
    expect(indexXml).toContain('<sitemapindex');
    // The index names its sitemaps by the public origin (SITE_URL); they are read from the server under test.
    const sitemapPaths = [...indexXml.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((match) => new URL(match[1]).pathname);
    expect(sitemapPaths).toContain('/sitemaps/sitemap/sections.xml');
    expect(sitemapPaths).toContain('/sitemaps/sitemap/associations-0.xml');
    const sitemaps = await Promise.all(
      sitemapPaths.map(async (path) => {
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        return response.text();
      }),
    );
    const ru = new RegExp(`<loc>[^<]*/ru/associations/${seededAssociation.slug.ru}</loc>`);
    const en = new RegExp(`<loc>[^<]*/en/associations/${seededAssociation.slug.en}</loc>`);
    const withAssociation = sitemaps.filter((xml) => ru.test(xml));
    expect(withAssociation).toHaveLength(1);
    expect(withAssociation[0]).toMatch(en);
    expect(withAssociation[0]).toMatch(new RegExp(`hreflang="en" href="[^"]*/en/associations/${seededAssociation.slug.en}"`));
    expect(sitemaps.some((xml) => /<loc>[^<]*\/en\/news<\/loc>/.test(xml))).toBe(true);
  });

  test('robots.txt allows the site and points to the sitemap', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toMatch(/Allow: \//);
    expect(text).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
  });

  test('the home page describes the Forum for search engines and link previews', async ({ page }) => {
    await page.goto('/en');
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(jsonLd.map((text) => JSON.parse(text)['@type'])).toContain('Organization');
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/en$/);
  });
});

test.describe('the web fonts', () => {
  test('a page paints in the fallbacks first, then asks for the fonts of its language, each once', async ({ browser, baseURL }) => {
    for (const locale of ['ru', 'en']) {
      // A first visit: a browser that has shown the site's fonts before may fetch them early from its cache.
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      const fetched: string[] = [];
      const onRequest = (request: Request) => {
        if (request.resourceType() === 'font') fetched.push(new URL(request.url()).pathname.replace(/^.*\//, ''));
      };
      page.on('request', onRequest);
      await page.goto(`/${locale}`);
      await expect(page.locator('html')).toHaveClass(/\bweb-fonts\b/);
      await page.evaluate(() => document.fonts.ready);
      page.off('request', onRequest);

      // No font was asked for before the first contentful paint.
      const timing = await page.evaluate(() => ({
        painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        fontsAsked: performance
          .getEntriesByType('resource')
          .filter((entry) => /\.woff2$/.test(entry.name))
          .map((entry) => entry.startTime),
      }));
      expect(timing.painted).toBeGreaterThan(0);
      expect(timing.fontsAsked.length).toBeGreaterThan(0);
      for (const asked of timing.fontsAsked) expect(asked).toBeGreaterThan(timing.painted!);

      // Latin carries the digits and spaces of either language, Cyrillic the Russian letters.
      const expected = ['inter-latin-wght-normal', 'pt-serif-latin-700-normal', ...(locale === 'ru' ? ['inter-cyrillic-wght-normal', 'pt-serif-cyrillic-700-normal'] : [])];
      for (const file of expected) expect(fetched.some((name) => name.startsWith(`${file}.`))).toBe(true);
      expect([...new Set(fetched)].sort()).toEqual([...fetched].sort());

      // And the text is set in them: Inter for the text, PT Serif for the headings.
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Inter Variable/);
      expect(await page.locator('h1, h2').first().evaluate((heading) => getComputedStyle(heading).fontFamily)).toMatch(/^"?PT Serif"?,/);
      const sample = locale === 'ru' ? 'Форум 2026' : 'Forum 2026';
      expect(await page.evaluate((text) => document.fonts.check('16px "Inter Variable"', text), sample)).toBe(true);
      await context.close();
    }
  });
});
