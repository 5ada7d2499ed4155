// Takes the screenshots of docs/editors.md from a running `npm start` (admin on :1337, portal on
// :3000, the admin account from cms/.env): `node scripts/editor-guide-screenshots.mjs`.
import path from 'node:path';
import { chromium } from 'playwright';
import { cmsDir, readEnvFile, root } from './lib.mjs';

const admin = process.env.ADMIN_URL ?? 'http://localhost:1337/admin';
const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = readEnvFile(path.join(cmsDir, '.env'));
const out = (name) => path.join(root, 'docs', 'editors', `${name}.jpg`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 820 }, locale: 'en-GB' });
const shot = async (name) => {
  await page.waitForTimeout(800);
  await page.screenshot({ path: out(name), type: 'jpeg', quality: 72 });
  console.log(out(name));
};
const contentManager = (uid) => `${admin}/content-manager/collection-types/${uid}`;

await page.goto(admin);
await page.getByLabel(/email/i).fill(email);
await page.getByLabel(/password/i).first().fill(password);
await page.getByRole('button', { name: /log ?in/i }).click();
await page.waitForURL(/\/admin(\/)?$/);
await page.getByText(/Moderation queue/i).first().waitFor();
await shot('01-home-moderation-queue');

await page.goto(`${contentManager('api::association.association')}?page=1&pageSize=10&plugins[i18n][locale]=ru`);
await page.getByRole('grid').waitFor();
await shot('02-associations-list');

await page.getByRole('gridcell').nth(1).click();
await page.getByText(/латиницей/).first().waitFor();
await shot('03-association-edit');
await page.getByRole('button', { name: /^Preview$/ }).or(page.getByRole('link', { name: /^Preview$/ })).first().click();
await page.waitForTimeout(4000);
await shot('04-preview');

await page.goto(`${contentManager('api::news-submission.news-submission')}?page=1&pageSize=10`);
await page.getByRole('grid').waitFor();
await shot('05-news-submissions-queue');

await page.goto(`${contentManager('api::policy-paper.policy-paper')}?page=1&pageSize=10&plugins[i18n][locale]=ru`);
await page.getByRole('grid').waitFor();
await page.getByRole('gridcell').nth(1).click();
await page.getByText(/Status history|statusHistory/i).first().waitFor();
await shot('06-policy-paper-edit');

await page.goto(`${admin}/settings/roles`);
await page.getByText(/Moderator/).first().waitFor();
await shot('07-roles');

await browser.close();
