// Two portal instances on one Redis (REDIS_URL) serve one cache: content changed in the CMS reaches
// both once either is told, as behind a load balancer the CMS's call reaches one instance only.
// `npm test` starts the two instances (E2E_SHARED_CACHE_URLS) when Redis answers on 127.0.0.1:6379.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { adminApi, adminUnavailable } from './admin';
import { association } from './seed';

const instances = (process.env.E2E_SHARED_CACHE_URLS ?? '').split(',').filter(Boolean);
const revalidateSecret = process.env.E2E_REVALIDATE_SECRET;
test.skip(instances.length !== 2 || !revalidateSecret || Boolean(adminUnavailable), 'needs E2E_SHARED_CACHE_URLS (two portal instances on one Redis), E2E_REVALIDATE_SECRET and the admin');

const uid = 'api::association.association';
const seeded = association('furniture-designers-association');

async function shortDescriptionOn(request: APIRequestContext, instance: string): Promise<string> {
  const response = await request.get(`${instance}/en/associations/${seeded.slug.en}`);
  expect(response.status()).toBe(200);
  return /<meta name="description" content="([^"]*)"/.exec(await response.text())?.[1] ?? '';
}

test('a change revalidated on one instance is served by the other', async ({ request }) => {
  test.setTimeout(120_000);
  const [first, second] = instances;
  const { api, headers, answer } = await adminApi(request);
  const list = await answer<{ results: { documentId: string }[] }>(await request.get(`${api}/collection-types/${uid}?locale=en&filters[slug][$eq]=${seeded.slug.en}`, { headers }));
  const { documentId } = list.results[0];
  const current = await answer<{ data: Record<string, unknown> }>(await request.get(`${api}/collection-types/${uid}/${documentId}?locale=en`, { headers }));
  const original = current.data.shortDescription as string;
  const publish = (shortDescription: string) =>
    request.post(`${api}/collection-types/${uid}/${documentId}/actions/publish?locale=en`, { headers, data: { ...current.data, shortDescription, locale: 'en' } });
  const revalidateOn = async (instance: string) => {
    const response = await request.post(`${instance}/api/revalidate`, { headers: { Authorization: `Bearer ${revalidateSecret}` }, data: { collection: 'associations', documentId } });
    expect(response.status()).toBe(200);
  };

  // Both instances serve the page from the one cache.
  expect(await shortDescriptionOn(request, first)).toBe(original);
  expect(await shortDescriptionOn(request, second)).toBe(original);
  const changed = `Shared cache check ${Date.now().toString(36)}`;
  await answer(await publish(changed));
  try {
    // Nobody told these two yet: the cached page is still served.
    expect(await shortDescriptionOn(request, second)).toBe(original);
    // The CMS's call reaches the first instance only; the second serves the new text all the same.
    await revalidateOn(first);
    await expect.poll(() => shortDescriptionOn(request, second), { timeout: 30_000 }).toBe(changed);
    expect(await shortDescriptionOn(request, first)).toBe(changed);
  } finally {
    await answer(await publish(original));
    await revalidateOn(second);
  }
  await expect.poll(() => shortDescriptionOn(request, first), { timeout: 30_000 }).toBe(original);
});
