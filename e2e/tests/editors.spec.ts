// The editors' side of the portal. Previews: the admin's Preview button gives a signed link to the
// portal that shows the draft, in the language edited, with a banner and a way out; without the
// signature, or after leaving, the draft is not there, a visitor never sees it, and it never enters
// the cache. Addresses: a slug changed on publishing keeps its old address working.
import { expect, test, type Browser } from '@playwright/test';
import { adminApi, adminUnavailable } from './admin';

test.skip(Boolean(adminUnavailable), adminUnavailable ?? '');

const uid = 'api::association.association';
const draftCookie = '__prerender_bypass';

/** A visitor without the editor's cookie: the status of the page and how many links it has to `href`. */
async function anonymousVisit(browser: Browser, path: string, href = '') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(path);
  const result = { status: response?.status(), links: href ? await page.locator(`a[href="${href}"]`).count() : 0 };
  await context.close();
  return result;
}

test('an editor previews a draft on the portal in the language edited; nobody else sees it', async ({ browser, page, request }) => {
  test.setTimeout(120_000);
  const { api, headers, answer } = await adminApi(request);
  const name = `Preview Draft Guild ${Date.now().toString(36)}`;
  const slug = name.toLowerCase().replace(/\s+/g, '-');
  const created = await answer<{ data: { documentId: string } }>(
    await request.post(`${api}/collection-types/${uid}?locale=en`, { headers, data: { name, slug, kind: 'existing_association', shortDescription: 'Only a draft so far.', locale: 'en' } }),
  );
  const { documentId } = created.data;
  try {
    // What the admin's Preview button asks for.
    const { data } = await answer<{ data: { url: string } }>(await request.get(`${api}/preview/url/${uid}?documentId=${documentId}&locale=en&status=draft`, { headers }));
    const previewUrl = new URL(data.url);
    expect(previewUrl.pathname).toBe('/api/preview');
    expect(previewUrl.searchParams.get('path')).toBe(`/en/associations/${slug}`);

    // Before: the draft is nowhere on the portal.
    expect((await anonymousVisit(browser, `/en/associations/${slug}`)).status).toBe(404);

    await page.goto(`${previewUrl.pathname}${previewUrl.search}`);
    await expect(page).toHaveURL(new RegExp(`/en/associations/${slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    const banner = page.locator('[data-preview-banner]');
    await expect(banner).toContainText('unpublished drafts');
    expect((await page.context().cookies()).some((cookie) => cookie.name === draftCookie)).toBe(true);

    // Meanwhile a visitor gets the public portal: no draft, in the page or in the catalogue.
    expect((await anonymousVisit(browser, `/en/associations/${slug}`)).status).toBe(404);
    const searched = await anonymousVisit(browser, `/en/associations?q=${encodeURIComponent(name)}`, `/en/associations/${slug}`);
    expect(searched).toEqual({ status: 200, links: 0 });

    // Leaving the preview deletes the cookie and shows the page as visitors see it.
    await banner.getByRole('link', { name: 'Leave preview' }).click();
    expect((await page.context().cookies()).some((cookie) => cookie.name === draftCookie)).toBe(false);
    const after = await page.goto(`/en/associations/${slug}`);
    expect(after?.status()).toBe(404);
    await expect(page.locator('[data-preview-banner]')).toHaveCount(0);
  } finally {
    await answer(await request.delete(`${api}/collection-types/${uid}/${documentId}?locale=en`, { headers }));
  }
});

test('a preview link without a valid signature, or expired, is refused in the language of the page and sets no cookie', async ({ page, request }) => {
  const { api, headers, answer } = await adminApi(request);
  const [paper] = (await answer<{ results: { documentId: string }[] }>(await request.get(`${api}/collection-types/api::policy-paper.policy-paper?locale=ru&page=1&pageSize=1`, { headers }))).results;
  const { data } = await answer<{ data: { url: string } }>(await request.get(`${api}/preview/url/api::policy-paper.policy-paper?documentId=${paper.documentId}&locale=ru&status=draft`, { headers }));
  const link = new URL(data.url);
  expect(link.searchParams.get('path')).toMatch(/^\/ru\/policy\//);

  const forged = new URLSearchParams(link.search);
  forged.set('path', '/ru/o-forume');
  const expired = new URLSearchParams(link.search);
  expired.set('expires', String(Math.floor(Date.now() / 1000) - 60));
  for (const query of [forged, expired, new URLSearchParams({ path: '/ru' })]) {
    const response = await page.request.get(`/api/preview?${query}`, { maxRedirects: 0 });
    expect(response.status()).toBe(401);
    expect(await response.text()).toContain('Ссылка на предпросмотр неверна или устарела');
    expect(response.headers()['set-cookie'] ?? '').not.toContain(draftCookie);
  }
  // The published version's button leads to the public page itself.
  const published = await answer<{ data: { url: string } }>(await request.get(`${api}/preview/url/api::policy-paper.policy-paper?documentId=${paper.documentId}&locale=ru&status=published`, { headers }));
  expect(new URL(published.data.url).pathname).toBe(link.searchParams.get('path'));
});

test('a changed slug keeps the old address working: it leads to the new one', async ({ page, request }) => {
  test.setTimeout(120_000);
  const { api, headers, answer } = await adminApi(request);
  const eventUid = 'api::event.event';
  const { results } = await answer<{ results: { documentId: string; slug: string; title: string }[] }>(
    await request.get(`${api}/collection-types/${eventUid}?locale=en&page=1&pageSize=1&sort=startsAt:ASC`, { headers }),
  );
  const [event] = results;
  const renamed = `${event.slug}-renamed`;
  const publishWith = async (slug: string) => {
    const current = await answer<{ data: Record<string, unknown> }>(await request.get(`${api}/collection-types/${eventUid}/${event.documentId}?locale=en`, { headers }));
    await answer(await request.post(`${api}/collection-types/${eventUid}/${event.documentId}/actions/publish?locale=en`, { headers, data: { ...current.data, slug, locale: 'en' } }));
  };
  await publishWith(renamed);
  try {
    await expect
      .poll(async () => {
        const response = await page.request.get(`/en/events/${event.slug}`, { maxRedirects: 0 });
        const location = response.headers().location;
        return [response.status(), location ? new URL(location, 'http://portal').pathname : ''];
      }, { timeout: 90_000, intervals: [1000, 2000, 5000] })
      .toEqual([308, `/en/events/${renamed}`]);
    await page.goto(`/en/events/${event.slug}`);
    await expect(page).toHaveURL(new RegExp(`/en/events/${renamed}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
  } finally {
    await publishWith(event.slug);
  }
  // Back to its first slug: the address is the event's own again, with no redirect away from it.
  await expect.poll(async () => (await page.request.get(`/en/events/${event.slug}`, { maxRedirects: 0 })).status(), { timeout: 90_000 }).toBe(200);
});
