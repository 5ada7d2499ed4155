import { expect, test } from '@playwright/test';
import { association, pages, sectors, siteName } from './seed';

// One of the associations the home page features (see cms/src/seed/index.ts).
const furnitureDesigners = association('furniture-designers-association');

test.describe('a visitor', () => {
  test.use({ locale: 'ru-RU', extraHTTPHeaders: { 'Accept-Language': 'ru-RU,ru;q=0.9' } });

  test('opens the site, lands on the Russian home page and switches it to English', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/ru$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(siteName.ru);
    await expect(page.getByText(furnitureDesigners.name.ru).first()).toBeVisible();
    await expect(page.getByText(sectors[0].name.ru).first()).toBeVisible();

    await page.locator('a[hreflang="en"]').first().click();

    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(siteName.en);
    await expect(page.getByText(furnitureDesigners.name.en).first()).toBeVisible();
    await expect(page.getByText(sectors[0].name.en).first()).toBeVisible();
    await expect(page.getByText(furnitureDesigners.name.ru)).toHaveCount(0);
  });

  test('switching language on a page with different slugs stays on the same page', async ({ page }) => {
    const about = pages.find((candidate) => candidate.key === 'about')!;
    await page.goto(`/ru/${about.slug.ru}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(about.title.ru);

    await page.locator('a[hreflang="en"]').first().click();

    await expect(page).toHaveURL(new RegExp(`/en/${about.slug.en}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(about.title.en);
  });

  test('an unknown address answers 404 in the visitor language', async ({ page }) => {
    const response = await page.goto('/ru/no-such-page/anywhere');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/не найдена/i);

    const english = await page.goto('/en/no-such-page/anywhere');
    expect(english?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
  });
});

test('an English-speaking visitor opening / lands on the English site', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' } });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(siteName.en);
  await context.close();
});
