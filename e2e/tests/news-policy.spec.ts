import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readPdf } from './pdf';
import { association } from './seed';

// The seeded news and policy papers (cms/src/seed/data). The seeder shifts every date by the same
// number of weeks, so their order (latest first) is the order of the data.
type Bilingual = { ru: string; en: string };
interface SeededNews {
  key: string;
  slug: Bilingual;
  title: Bilingual;
  date: string;
  sectors: string[];
  association?: string;
}
interface SeededPaper {
  key: string;
  slug: Bilingual;
  title: Bilingual;
  status: string;
  statusHistory: { status: string; date: string }[];
  endorsements: string[];
  originatingEvent: string;
}
const dataDir = path.resolve(__dirname, '../../cms/src/seed/data');
const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')) as T;
const news = read<SeededNews[]>('news.json');
const papers = read<SeededPaper[]>('policy-papers.json');
const events = read<{ key: string; slug: Bilingual }[]>('events.json');

const latestFirst = [...news].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
const pageSize = 12;
const paper = (key: string) => papers.find((candidate) => candidate.key === key)!;
const premises = paper('recommendations-premises');

/** The cards of the list below the filters, by their titles. */
const cardTitles = (page: Page) => page.locator('main section li article h3');

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
}

/** An RSS document as a feed reader sees it, parsed by the browser's XML parser. */
async function parseFeed(page: Page, xml: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const text = (element: Element, name: string) => element.querySelector(name)?.textContent ?? '';
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      version: doc.documentElement.getAttribute('version'),
      language: doc.querySelector('channel > language')?.textContent,
      items: [...doc.querySelectorAll('channel > item')].map((item) => ({
        title: text(item, 'title'),
        link: text(item, 'link'),
        guid: text(item, 'guid'),
        pubDate: text(item, 'pubDate'),
        description: text(item, 'description'),
      })),
    };
  }, xml);
}

