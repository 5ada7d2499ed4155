// Takes the screenshots of docs/editors.md from a running `npm start` (admin on :1337, portal on
// :3000, the admin account from cms/.env): `node scripts/editor-guide-screenshots.mjs`.
import path from 'node:path';
import { chromium } from 'playwright';
import { cmsDir, readEnvFile, root } from './lib.mjs';

const admin = process.env.ADMIN_URL ?? 'http://localhost:1337/admin';
const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = readEnvFile(path.join(cmsDir, '.env'));
const out = (name) => path.join(root, 'docs', 'editors', `${name}.png`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
const shot = async (name) => {
  await page.waitForTimeout(800);
  await page.screenshot({ path: out(name) });
  console.log(out(name));
};
const contentManager = (uid) => `${admin}/content-manager/collection-types/${uid}`;
/** Closes what Strapi shows a new user once (the guided tour, news banners), so that the pages show. */
async function dismissIntroductions() {
  const dialogs = ['Skip', 'Close guided tour', 'Confirm', 'Close'].map((name) => page.getByRole('button', { name, exact: true }));
  for (const control of dialogs) {
    if (await control.first().isVisible().catch(() => false)) await control.first().click().catch(() => undefined);
  }
}

await page.goto(admin);
await page.getByLabel(/email/i).fill(email);
await page.getByLabel(/password/i).first().fill(password);
await page.getByRole('button', { name: /log ?in/i }).click();
await page.waitForURL(/\/admin(\/)?$/);
await page.getByText(/Moderation queue/i).first().waitFor();
await dismissIntroductions();
await page.getByText(/Moderation queue/i).first().scrollIntoViewIfNeeded();
await shot('01-home-moderation-queue');

await page.goto(`${contentManager('api::association.association')}?page=1&pageSize=10&plugins[i18n][locale]=ru`);
await page.getByRole('grid').waitFor();
await dismissIntroductions();
await shot('02-associations-list');

await page.getByRole('row').nth(4).getByRole('gridcell').nth(2).click();
await page.getByText(/латиницей/).first().waitFor();
await dismissIntroductions();
await shot('03-association-edit');
await page.getByRole('link', { name: 'Open preview' }).or(page.getByRole('button', { name: 'Open preview' })).first().click();
await page.waitForTimeout(4000);
await shot('04-preview');

await page.goto(`${contentManager('api::news-submission.news-submission')}?page=1&pageSize=10`);
await page.getByRole('heading', { name: 'News submission' }).waitFor();
await dismissIntroductions();
await shot('05-news-submissions-queue');

await page.goto(`${contentManager('api::policy-paper.policy-paper')}?page=1&pageSize=10&plugins[i18n][locale]=ru`);
await page.getByRole('grid').waitFor();
await page.getByRole('row').nth(1).getByRole('gridcell').nth(2).click();
await page.getByText(/Status history|statusHistory/i).first().waitFor();
await dismissIntroductions();
await shot('06-policy-paper-edit');

await page.goto(`${admin}/settings/roles`);
await page.getByText(/Moderator/).first().waitFor();
await shot('07-roles');

await browser.close();
