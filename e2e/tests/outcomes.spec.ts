// Outcomes for donors: every figure counted from the content equals what the CMS's public API counts
// for the same rule (asked here independently), in both languages, and moves when an editor publishes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { adminApi, adminUnavailable, cmsUrl } from './admin';

interface Indicator {
  key: string;
  rule: string;
  manualActual: number | null;
  periodStart: string | null;
  periodEnd: string | null;
}

async function total(request: APIRequestContext, collection: string, locale: string, filters: string): Promise<number> {
  const response = await request.get(`${cmsUrl}/api/${collection}?locale=${locale}&pagination[pageSize]=1${filters}`);
  expect(response.ok(), `${collection}${filters}`).toBe(true);
  return (await response.json()).meta.pagination.total;
}

/** What each rule means, asked of the public API directly. */
async function expectedActual(request: APIRequestContext, indicator: Indicator, locale: string, now: Date): Promise<number | null> {
  const end = indicator.periodEnd && indicator.periodEnd < now.toISOString().slice(0, 10) ? `${indicator.periodEnd}T23:59:59.999Z` : now.toISOString();
  const held = (kinds: string[]) =>
    kinds.map((kind, index) => `&filters[kind][$in][${index}]=${kind}`).join('') +
    `&filters[startsAt][$lt]=${encodeURIComponent(end)}` +
    (indicator.periodStart ? `&filters[startsAt][$gte]=${indicator.periodStart}T00:00:00.000Z` : '');
  switch (indicator.rule) {
    case 'associations_catalogued':
      return total(request, 'associations', locale, '');
    case 'alliance_members':
      return total(request, 'associations', locale, '&filters[allianceMembership][$eq]=member');
    case 'working_sessions_held':
      return total(request, 'events', locale, held(['working_session', 'seminar']));
    case 'final_session_held':
      return total(request, 'events', locale, held(['final_session']));
    case 'recommendations_submitted':
      return total(request, 'policy-papers', locale, '&filters[state][$ne]=draft');
    case 'association_news':
      return total(request, 'news-articles', locale, '&filters[source][$eq]=association');
    default:
      return indicator.manualActual;
  }
}

const actualOn = (page: Page, key: string) => page.locator(`tr[data-indicator="${key}"] td[data-actual]`);

for (const locale of ['ru', 'en'] as const) {
  test(`every counted figure is what the CMS counts for its rule (${locale})`, async ({ page, request }) => {
    const indicators: Indicator[] = (await (await request.get(`${cmsUrl}/api/indicators?locale=${locale}&pagination[pageSize]=100`)).json()).data;
    expect(indicators.length).toBeGreaterThan(0);
    await page.goto(`/${locale}/outcomes`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'ru' ? 'Итоги проекта' : 'Outcomes');
    const now = new Date();
    for (const indicator of indicators) {
      const expected = await expectedActual(request, indicator, locale, now);
      const shown = (await actualOn(page, indicator.key).innerText()).replace(/\s/g, '');
      expect({ key: indicator.key, shown }).toEqual({ key: indicator.key, shown: expected === null ? shown : String(expected) });
      await expect(page.locator(`tr[data-indicator="${indicator.key}"]`)).toContainText(
        indicator.rule === 'manual' ? (locale === 'ru' ? 'Внесено редакцией' : 'Entered by the editors') : locale === 'ru' ? 'Посчитано по материалам сайта' : 'Counted from the site',
      );
    }
    await expect(page.getByRole('heading', { level: 2, name: locale === 'ru' ? 'Этапы проекта' : "The project's stages" })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}

test('a newly published association moves the catalogue figure, and back when it is removed', async ({ page, request }) => {
  test.skip(Boolean(adminUnavailable), adminUnavailable ?? '');
  test.setTimeout(120_000);
  const { api, headers, answer } = await adminApi(request);
  const uid = 'api::association.association';
  const figure = async () => {
    await page.goto('/en/outcomes');
    return Number((await actualOn(page, 'associations_catalogued').innerText()).replace(/\s/g, ''));
  };
  const before = await figure();
  const name = `Outcomes Check Guild ${Date.now().toString(36)}`;
  const created = await answer<{ data: { documentId: string } }>(
    await request.post(`${api}/collection-types/${uid}/actions/publish?locale=en`, {
      headers,
      data: { name, slug: name.toLowerCase().replace(/\s+/g, '-'), kind: 'existing_association', locale: 'en' },
    }),
  );
  try {
    await expect.poll(figure, { timeout: 60_000 }).toBe(before + 1);
  } finally {
    await answer(await request.delete(`${api}/collection-types/${uid}/${created.data.documentId}?locale=en`, { headers }));
  }
  await expect.poll(figure, { timeout: 60_000 }).toBe(before);
});

test('the home page shows the same three headline figures and leads to the outcomes', async ({ page }) => {
  const figures = async () => page.locator('li[data-indicator]').evaluateAll((items) => items.map((item) => `${item.getAttribute('data-indicator')}: ${item.textContent}`));
  await page.goto('/ru/outcomes');
  const onOutcomes = await figures();
  expect(onOutcomes).toHaveLength(3);
  await page.goto('/ru');
  const section = page.locator('section[aria-labelledby="outcomes-title"]');
  await expect(section.getByRole('heading', { name: 'Проект в цифрах' })).toBeVisible();
  expect(await figures()).toEqual(onOutcomes);
  await section.getByRole('link', { name: 'Все итоги проекта' }).click();
  await expect(page).toHaveURL(/\/ru\/outcomes$/);
});
