// An association's representative, invited by an editor, sets a password, sends news with a cover,
// and follows it: pending, then published under the association's name, or not published with the
// editor's reason. The editor's part goes through the admin's own API; the e-mails are read from the
// CMS's outbox folder (E2E_MAIL_OUTBOX).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { adminApi, adminUnavailable, cmsUrl, type Document } from './admin';
import { association, policyPaper } from './seed';

const outbox = process.env.E2E_MAIL_OUTBOX;
test.skip(Boolean(adminUnavailable) || !outbox, adminUnavailable ?? 'needs E2E_MAIL_OUTBOX, the CMS outbox folder');
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const publishers = association('independent-publishers-association');
const email = `editor.${Date.now().toString(36)}@publishers.example.org`;
const password = 'A-long-enough-password-7';
/** A cover the size of a camera photo: a PNG of 3 MB of noise (which does not compress); covers may weigh up to 5 MB. */
function photoSizedCover(): Buffer {
  const [width, height] = [1024, 1000];
  const rowBytes = width * 3 + 1;
  const pixels = crypto.randomBytes(rowBytes * height);
  for (let row = 0; row < height; row += 1) pixels[row * rowBytes] = 0; // each row's filter: none
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}
const cover = photoSizedCover();

async function latestMailTo(address: string) {
  let found: { subject: string; text: string } | undefined;
  await expect
    .poll(() => {
      const mails = fs.existsSync(outbox!)
        ? fs.readdirSync(outbox!).sort().map((name) => JSON.parse(fs.readFileSync(path.join(outbox!, name), 'utf8')) as { to: string; subject: string; text: string })
        : [];
      found = mails.filter((mail) => mail.to === address).at(-1);
      return Boolean(found);
    }, { timeout: 30_000 })
    .toBe(true);
  return found!;
}

/** Articles these journeys publish, deleted afterwards: the other journeys count the seeded news. */
const publishedTitles: string[] = [];

test.afterAll(async ({ request }) => {
  const { api, headers, answer } = await adminApi(request);
  const uid = 'api::news-article.news-article';
  for (const title of publishedTitles) {
    const list = await answer<{ results: Document[] }>(await request.get(`${api}/collection-types/${uid}?locale=en&filters[title][$eq]=${encodeURIComponent(title)}`, { headers }));
    for (const article of list.results) await answer(await request.delete(`${api}/collection-types/${uid}/${article.documentId}?locale=en`, { headers }));
  }
});

async function decide(request: APIRequestContext, title: string, data: Record<string, unknown>) {
  const { api, headers, answer } = await adminApi(request);
  const uid = 'api::news-submission.news-submission';
  const list = await answer<{ results: Document[] }>(await request.get(`${api}/collection-types/${uid}?filters[titleEn][$eq]=${encodeURIComponent(title)}`, { headers }));
  expect(list.results).toHaveLength(1);
  await answer(await request.put(`${api}/collection-types/${uid}/${list.results[0].documentId}`, { headers, data }));
}

async function sendNews(page: Page, title: string) {
  await page.getByRole('link', { name: 'Submit news' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  const english = page.getByRole('group', { name: 'The text in English' });
  await english.getByLabel('Title').fill(title);
  await english.getByLabel('Text').fill('The fair opens on Saturday.\n\nFifty independent publishers take part.');
  await page.getByRole('checkbox', { name: 'Publishing' }).check();
  await page.getByLabel('Cover image (optional)').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: cover });
  await page.getByRole('button', { name: 'Send to the editors' }).click();
  // The CMS takes about 4.5 s with this cover on an idle machine, twice that and more on a busy one:
  // its media library's size optimization reduces a PNG to a palette, and noise is the worst case.
  await expect(page.getByRole('status')).toContainText('Your news was sent to the editors', { timeout: 30_000 });
  await expect(page.locator('li').filter({ hasText: title })).toContainText('Awaiting review');
}

test('an invited representative sets a password and lands in their association account', async ({ page, request }) => {
  const { api, headers, answer } = await adminApi(request);
  const found = await (await request.get(`${cmsUrl}/api/associations?locale=en&filters[slug][$eq]=${publishers.slug.en}&fields[0]=name`)).json();
  // As in the admin: the editor gives the e-mail, the language and the association; the username,
  // role and a throwaway password are filled in, and the invitation goes out.
  const created = await answer<{ username: string }>(
    await request.post(`${api}/collection-types/plugin::users-permissions.user`, {
      headers,
      data: {
        email,
        language: 'en',
        association: { connect: [{ documentId: found.data[0].documentId }] },
      },
    }),
  );
  expect(created.username).toBe(email);
  const invitation = await latestMailTo(email);
  expect(invitation.subject).toContain(publishers.name.en);
  const link = new URL(/https?:\/\/\S+/.exec(invitation.text)![0]);
  await page.goto(`${link.pathname}${link.search}`);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password again').fill(password);
  await page.getByRole('button', { name: 'Save the password and log in' }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Association account');
  await expect(page.getByRole('main').getByRole('link', { name: publishers.name.en })).toBeVisible();
});

test('news sent for review is published under the association once the editor approves it', async ({ page, request }) => {
  await page.goto('/en/account');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  const title = `Independent book fair ${Date.now().toString(36)}`;
  await sendNews(page, title);

  await decide(request, title, { state: 'approved' });
  publishedTitles.push(title);
  await page.reload();
  const item = page.locator('li').filter({ hasText: title });
  await expect(item).toContainText('Published');
  await item.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('main').getByRole('link', { name: publishers.name.en })).toBeVisible();
  expect((await latestMailTo(email)).subject).toBe(`Your news "${title}" is published`);
});

