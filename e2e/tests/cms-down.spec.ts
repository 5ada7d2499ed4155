import { expect, test } from '@playwright/test';
import { association, siteName } from './seed';

// Run by `npm test` after the other journeys, once it has stopped the CMS (tagged @cms-down, see
// scripts/test.mjs): the portal keeps serving what it has cached and explains what it cannot show.
// Just before, while the CMS still runs, a visitor reads those pages (@cms-warm): the journeys'
// editors published changes that expired them, as editors do.
const furnitureDesigners = association('furniture-designers-association');
const cachedPages = [
  ['/ru', siteName.ru],
  ['/en', siteName.en],
  [`/ru/associations/${furnitureDesigners.slug.ru}`, furnitureDesigners.name.ru],
  [`/en/associations/${furnitureDesigners.slug.en}`, furnitureDesigners.name.en],
];

test('@cms-warm a visitor reads the pages while the CMS runs', async ({ page }) => {
  for (const [path, text] of cachedPages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(text);
  }
});

test('@cms-down pages already cached keep being served while the CMS is down', async ({ page }) => {
  for (const [path, text] of cachedPages) {
    const response = await page.goto(path);
    expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
    await expect(page.getByRole('heading', { level: 1 })).toContainText(text);
  }
});

test('@cms-down a page that was never cached shows a friendly error in the visitor language', async ({ page }) => {
  await page.goto(`/ru/search?q=${encodeURIComponent(`нет-в-кэше-${Date.now()}`)}`);
  await expect(page.getByRole('heading', { name: 'Что-то пошло не так' })).toBeVisible();
  await page.goto(`/en/search?q=not-cached-${Date.now()}`);
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
});
