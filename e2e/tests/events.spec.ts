import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIResponse } from '@playwright/test';

// The seeded events (cms/src/seed/data/events.json). The seeder shifts their dates by whole weeks,
// so which of them are upcoming depends on the day of seeding: the journeys never assume it.
interface SeededEvent {
  key: string;
  kind: string;
  slug: { ru: string; en: string };
  title: { ru: string; en: string };
}
const events = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../cms/src/seed/data/events.json'), 'utf8')) as SeededEvent[];
const seededEvent = (key: string) => events.find((event) => event.key === key)!;

// The latest event: always upcoming or the first of the past ones, so always on the first page.
const finalSession = seededEvent('final-session');
const roundTable = seededEvent('round-table-export');
const workingSession = seededEvent('working-session-premises');

/** A calendar as a reader sees it: folded lines joined again (RFC 5545, 3.1). */
const unfold = (calendar: string) => calendar.replace(/\r\n[ \t]/g, '');
/** A text value as it is written in a calendar (commas, semicolons and backslashes escaped). */
const icsText = (text: string) => text.replace(/([\\,;])/g, '\\$1');

async function calendarOf(response: APIResponse) {
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(response.headers()['content-disposition']).toMatch(/filename="[^"]+\.ics"/);
  return unfold(await response.text());
}

test.describe('the events section', () => {
  test('lists upcoming and past events in Russian and in English', async ({ page }) => {
    await page.goto('/ru/events');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('События');
    await expect(page.getByRole('heading', { level: 2, name: 'Предстоящие события' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Прошедшие события' })).toBeVisible();
    await expect(page.getByRole('link', { name: finalSession.title.ru })).toBeVisible();
    await expect(page.getByText(/московское/).first()).toBeVisible();

    await page.goto('/en/events');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
    await expect(page.getByRole('heading', { level: 2, name: 'Upcoming events' })).toBeVisible();
    await expect(page.getByRole('link', { name: finalSession.title.en })).toBeVisible();
    await expect(page.getByText(finalSession.title.ru)).toHaveCount(0);
  });

  test('a visitor filters the events by kind, and the address keeps the filter', async ({ page }) => {
    await page.goto('/en/events');
    await page.getByLabel('Kind').selectOption('round_table');
    await page.getByRole('button', { name: 'Show' }).click();

    await expect(page).toHaveURL(/\/en\/events\?kind=round_table/);
    await expect(page.getByLabel('Kind')).toHaveValue('round_table');
    await expect(page.getByText('1 event found')).toBeVisible();
    await expect(page.getByRole('link', { name: roundTable.title.en })).toBeVisible();
    await expect(page.getByRole('link', { name: workingSession.title.en })).toHaveCount(0);

    await page.getByRole('link', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/en\/events$/);
    await expect(page.getByRole('link', { name: finalSession.title.en })).toBeVisible();
  });

  test('a filter nothing matches says so and offers every event; bad filter values do not break the page', async ({ page }) => {
    await page.goto('/ru/events?kind=final_session&sector=no-such-sector');
    await expect(page.getByText('Событий с такими условиями не нашлось', { exact: false })).toBeVisible();
    await page.getByRole('link', { name: 'Показать все события' }).click();
    await expect(page).toHaveURL(/\/ru\/events$/);

    const odd = await page.goto('/ru/events?kind=party&page=abc');
    expect(odd?.status()).toBe(200);
    await expect(page.getByRole('link', { name: finalSession.title.ru })).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the list and its filter work, the results in the page itself', async ({ page }) => {
      await page.goto('/ru/events');
      await expect(page.getByRole('link', { name: finalSession.title.ru })).toBeVisible();
      await page.getByLabel('Формат').selectOption('round_table');
      await page.getByRole('button', { name: 'Показать' }).click();
      await expect(page).toHaveURL(/\/ru\/events\?kind=round_table/);
      await expect(page.getByRole('link', { name: roundTable.title.ru })).toBeVisible();
      await expect(page.getByRole('link', { name: workingSession.title.ru })).toHaveCount(0);
    });
  });

  test('a visitor opens an event, switches language on it and adds it to the calendar', async ({ page }) => {
    await page.goto('/ru/events');
    await page.getByRole('link', { name: finalSession.title.ru }).click();

    await expect(page).toHaveURL(new RegExp(`/ru/events/${finalSession.slug.ru}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(finalSession.title.ru);
    await expect(page.getByText('время московское (UTC+3)')).toBeVisible();
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
    expect(jsonLd).toMatchObject({ '@type': 'Event', name: finalSession.title.ru });

    const [russianDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Добавить в календарь/ }).click()]);
    const russianCalendar = unfold(fs.readFileSync((await russianDownload.path())!, 'utf8'));
    expect(russianCalendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(russianCalendar).toContain(`SUMMARY:${icsText(finalSession.title.ru)}\r\n`);
    const uid = russianCalendar.match(/^UID:([a-z0-9]+@creative-forum)\r$/m)?.[1];
    expect(uid).toBeTruthy();

    await page.locator('a[hreflang="en"]').first().click();
    await expect(page).toHaveURL(new RegExp(`/en/events/${finalSession.slug.en}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(finalSession.title.en);
    await expect(page.getByText('Moscow time (UTC+3)')).toBeVisible();

    // The same event keeps its UID in the other language, so a calendar never holds it twice.
    const englishCalendar = await calendarOf(await page.request.get(`/en/events/${finalSession.slug.en}/event.ics`));
    expect(englishCalendar).toContain(`UID:${uid}\r\n`);
    expect(englishCalendar).toContain(`SUMMARY:${icsText(finalSession.title.en)}\r\n`);
    expect(englishCalendar).toContain('END:VCALENDAR');
  });

  test('the subscribable calendar lists every event, each once', async ({ request }) => {
    for (const locale of ['ru', 'en'] as const) {
      const calendar = await calendarOf(await request.get(`/${locale}/events/calendar.ics`));
      expect(calendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(calendar.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(events.length);
      const uids = calendar.match(/^UID:.+@creative-forum\r$/gm) ?? [];
      expect(new Set(uids).size).toBe(events.length);
      for (const event of events) expect(calendar).toContain(`SUMMARY:${icsText(event.title[locale])}\r\n`);
    }
  });

  test('an unknown event answers 404, as a page and as a calendar file', async ({ page, request }) => {
    const response = await page.goto('/ru/events/no-such-event');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/не найдена/i);
    expect((await request.get('/en/events/no-such-event/event.ics')).status()).toBe(404);
  });

  test('the list and an event page have no accessibility violations', async ({ page }) => {
    await page.goto('/ru/events');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.goto(`/en/events/${roundTable.slug.en}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(roundTable.title.en);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});