test.describe('the news section', () => {
  test('lists the latest news first, in Russian and in English, a page at a time', async ({ page }) => {
    await page.goto('/ru/news');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Новости');
    await expect(page.getByRole('heading', { level: 2, name: `${news.length} новости` })).toBeVisible();
    await expect(cardTitles(page)).toHaveText(latestFirst.slice(0, pageSize).map((article) => article.title.ru));

    await page.goto('/en/news');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
    await expect(page.getByRole('heading', { level: 2, name: `${news.length} articles` })).toBeVisible();
    await expect(cardTitles(page)).toHaveText(latestFirst.slice(0, pageSize).map((article) => article.title.en));

    await page.getByRole('navigation', { name: 'Pages of the news' }).getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/\/en\/news\?page=2$/);
    await expect(cardTitles(page).first()).toHaveText(latestFirst[pageSize].title.en);
  });

  test('filters the news by sector and by association, keeping the filters in the URL', async ({ page }) => {
    const design = latestFirst.filter((article) => article.sectors.includes('design'));
    await page.goto('/en/news');
    await page.getByLabel('Sector').selectOption('design');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/\/en\/news\?sector=design&association=$/);
    await expect(page.getByLabel('Sector')).toHaveValue('design');
    await expect(cardTitles(page)).toHaveText(design.map((article) => article.title.en));

    // The filtered address can be shared: opened anew, it shows the same news.
    const ceramicists = association('ceramicists-guild');
    const fromCeramicists = latestFirst.filter((article) => article.association === 'ceramicists-guild');
    await page.goto(`/ru/news?association=${ceramicists.slug.ru}`);
    await expect(page.getByLabel('Объединение')).toHaveValue(ceramicists.slug.ru);
    await expect(cardTitles(page)).toHaveText(fromCeramicists.map((article) => article.title.ru));

    await page.goto(`/ru/news?sector=tv-radio&association=${ceramicists.slug.ru}`);
    await expect(cardTitles(page)).toHaveCount(0);
    await expect(page.getByText('По этим условиям новостей нет')).toBeVisible();
    await page.getByRole('link', { name: 'Сбросить фильтры' }).first().click();
    await expect(page).toHaveURL(/\/ru\/news$/);
    await expect(cardTitles(page)).toHaveCount(pageSize);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the list, its filters and its pages work, the news in the page itself', async ({ page }) => {
      await page.goto('/ru/news');
      await expect(cardTitles(page)).toHaveText(latestFirst.slice(0, pageSize).map((article) => article.title.ru));
      await page.getByLabel('Отрасль').selectOption('design');
      await page.getByRole('button', { name: 'Показать' }).click();
      await expect(page).toHaveURL(/\/ru\/news\?sector=design/);
      const design = latestFirst.filter((article) => article.sectors.includes('design'));
      await expect(cardTitles(page)).toHaveText(design.map((article) => article.title.ru));

      await page.goto('/ru/news?page=2');
      await expect(cardTitles(page)).toHaveText(latestFirst.slice(pageSize, 2 * pageSize).map((article) => article.title.ru));
    });
  });

  test('malformed filters and page numbers show the news instead of failing', async ({ page }) => {
    const response = await page.goto('/en/news?sector=..%2Fetc&page=abc');
    expect(response?.status()).toBe(200);
    await expect(cardTitles(page).first()).toHaveText(latestFirst[0].title.en);
  });

  test('an article shows its date, source, association and sectors, and the language switch stays on it', async ({ page }) => {
    const article = latestFirst.find((candidate) => candidate.association && candidate.sectors.length > 1)!;
    const author = association(article.association!);
    await page.goto(`/ru/news/${article.slug.ru}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title.ru);
    await expect(page.locator('main time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
    await expect(page.getByText('Новость объединения')).toBeVisible();
    await expect(page.getByRole('link', { name: author.name.ru })).toHaveAttribute('href', `/ru/associations/${author.slug.ru}`);
    await expect(page.locator(`main a[href="/ru/sectors/${article.sectors[0]}"]`)).toBeVisible();

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').last().textContent()) ?? '{}');
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: article.title.ru, inLanguage: 'ru', author: { name: author.name.ru } });

    await page.locator('a[hreflang="en"]').first().click();
    await expect(page).toHaveURL(new RegExp(`/en/news/${article.slug.en}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title.en);
  });

  test('a visitor opens an article from the list', async ({ page }) => {
    await page.goto('/en/news');
    await page.getByRole('link', { name: latestFirst[0].title.en }).click();
    await expect(page).toHaveURL(new RegExp(`/en/news/${latestFirst[0].slug.en}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(latestFirst[0].title.en);
  });

  test('the RSS feed of each language carries the first page of news in that language', async ({ page, request }) => {
    for (const locale of ['ru', 'en'] as const) {
      await page.goto(`/${locale}/news`);
      const feedLink = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
      await expect(feedLink).toHaveAttribute('href', new RegExp(`/${locale}/news/rss\\.xml$`));
      const cards = await cardTitles(page).allTextContents();

      const response = await request.get(`/${locale}/news/rss.xml`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
      const xml = await response.text();
      expect(xml).toContain('<rss version="2.0"');

      const feed = await parseFeed(page, xml);
      expect(feed.parseError).toBeNull();
      expect(feed).toMatchObject({ root: 'rss', version: '2.0', language: locale });
      expect(feed.items).toHaveLength(cards.length);
      expect(feed.items.map((item) => item.title)).toEqual(latestFirst.slice(0, pageSize).map((article) => article.title[locale]));
      expect(feed.items[0].link).toMatch(new RegExp(`/${locale}/news/${latestFirst[0].slug[locale]}$`));
      expect(feed.items[0].pubDate).toMatch(/GMT$/);
      expect(feed.items[0].description).not.toBe('');
      expect(new Set(feed.items.map((item) => item.guid)).size).toBe(feed.items.length);
    }

    // The same article keeps its guid from one request to the next.
    const again = await parseFeed(page, await (await request.get('/en/news/rss.xml')).text());
    const first = await parseFeed(page, await (await request.get('/en/news/rss.xml')).text());
    expect(again.items.map((item) => item.guid)).toEqual(first.items.map((item) => item.guid));
  });
});

test.describe('the policy papers section', () => {
  test('lists every paper with its status and endorsements, and filters them by status', async ({ page }) => {
    await page.goto('/en/policy');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Policy papers');
    await expect(cardTitles(page)).toHaveCount(papers.length);
    const premisesCard = page.locator('main section li article').filter({ hasText: premises.title.en });
    await expect(premisesCard.getByText('Adopted', { exact: true })).toBeVisible();
    await expect(premisesCard.getByText(`Endorsed by ${premises.endorsements.length} associations`)).toBeVisible();

    await page.getByLabel('Status').selectOption('adopted');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/\/en\/policy\?kind=&status=adopted$/);
    const adopted = papers.filter((candidate) => candidate.status === 'adopted');
    await expect(cardTitles(page)).toHaveCount(adopted.length);
    for (const candidate of adopted) await expect(page.getByRole('link', { name: candidate.title.en })).toBeVisible();

    await page.goto('/ru/policy?status=submitted');
    const submitted = papers.filter((candidate) => candidate.status === 'submitted');
    await expect(page.getByLabel('Статус')).toHaveValue('submitted');
    await expect(cardTitles(page)).toHaveCount(submitted.length);
    await expect(page.locator('main section li article').getByText('Направлен', { exact: true })).toHaveCount(submitted.length);

    // An unknown status is no filter at all.
    await page.goto('/ru/policy?status=approved-by-magic');
    await expect(cardTitles(page)).toHaveCount(papers.length);
  });

  test('a paper shows its endorsers, its status timeline and its origin, in both languages', async ({ page }) => {
    await page.goto('/ru/policy');
    await page.getByRole('link', { name: premises.title.ru }).click();
    await expect(page).toHaveURL(new RegExp(`/ru/policy/${premises.slug.ru}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(premises.title.ru);

    const endorsers = page.locator('section[aria-labelledby="paper-endorsers"]');
    await expect(endorsers.getByRole('heading', { name: 'Поддержавшие объединения' })).toBeVisible();
    await expect(endorsers.getByText(`Документ поддержали ${premises.endorsements.length} объединений`)).toBeVisible();
    await expect(endorsers.getByRole('listitem')).toHaveCount(premises.endorsements.length);
    const ceramicists = association('ceramicists-guild');
    await expect(endorsers.getByRole('link', { name: ceramicists.name.ru })).toHaveAttribute('href', `/ru/associations/${ceramicists.slug.ru}`);

    const timeline = page.locator('section[aria-labelledby="paper-timeline"] ol');
    await expect(timeline.locator('> li')).toHaveCount(premises.statusHistory.length);
    await expect(timeline.locator('> li')).toHaveText([/Проект/, /Направлен/, /Получен ответ/, /Принят/]);
    await expect(timeline.locator('> li').last()).toHaveAttribute('aria-current', 'step');

    const event = events.find((candidate) => candidate.key === premises.originatingEvent)!;
    await expect(page.locator(`main a[href="/ru/events/${event.slug.ru}"]`)).toBeVisible();

    await page.locator('a[hreflang="en"]').first().click();
    await expect(page).toHaveURL(new RegExp(`/en/policy/${premises.slug.en}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(premises.title.en);
    await expect(page.locator('section[aria-labelledby="paper-timeline"] ol > li')).toHaveText([
      /Draft/,
      /Submitted/,
      /Response received/,
      /Adopted/,
    ]);
    await expect(page.getByText(`${premises.endorsements.length} associations endorse this paper`)).toBeVisible();
  });

  test('a visitor downloads the paper as a PDF in the language they read it in', async ({ page }) => {
    const inventory = paper('report-inventory');
    for (const [language, linkName] of [['ru', /Скачать документ/], ['en', /Download the paper/]] as const) {
      await page.goto(`/${language}/policy/${inventory.slug[language]}`);
      const link = page.getByRole('link', { name: linkName });
      await expect(link).toContainText(/PDF, \d/);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(`${inventory.slug[language]}.pdf`);
      const file = await fs.promises.readFile(await download.path());
      expect(file.subarray(0, 5).toString()).toBe('%PDF-');

      const pdf = await readPdf(file);
      expect(pdf.title).toBe(inventory.title[language]);
      expect(pdf.text).toContain(inventory.title[language]);
      // The endorsing associations are named in the document, in its language.
      for (const key of inventory.endorsements) expect(pdf.text).toContain(association(key).name[language]);
    }
  });
});

test('an unknown article or paper answers 404 in the visitor language', async ({ page }) => {
  for (const [address, heading] of [
    ['/ru/news/net-takoy-novosti', /не найдена/i],
    ['/en/news/no-such-article', /not found/i],
    ['/en/policy/no-such-paper', /not found/i],
  ] as const) {
    const response = await page.goto(address);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  }
});

test.describe('accessibility', () => {
  const article = latestFirst[0];
  for (const [name, address] of [
    ['the news list', '/ru/news'],
    ['a filtered news list with no results', '/en/news?sector=tv-radio&association=no-such-association'],
    ['a news article', `/en/news/${article.slug.en}`],
    ['the policy papers list', '/en/policy'],
    ['a policy paper', `/ru/policy/${premises.slug.ru}`],
  ] as const) {
    test(`${name} has no axe violations`, async ({ page }) => {
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