test('rejected news shows the editor reason, in Russian too; logging out ends the session', async ({ page, request }) => {
  await page.goto('/en/account');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  const title = `Too early ${Date.now().toString(36)}`;
  await sendNews(page, title);
  await decide(request, title, { state: 'rejected', rejectionReason: 'Please add the dates of the fair.' });

  await page.goto('/ru/account');
  const item = page.locator('li').filter({ hasText: title });
  await expect(item).toContainText('Отклонено');
  await expect(item).toContainText('Причина: Please add the dates of the fair.');

  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Вход для объединений');
  // An account page asked for without a session shows the login, which comes back to it.
  await page.goto('/ru/account/news');
  await expect(page.getByText('Войдите в аккаунт объединения, чтобы предложить новость.')).toBeVisible();
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/ru\/account\/news$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Новость от объединения');
});

test('a proposed profile change reaches the public profile only once the editor approves it', async ({ page, request }) => {
  await page.goto('/en/account');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('link', { name: 'Propose profile changes' }).click();
  await expect(page.getByLabel('Name')).toHaveValue(publishers.name.en);
  const phone = `+7 812 555-${Date.now().toString().slice(-4)}`;
  await page.getByLabel('Phone').fill(phone);
  await page.getByRole('button', { name: 'Send to the editors' }).click();
  await expect(page.getByRole('status')).toContainText('Your profile changes were sent to the editors');

  const profile = `/en/associations/${publishers.slug.en}`;
  await page.goto(profile);
  await expect(page.getByText(phone)).toHaveCount(0);

  const { api, headers, answer } = await adminApi(request);
  const uid = 'api::profile-change.profile-change';
  const pending = await answer<{ results: Document[] }>(await request.get(`${api}/collection-types/${uid}?filters[state][$eq]=pending&sort=createdAt:DESC`, { headers }));
  const change = pending.results.find((candidate) => (candidate.changes as { phone?: string }).phone === phone)!;
  expect(change.changes).toEqual({ phone });
  await answer(await request.put(`${api}/collection-types/${uid}/${change.documentId}`, { headers, data: { state: 'approved' } }));
  await expect
    .poll(async () => {
      await page.goto(profile);
      return page.getByText(phone).count();
    }, { timeout: 60_000 })
    .toBeGreaterThan(0);
});

test('one click signs the association on to an open paper, from its page; it can be withdrawn while the paper is open', async ({ page }) => {
  const appeal = policyPaper('appeal-historic-centre');
  const endorsers = page.locator('section[aria-labelledby="paper-endorsers"]');
  await page.goto(`/ru/policy/${appeal.slug.ru}`);
  await expect(endorsers.getByRole('listitem')).toHaveCount(appeal.endorsements.length);
  // Not logged in: the button leads to the login, which comes back to the endorsements.
  await endorsers.getByRole('button', { name: 'Поддержать от имени моего объединения' }).click();
  await expect(page).toHaveURL(/\/ru\/account\/endorsements$/);
  await expect(page.getByText('Войдите, чтобы поддержать документ от имени своего объединения.')).toBeVisible();
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Поддержка документов');

  const open = page.locator('section[aria-labelledby="open-papers"] li').filter({ hasText: appeal.title.ru });
  await open.getByRole('button', { name: 'Поддержать от имени объединения' }).click();
  await expect(page.getByRole('status')).toHaveText(`Готово: ваше объединение поддержало «${appeal.title.ru}». Оно появится в списке поддержавших на странице документа.`);
  await expect(open).toContainText('Ваше объединение поддержало документ');

  // The public page lists the association (once the CMS has told the portal), in English too.
  await expect
    .poll(async () => {
      await page.goto(`/en/policy/${appeal.slug.en}`);
      return endorsers.getByRole('link', { name: publishers.name.en }).count();
    }, { timeout: 60_000 })
    .toBe(1);
  await expect(endorsers.getByText(`${appeal.endorsements.length + 1} associations endorse this paper`)).toBeVisible();
  // Logged in, the paper's own button is the one click; a second endorsement changes nothing.
  await endorsers.getByRole('button', { name: 'Endorse for my association' }).click();
  await expect(page.getByRole('status')).toContainText(`Done: your association endorses “${appeal.title.en}”`);

  const endorsed = page.locator('section[aria-labelledby="open-papers"] li').filter({ hasText: appeal.title.en });
  await endorsed.getByRole('button', { name: 'Withdraw the endorsement' }).click();
  await expect(page.getByRole('status')).toHaveText(`Your endorsement of “${appeal.title.en}” was withdrawn.`);
  await expect(endorsed.getByRole('button', { name: 'Endorse for my association' })).toBeVisible();
  await expect
    .poll(async () => {
      await page.goto(`/en/policy/${appeal.slug.en}`);
      return endorsers.getByRole('listitem').count();
    }, { timeout: 60_000 })
    .toBe(appeal.endorsements.length);
});

test('a wrong password is refused in the visitor language', async ({ page }) => {
  await page.goto('/ru/account');
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill('not-the-password');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Неверная почта или пароль.');
  await expect(page.getByLabel('Электронная почта')).toHaveValue(email);
});
