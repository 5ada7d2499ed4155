// The catalogue of associations: search in both alphabets, filters kept in the address (with and
// without JavaScript), a profile and its language switch, a sector's page, and their accessibility.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { association, associations, sectors } from './seed';

type SeededAssociation = (typeof associations)[number] & { sectors: string[]; problems: { ru: string[]; en: string[] } };
const seeded = associations as SeededAssociation[];

const furniture = association('furniture-designers-association') as SeededAssociation;
const photography = sectors.find((sector) => sector.slug === 'photography')!;
const photographers = seeded.filter((candidate) => candidate.sectors.includes('photography'));

const catalogueForm = (page: Page) => page.getByRole('search', { name: /Поиск по каталогу|Search the catalogue/ });
const resultsLine = (page: Page) => page.locator('#catalogue-results');
/** Waits until the form filters in place (hydrated), so that typing does not race a plain form submit. */
const filteringInPlace = (page: Page) => expect(page.locator('form[data-live="true"]')).toHaveCount(1);

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
}

test.describe('a visitor of the Russian catalogue', () => {
  test('searches in Cyrillic whatever the case, filters by sector, and the address keeps the filters', async ({ page }) => {
    await page.goto('/ru/associations');
    await expect(resultsLine(page)).toContainText(`В каталоге ${seeded.length}`);
    await filteringInPlace(page);

    const search = catalogueForm(page).getByLabel('Поиск', { exact: true });
    await search.fill('мебели');
    await search.press('Enter');
    await expect(page).toHaveURL(/\/ru\/associations\?q=%D0%BC%D0%B5%D0%B1%D0%B5%D0%BB%D0%B8$/);
    await expect(resultsLine(page)).toHaveText(/^Найден[оа] \d+ ассоциаци/);
    await expect(page.getByRole('link', { name: furniture.name.ru })).toBeVisible();
    const lowerCase = await resultsLine(page).innerText();

    await search.fill('МЕБЕЛЬ');
    await search.press('Enter');
    await expect(page).toHaveURL(/q=%D0%9C%D0%95%D0%91%D0%95%D0%9B%D0%AC/);
    await expect(page.getByRole('link', { name: furniture.name.ru })).toBeVisible();
    await expect(resultsLine(page)).toHaveText(lowerCase);

    // A sector applies as soon as it is chosen, together with what the search box holds.
    await search.fill('');
    await catalogueForm(page).getByLabel('Отрасль').selectOption(photography.slug);
    await expect(page).toHaveURL(/\/ru\/associations\?sector=photography$/);
    await expect(resultsLine(page)).toContainText(`Найдено ${photographers.length} ассоциаци`);
    for (const member of photographers) await expect(page.getByRole('link', { name: member.name.ru, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: furniture.name.ru })).toHaveCount(0);

    // The address is the state: a reload shows the same list, the back button the previous one.
    await page.reload();
    await expect(resultsLine(page)).toContainText(`Найдено ${photographers.length} ассоциаци`);
    await expect(catalogueForm(page).getByLabel('Отрасль')).toHaveValue(photography.slug);
    await page.goBack();
    await expect(page).toHaveURL(/q=%D0%9C%D0%95%D0%91%D0%95%D0%9B%D0%AC$/);
    await expect(page.getByRole('link', { name: furniture.name.ru })).toBeVisible();
    await expect(catalogueForm(page).getByLabel('Поиск', { exact: true })).toHaveValue('МЕБЕЛЬ');
  });

  test('pages through the catalogue twelve at a time, in place', async ({ page }) => {
    await page.goto('/ru/associations');
    await filteringInPlace(page);
    const names = page.locator('section[aria-labelledby="catalogue-results"] article h3');
    await expect(names).toHaveCount(12);
    const firstPage = await names.allInnerTexts();

    await page.getByRole('link', { name: 'Страница 2' }).click();
    await expect(page).toHaveURL(/\/ru\/associations\?page=2$/);
    await expect(names.first()).not.toHaveText(firstPage[0]);
    await expect(page.getByRole('link', { name: 'Страница 2' })).toHaveAttribute('aria-current', 'page');
  });

  test('opens a profile and switches to English, staying on the same association', async ({ page }) => {
    await page.goto('/ru/associations?q=мебели');
    await page.getByRole('link', { name: furniture.name.ru }).click();
    await expect(page).toHaveURL(new RegExp(`/ru/associations/${furniture.slug.ru}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(furniture.name.ru);
    await expect(page.getByRole('heading', { name: 'Проблемы' })).toBeVisible();
    await expect(page.locator('section[aria-labelledby="problems-title"] li')).toHaveCount(furniture.problems.ru.length);
    await expect(page.getByRole('link', { name: 'Показать на карте OpenStreetMap' })).toHaveAttribute('href', /openstreetmap\.org\/\?mlat=/);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
    expect(jsonLd).toMatchObject({ '@type': 'Organization', name: furniture.name.ru });

    await page.locator('a[hreflang="en"]').first().click();
    await expect(page).toHaveURL(new RegExp(`/en/associations/${furniture.slug.en}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(furniture.name.en);
    await expect(page.getByRole('heading', { name: 'Needs' })).toBeVisible();
  });

  test("a sector's page lists its associations", async ({ page }) => {
    await page.goto(`/ru/sectors/${photography.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(photography.name.ru);
    for (const member of photographers) await expect(page.getByRole('link', { name: member.name.ru, exact: true })).toBeVisible();
    await page.getByRole('link', { name: photographers[0].name.ru, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(photographers[0].name.ru);
    await expect(page.getByRole('link', { name: photography.name.ru })).toHaveAttribute('href', `/ru/sectors/${photography.slug}`);
  });

  test('an unknown association or sector answers 404', async ({ page }) => {
    expect((await page.goto('/ru/associations/no-such-association'))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/не найдена/i);
    expect((await page.goto('/en/associations/no-such-association'))?.status()).toBe(404);
    expect((await page.goto('/en/sectors/no-such-sector'))?.status()).toBe(404);
  });

  test('the list, a profile and a sector page have no accessibility violations', async ({ page }) => {
    await page.goto('/ru/associations');
    await expect(resultsLine(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/ru/associations?q=несуществующее');
    await expect(page.getByText('По этому запросу ассоциаций не нашлось.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/en/associations/${furniture.slug.en}`);
    await expectNoAxeViolations(page);
    await page.goto(`/ru/sectors/${photography.slug}`);
    await expectNoAxeViolations(page);
  });
});

test.describe('a visitor of the English catalogue', () => {
  test('searches in Latin letters, and is offered the Russian catalogue when a word is Russian', async ({ page }) => {
    await page.goto('/en/associations');
    await filteringInPlace(page);
    const search = catalogueForm(page).getByLabel('Search', { exact: true });
    await search.fill('FURNITURE designers');
    await search.press('Enter');
    await expect(page.getByRole('link', { name: furniture.name.en })).toBeVisible();
    await expect(resultsLine(page)).toContainText(/associations? found/);

    await search.fill('мебель');
    await search.press('Enter');
    await expect(page.getByText('No associations match this search.')).toBeVisible();
    await page.getByRole('link', { name: 'search for “мебель” in Russian' }).click();
    await expect(page).toHaveURL(/\/ru\/associations\?q=/);
    await expect(page.getByRole('link', { name: furniture.name.ru })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search form still works, with the filters in the address', async ({ page }) => {
    await page.goto('/ru/associations');
    await catalogueForm(page).getByLabel('Поиск', { exact: true }).fill('мебели');
    await catalogueForm(page).getByRole('button', { name: 'Найти' }).click();
    await expect(page).toHaveURL(/\/ru\/associations\?q=/);
    await expect(page.getByRole('link', { name: furniture.name.ru })).toBeVisible();

    await catalogueForm(page).getByLabel('Отрасль').selectOption(photography.slug);
    await catalogueForm(page).getByRole('button', { name: 'Найти' }).click();
    await expect(page).toHaveURL(/sector=photography/);
    await expect(page.getByText('По этому запросу ассоциаций не нашлось.')).toBeVisible();
    await expect(page.getByText('Попробуйте убрать часть фильтров')).toBeVisible();

    await page.getByRole('link', { name: 'Показать все ассоциации' }).click();
    await expect(resultsLine(page)).toContainText(`В каталоге ${seeded.length}`);
  });
});
