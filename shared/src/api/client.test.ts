import { createCmsClient } from './client';
import { CmsError } from './errors';

function fakeFetch(responses: Array<{ status: number; body: unknown }>) {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const fetch = jest.fn(async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    return new Response(JSON.stringify(next.body), { status: next.status, headers: { 'Content-Type': 'application/json' } });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const page = (data: unknown[], page: number, pageCount: number) => ({
  status: 200,
  body: { data, meta: { pagination: { page, pageSize: 100, pageCount, total: data.length } } },
});

describe('the CMS client', () => {
  it('asks the REST API of the configured CMS, with the locale and the token', async () => {
    const { fetch, calls } = fakeFetch([page([{ documentId: 'a' }], 1, 1)]);
    const cms = createCmsClient({ baseUrl: 'http://cms.test/', token: 'secret-token', fetch });
    const result = await cms.find('associations', { locale: 'en', sort: ['name:asc'] });
    expect(result.data).toEqual([{ documentId: 'a' }]);
    expect(decodeURIComponent(calls[0].url)).toBe('http://cms.test/api/associations?locale=en&sort[0]=name:asc');
    expect((calls[0].init?.headers as Record<string, string>).Authorization).toBe('Bearer secret-token');
  });

  it('sends no Authorization header without a token', async () => {
    const { fetch, calls } = fakeFetch([page([], 1, 0)]);
    await createCmsClient({ baseUrl: 'http://cms.test', fetch }).find('events');
    expect((calls[0].init?.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it('throws a CmsError with the CMS message on an error answer, instead of returning nothing', async () => {
    const { fetch } = fakeFetch([{ status: 400, body: { data: null, error: { status: 400, name: 'ValidationError', message: 'Invalid key internalNotes' } } }]);
    const cms = createCmsClient({ baseUrl: 'http://cms.test', fetch });
    await expect(cms.find('associations')).rejects.toThrow(new CmsError(400, 'CMS request failed: Invalid key internalNotes', ''));
  });

  it('throws a 503 CmsError when the CMS cannot be reached', async () => {
    const fetch = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof globalThis.fetch;
    const error = await createCmsClient({ baseUrl: 'http://cms.test', fetch }).find('sectors').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CmsError);
    expect((error as CmsError).status).toBe(503);
  });

  it('tells a missing document from other errors', async () => {
    const { fetch } = fakeFetch([{ status: 404, body: { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } } }]);
    const error = (await createCmsClient({ baseUrl: 'http://cms.test', fetch }).single('global').catch((caught: unknown) => caught)) as CmsError;
    expect(error.isNotFound).toBe(true);
  });

  it('reads every page of a long list', async () => {
    const { fetch, calls } = fakeFetch([page([{ documentId: 'a' }], 1, 3), page([{ documentId: 'b' }], 2, 3), page([{ documentId: 'c' }], 3, 3)]);
    const all = await createCmsClient({ baseUrl: 'http://cms.test', fetch }).findAll('associations', { locale: 'ru' });
    expect(all.map((document) => document.documentId)).toEqual(['a', 'b', 'c']);
    expect(calls.map((call) => decodeURIComponent(call.url).match(/pagination\[page\]=(\d)/)?.[1])).toEqual(['1', '2', '3']);
  });

  it('reads only the pages a limit needs, and no document past it', async () => {
    const documents = (from: number) => Array.from({ length: 100 }, (_, index) => ({ documentId: String(from + index) }));
    const { fetch, calls } = fakeFetch([page(documents(0), 1, 50), page(documents(100), 2, 50)]);
    const first = await createCmsClient({ baseUrl: 'http://cms.test', fetch }).findAll('news-articles', { locale: 'ru' }, 150);
    expect(first.map((document) => document.documentId)).toEqual(Array.from({ length: 150 }, (_, index) => String(index)));
    expect(calls).toHaveLength(2);
  });

  it("counts from a page of one document, with Strapi's total", async () => {
    const { fetch, calls } = fakeFetch([{ status: 200, body: { data: [{ documentId: 'a' }], meta: { pagination: { page: 1, pageSize: 1, pageCount: 42, total: 42 } } } }]);
    expect(await createCmsClient({ baseUrl: 'http://cms.test', fetch }).count('news-articles', { locale: 'en' })).toBe(42);
    expect(decodeURIComponent(calls[0].url)).toBe('http://cms.test/api/news-articles?locale=en&fields[0]=documentId&pagination[page]=1&pagination[pageSize]=1');
  });

  it('returns null from findFirst when nothing matches', async () => {
    const { fetch } = fakeFetch([page([], 1, 0)]);
    expect(await createCmsClient({ baseUrl: 'http://cms.test', fetch }).findFirst('pages', { filters: { slug: { $eq: 'x' } } })).toBeNull();
  });

  it('asks for drafts, with the preview secret, while an editor previews; never otherwise', async () => {
    let previewing = false;
    const { fetch, calls } = fakeFetch([page([], 1, 1), page([], 1, 1)]);
    const cms = createCmsClient({ baseUrl: 'http://cms.test', fetch, draft: { isEnabled: async () => previewing, secret: 'preview-secret' } });
    await cms.find('associations', { locale: 'ru' });
    previewing = true;
    await cms.find('associations', { locale: 'ru' });
    expect(calls[0].url).not.toContain('status=draft');
    expect((calls[0].init?.headers as Record<string, string>)['x-preview-secret']).toBeUndefined();
    expect(calls[1].url).toContain('status=draft');
    expect((calls[1].init?.headers as Record<string, string>)['x-preview-secret']).toBe('preview-secret');
  });

  it('asks for no drafts of what has none (the endorsements), even while an editor previews', async () => {
    const { fetch, calls } = fakeFetch([page([], 1, 1)]);
    const cms = createCmsClient({ baseUrl: 'http://cms.test', fetch, draft: { isEnabled: async () => true, secret: 'preview-secret' } });
    await cms.find('endorsements', { locale: 'ru' });
    expect(calls[0].url).not.toContain('status=draft');
  });
});
