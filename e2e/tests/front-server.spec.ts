// The portal behind its front server (nginx with deploy/nginx/portal.conf.template, as
// docker-compose.yml runs it): public pages are kept for a second, nothing of one visitor is ever
// kept, and a published change shows through it. `npm test` starts it natively (E2E_FRONT_URL)
// before the portal the other journeys use, where nginx is installed.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { adminUnavailable } from './admin';
import { shortDescriptionEditor, shortDescriptionOn } from './association-edits';
import { association } from './seed';

const front = process.env.E2E_FRONT_URL ?? '';
test.skip(!front, 'needs E2E_FRONT_URL (the front server before the portal)');

/** As a browser asks: its language and compression (the stored copy is per variant of these). */
const browserHeaders = { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8', 'accept-encoding': 'gzip, deflate, br' };

const get = (request: APIRequestContext, path: string, headers: Record<string, string> = {}) =>
  request.get(`${front}${path}`, { headers: { ...browserHeaders, ...headers }, maxRedirects: 0 });

async function twice(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  return [await get(request, path, headers), await get(request, path, headers)];
}

/** The answer once the front server serves the page from its copy (the first asks may fill it, or refresh an old one). */
async function fromCopy(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  let answer = await get(request, path, headers);
  await expect.poll(async () => cacheStatus((answer = await get(request, path, headers))), { timeout: 5_000, intervals: [50] }).toBe('HIT');
  return answer;
}

const cacheStatus = (response: { headers(): Record<string, string> }) => response.headers()['x-portal-cache'];

test('a public page is kept for a second and served with the portal\'s own headers', async ({ request }) => {
  const path = `/ru/associations/${association('media-art-lab').slug.ru}`;
  const second = await fromCopy(request, path);
  expect(second.status()).toBe(200);
  expect(await second.text()).toContain(association('media-art-lab').name.ru);
  const direct = await request.get(path, { headers: browserHeaders });
  for (const header of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy']) {
    expect(second.headers()[header], header).toBe(direct.headers()[header]);
  }
  // A second later the copy is old: the portal is asked again.
  await new Promise((resolve) => setTimeout(resolve, 2100));
  const later = await get(request, path);
  expect(['STALE', 'EXPIRED', 'MISS']).toContain(cacheStatus(later));
});

test('the router\'s data requests and the page are kept apart', async ({ request }) => {
  // The address the client-side router asks for a page's data (with its `RSC` header), asked without it too.
  const path = '/ru/news?_rsc';
  const data = await fromCopy(request, path, { rsc: '1' });
  const page = await fromCopy(request, path);
  expect(page.headers()['content-type']).toContain('text/html');
  expect(data.headers()['content-type']).toContain('text/x-component');
});

test('what belongs to one visitor is never kept', async ({ request }) => {
  // The account (private to its visitor), a filtered list (rendered per request), an unknown address
  // (which may be published a minute later): asked twice, never served from the copy.
  for (const path of ['/ru/account', '/ru/news?sector=design', '/ru/news/no-such-article']) {
    const answers = await twice(request, path);
    for (const answer of answers) expect(cacheStatus(answer), path).not.toBe('HIT');
  }
  // A signed-in representative or an editor previewing: always the portal, on every page.
  for (const cookie of ['forum_access=a-session', '__prerender_bypass=a-preview']) {
    const answers = await twice(request, '/ru', { cookie });
    for (const answer of answers) expect(cacheStatus(answer), cookie).toBe('BYPASS');
  }
  // An answer that sets a cookie (the language a visitor chose against their browser's) is not kept:
  // the next visitor would get it too.
  const [first, second] = await twice(request, '/en/events');
  expect(first.headers()['set-cookie']).toContain('NEXT_LOCALE=en');
  expect(cacheStatus(second)).not.toBe('HIT');
});

test('an editor\'s change shows through the front server within seconds', async ({ request }) => {
  test.skip(Boolean(adminUnavailable), 'needs the admin');
  const editor = await shortDescriptionEditor(request, 'web-studios-association');
  const original = editor.current;
  // Asked in English, as an English browser does (an answer that sets the language cookie is not kept).
  const shown = () => shortDescriptionOn(request, front, editor.path, { 'accept-language': 'en-GB,en;q=0.9' });
  expect(await shown()).toBe(original);
  const changed = `Front server check ${Date.now().toString(36)}`;
  await editor.publish(changed);
  try {
    await expect.poll(shown, { timeout: 15_000 }).toBe(changed);
  } finally {
    await editor.publish(original);
  }
  await expect.poll(shown, { timeout: 15_000 }).toBe(original);
});
