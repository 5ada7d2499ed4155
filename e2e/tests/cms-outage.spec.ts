import { expect, test } from '@playwright/test';
import { adminUnavailable } from './admin';
import { shortDescriptionEditor } from './association-edits';
import { association, siteName } from './seed';

// Run by `npm test` after the other journeys (see scripts/test.mjs). Just before the CMS stops, a
// visitor reads some pages (@cms-warm): the journeys' editors published changes that expired them,
// as editors do. With the CMS stopped (@cms-down), the portal keeps serving what it has cached and
// explains what it cannot show. Once the CMS is started again (@cms-back), the portal recovers by
// itself: no restart of the portal.
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

/** Searches no visitor made before the outage: pages the portal has never cached. */
const uncachedSearches = [
  ['/ru/search?q=нет-в-кэше', 'Что-то пошло не так'],
  ['/en/search?q=not-cached', 'Something went wrong'],
];

test('@cms-down a page that was never cached shows a friendly error in the visitor language', async ({ page }) => {
  for (const [path, error] of uncachedSearches) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: error })).toBeVisible();
  }
});

test('@cms-back once the CMS is back, the pages that failed are shown, without restarting the portal', async ({ page }) => {
  for (const [path, error] of uncachedSearches) {
    const response = await page.goto(path);
    expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
    await expect(page.locator('main').getByRole('searchbox')).toBeVisible();
    await expect(page.getByRole('heading', { name: error })).toHaveCount(0);
  }
});

test('@cms-back once the CMS is back, an editor\'s change reaches the portal again', async ({ page, request }) => {
  test.skip(Boolean(adminUnavailable), adminUnavailable ?? '');
  const editor = await shortDescriptionEditor(request, 'union-of-young-architects');
  const original = editor.current;
  const changed = `${original} (Written after the CMS came back.)`;
  await editor.publish(changed);
  try {
    await expect.poll(async () => {
      await page.goto(editor.path);
      return page.locator('main').innerText();
    }, { timeout: 30_000 }).toContain('Written after the CMS came back.');
  } finally {
    await editor.publish(original);
  }
});
