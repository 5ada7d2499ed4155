// Joining the alliance: a new association applies from the public form; the application reaches the
// editors' queue in the CMS and never the public site. Errors are shown next to their fields, in the
// visitor's language, with or without JavaScript.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { adminApi, adminUnavailable, cmsUrl, type Document } from './admin';

const stamp = () => Date.now().toString(36);

async function fillApplication(page: Page, name: string) {
  await page.getByLabel('Name of the association').fill(name);
  await page.getByLabel('Kind of organisation').selectOption('nascent_association');
  await page.getByRole('checkbox', { name: 'Design', exact: true }).check();
  await page.getByLabel('What the association does').fill("We bring together St Petersburg's designers of lighting.");
  await page.getByLabel('Why you want to join').fill('We want to speak to the city together with the other unions.');
  await page.getByLabel('Contact person').fill('Ivan Svetlov');
  await page.getByLabel('E-mail').fill(`ivan.${stamp()}@lighting.example.org`);
}

test('an application reaches the editors as pending and never the public catalogue', async ({ page, request }) => {
  test.skip(Boolean(adminUnavailable), adminUnavailable ?? '');
  const name = `Lighting Designers Guild ${stamp()}`;
  await page.goto('/en/join');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join the alliance');
  await fillApplication(page, name);
  await page.getByRole('button', { name: 'Send the application' }).click();
  await expect(page.getByRole('status')).toContainText('Application sent');

  const { api, headers, answer } = await adminApi(request);
  const queue = await answer<{ results: Document[] }>(
    await request.get(`${api}/collection-types/api::membership-application.membership-application?filters[name][$eq]=${encodeURIComponent(name)}`, { headers }),
  );
  expect(queue.results).toHaveLength(1);
  expect(queue.results[0]).toMatchObject({ state: 'pending', locale: 'en', kind: 'nascent_association' });

  const published = await request.get(`${cmsUrl}/api/associations?locale=en&filters[name][$eq]=${encodeURIComponent(name)}`);
  expect((await published.json()).data).toHaveLength(0);
  await page.goto(`/en/associations?q=${encodeURIComponent('Lighting Designers')}`);
  await expect(page.getByRole('link', { name })).toHaveCount(0);
});

test('a Russian visitor sees what to correct next to each field, and what they typed stays', async ({ page }) => {
  await page.goto('/ru/join');
  await page.getByLabel('Название объединения').fill('Союз светодизайнеров');
  await page.getByLabel('Электронная почта').fill('ivan');
  await page.getByRole('button', { name: 'Отправить заявку' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Проверьте форму');
  await expect(page.getByLabel('Электронная почта')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Введите адрес электронной почты, например name@example.ru.')).toBeVisible();
  await expect(page.getByText('Выберите один из вариантов.').or(page.getByText('Заполните это поле.')).first()).toBeVisible();
  await expect(page.getByLabel('Название объединения')).toHaveValue('Союз светодизайнеров');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form is sent and answered all the same', async ({ page }) => {
    await page.goto('/en/join');
    await fillApplication(page, `Lighting Designers Guild ${stamp()}`);
    await page.getByRole('button', { name: 'Send the application' }).click();
    await expect(page.getByText('Application sent')).toBeVisible();
  });
});
