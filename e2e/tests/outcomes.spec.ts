// Outcomes for donors: every figure counted from the content equals what the CMS's public API counts
// for the same rule (asked here independently), in both languages, and moves when an editor publishes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { adminApi, adminUnavailable, cmsUrl } from './admin';
import { readPdf } from './pdf';

interface Indicator {
  key: string;
  title: string;
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

const policyStates = ['draft', 'submitted', 'response_received', 'adopted', 'rejected'];
const chartValue = (page: Page, chart: string, row: string) => page.locator(`[data-chart="${chart}"] tr[data-row="${row}"] [data-value]`);
const today = () => new Date().toISOString().slice(0, 10);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The indicator rows as the outcomes page shows them: key, baseline, target and actual, as printed. */
async function indicatorRows(page: Page) {
  return page.locator('tr[data-indicator]').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
      return { key: row.getAttribute('data-indicator') ?? '', baseline: cells[0], target: cells[1], actual: cells[2] };
    }),
  );
}

for (const locale of ['ru', 'en'] as const) {
  test(`the charts count what the CMS holds and are there without JavaScript (${locale})`, async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${locale}/outcomes`);
    const sectors: { documentId: string; slug: string }[] = (await (await request.get(`${cmsUrl}/api/sectors?locale=${locale}&pagination[pageSize]=100`)).json()).data;
    for (const sector of sectors) {
      const expected = await total(request, 'associations', locale, `&filters[sectors][documentId][$eq]=${sector.documentId}`);
      await expect(chartValue(page, 'associations-by-sector', sector.slug)).toHaveAttribute('data-value', String(expected));
    }
    for (const state of policyStates) {
      const expected = await total(request, 'policy-papers', locale, `&filters[state][$eq]=${state}`);
      await expect(chartValue(page, 'papers-by-status', state)).toHaveAttribute('data-value', String(expected));
    }
    const held = await total(request, 'events', locale, `&filters[kind][$in][0]=working_session&filters[kind][$in][1]=seminar&filters[startsAt][$lt]=${encodeURIComponent(new Date().toISOString())}`);
    const perMonth = await page.locator('[data-chart="sessions-per-month"] [data-value]').evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
    expect(perMonth.reduce((sum, count) => sum + count, 0)).toBe(held);
    // Every bar is an SVG drawn on the server, beside its number in a table row.
    await expect(page.locator('[data-chart] tbody tr svg rect').first()).toBeAttached();
    const events = await total(request, 'events', locale, `&filters[startsAt][$lt]=${encodeURIComponent(new Date().toISOString())}`);
    await expect(page.locator('[data-evidence="events"] li')).toHaveCount(events);
    await expect(page.locator('[data-evidence="papers"] li')).toHaveCount(await total(request, 'policy-papers', locale, '&filters[state][$ne]=draft'));
    await expect(page.locator('[data-evidence="members"] li')).toHaveCount(await total(request, 'associations', locale, '&filters[allianceMembership][$eq]=member'));
    await context.close();
  });

  test(`the report PDF and the CSV hold the page's figures, dated (${locale})`, async ({ page, request }) => {
    await page.goto(`/${locale}/outcomes`);
    const rows = await indicatorRows(page);
    const indicators: Indicator[] = (await (await request.get(`${cmsUrl}/api/indicators?locale=${locale}&pagination[pageSize]=100`)).json()).data;
    expect(rows).toHaveLength(indicators.length);

    const pdfResponse = await request.get(`/${locale}/outcomes/report.pdf`);
    expect(pdfResponse.headers()['content-type']).toBe('application/pdf');
    expect(pdfResponse.headers()['content-disposition']).toContain(`${today()}.pdf`);
    const pdf = await readPdf(await pdfResponse.body());
    expect(pdf.language).toBe(locale);
    // Every page ends with the footer: what the document is, and "page N of M".
    expect(pdf.text.split(locale === 'ru' ? '· Отчёт о результатах' : '· Outcomes report').length - 1).toBe(pdf.pageCount);
    expect(pdf.text).toContain(locale === 'ru' ? `${pdf.pageCount} из ${pdf.pageCount}` : `${pdf.pageCount} of ${pdf.pageCount}`);
    for (const row of rows) {
      const { title } = indicators.find((indicator) => indicator.key === row.key)!;
      // The report's table: the title, its stage, then baseline, target and actual as the page prints them.
      expect(pdf.text).toMatch(new RegExp(`${escapeRegExp(title)} \\S+ \\d ${escapeRegExp(`${row.baseline} ${row.target} ${row.actual}`)}`));
    }

    const csvResponse = await request.get(`/${locale}/outcomes/indicators.csv`);
    expect(csvResponse.headers()['content-disposition']).toBe(`attachment; filename="forum-outcomes-${locale}-${today()}.csv"`);
    const records = parse(await csvResponse.body(), { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((record) => [record.key, record.actual, record.as_of])).toEqual(rows.map((row) => [row.key, /\d/.test(row.actual) ? row.actual.replace(/\s/g, '') : '', today()]));
  });

  test(`the needs page groups the inventory by theme, counted by sector, with what answers each (${locale})`, async ({ page, request }) => {
    interface Theme {
      slug: string;
      associations: { sectors: { slug: string }[] }[];
      policyPapers: { state: string }[];
    }
    const themes: Theme[] = (
      await (
        await request.get(
          `${cmsUrl}/api/need-themes?locale=${locale}&pagination[pageSize]=100&populate[associations][fields][0]=name&populate[associations][populate][sectors][fields][0]=slug&populate[policyPapers][fields][0]=state`,
        )
      ).json()
    ).data;
    expect(themes.length).toBeGreaterThan(0);
    await page.goto(`/${locale}/outcomes/needs`);
    await expect(page.locator('section[data-theme]')).toHaveCount(themes.length);
    for (const theme of themes) {
      const section = page.locator(`section[data-theme="${theme.slug}"]`);
      await expect(section.locator('[data-named-by]')).toHaveAttribute('data-named-by', String(theme.associations.length));
      const bySector = new Map<string, number>();
      for (const association of theme.associations) for (const sector of association.sectors) bySector.set(sector.slug, (bySector.get(sector.slug) ?? 0) + 1);
      for (const [sector, count] of bySector) await expect(chartValue(page, `sectors-${theme.slug}`, sector)).toHaveAttribute('data-value', String(count));
      const response = theme.policyPapers.some((paper) => paper.state !== 'draft') ? 'answered' : theme.policyPapers.length > 0 ? 'in_preparation' : 'open';
      await expect(section.locator('[data-response]')).toHaveAttribute('data-response', response);
    }
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.locator('a[hreflang]').first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale === 'ru' ? 'en' : 'ru'}/outcomes/needs$`));
  });
}
