// Two portal instances on one Redis (REDIS_URL) serve one cache: content changed in the CMS reaches
// both once either is told, as behind a load balancer the CMS's call reaches one instance only.
// `npm test` starts the two instances (E2E_SHARED_CACHE_URLS) when Redis answers on 127.0.0.1:6379.
import { expect, test } from '@playwright/test';
import { adminUnavailable } from './admin';
import { shortDescriptionEditor, shortDescriptionOn } from './association-edits';

const instances = (process.env.E2E_SHARED_CACHE_URLS ?? '').split(',').filter(Boolean);
const revalidateSecret = process.env.E2E_REVALIDATE_SECRET;
test.skip(instances.length !== 2 || !revalidateSecret || Boolean(adminUnavailable), 'needs E2E_SHARED_CACHE_URLS (two portal instances on one Redis), E2E_REVALIDATE_SECRET and the admin');

test('a change revalidated on one instance is served by the other', async ({ request }) => {
  test.setTimeout(120_000);
  const [first, second] = instances;
  const editor = await shortDescriptionEditor(request, 'furniture-designers-association');
  const original = editor.current;
  const shownBy = (instance: string) => shortDescriptionOn(request, instance, editor.path);
  const revalidateOn = async (instance: string) => {
    const response = await request.post(`${instance}/api/revalidate`, {
      headers: { Authorization: `Bearer ${revalidateSecret}` },
      data: { collection: 'associations', documentId: editor.documentId },
    });
    expect(response.status()).toBe(200);
  };

  // Both instances serve the page from the one cache.
  expect(await shownBy(first)).toBe(original);
  expect(await shownBy(second)).toBe(original);
  const changed = `Shared cache check ${Date.now().toString(36)}`;
  await editor.publish(changed);
  try {
    // Nobody told these two yet: the cached page is still served.
    expect(await shownBy(second)).toBe(original);
    // The CMS's call reaches the first instance only; the second serves the new text all the same.
    await revalidateOn(first);
    await expect.poll(() => shownBy(second), { timeout: 30_000 }).toBe(changed);
    expect(await shownBy(first)).toBe(changed);
  } finally {
    await editor.publish(original);
    await revalidateOn(second);
  }
  await expect.poll(() => shownBy(first), { timeout: 30_000 }).toBe(original);
});
