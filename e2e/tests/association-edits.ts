// An editor changing an association's short description in the admin, and what a portal instance
// shows of it (the page's meta description, read as a crawler reads it): for the journeys about how
// a change reaches the portal.
import { expect, type APIRequestContext } from '@playwright/test';
import { adminApi } from './admin';
import { association } from './seed';

const uid = 'api::association.association';

export async function shortDescriptionEditor(request: APIRequestContext, key: string) {
  const slug = association(key).slug.en;
  const { api, headers, answer } = await adminApi(request);
  const list = await answer<{ results: { documentId: string }[] }>(await request.get(`${api}/collection-types/${uid}?locale=en&filters[slug][$eq]=${slug}`, { headers }));
  const { documentId } = list.results[0];
  const current = await answer<{ data: Record<string, unknown> }>(await request.get(`${api}/collection-types/${uid}/${documentId}?locale=en`, { headers }));
  return {
    documentId,
    path: `/en/associations/${slug}`,
    /** As the CMS has it now. */
    current: current.data.shortDescription as string,
    async publish(shortDescription: string) {
      await answer(await request.post(`${api}/collection-types/${uid}/${documentId}/actions/publish?locale=en`, { headers, data: { ...current.data, shortDescription, locale: 'en' } }));
    },
  };
}

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };

/** The short description the portal instance at `baseUrl` shows on the association's page. */
export async function shortDescriptionOn(request: APIRequestContext, baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await request.get(`${baseUrl}${path}`, { headers });
  expect(response.status()).toBe(200);
  const content = /<meta name="description" content="([^"]*)"/.exec(await response.text())?.[1] ?? '';
  return content.replace(/&(amp|quot|#x27|#39|lt|gt);/g, (entity) => entities[entity]);
}
