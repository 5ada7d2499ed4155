import { createCmsClient } from './client';
import { catalogueApiQuerySchema, catalogueFiltersSchema, listAssociations } from './catalogue';

function fakeCms(totals: number[]) {
  const urls: string[] = [];
  const fetch = jest.fn(async (url: string) => {
    urls.push(decodeURIComponent(url));
    const total = totals.shift() ?? 0;
    const data = Array.from({ length: Math.min(total, 12) }, (_, index) => ({ documentId: `a${index}`, name: `A${index}` }));
    return new Response(JSON.stringify({ data, meta: { pagination: { page: 1, pageSize: 12, pageCount: Math.ceil(total / 12), total } } }), { status: 200 });
  });
  return { cms: createCmsClient({ baseUrl: 'http://cms.test', fetch: fetch as unknown as typeof globalThis.fetch }), urls };
}

describe('the catalogue filters in the URL', () => {
  it('a visitor with a hand-edited address still gets a page: bad values are dropped', () => {
    expect(catalogueFiltersSchema.parse({ q: '  мебель ', sector: 'Design!', kind: 'guild', membership: ['member', 'partner'], page: 'two' })).toEqual({
      q: 'мебель',
      sector: undefined,
      kind: undefined,
      membership: 'member',
      page: 1,
    });
    expect(catalogueFiltersSchema.parse({ q: '', sector: '', kind: '', page: '3' })).toEqual({ q: undefined, sector: undefined, kind: undefined, membership: undefined, page: 3 });
    expect(catalogueFiltersSchema.parse({ q: 'я'.repeat(500) }).q).toHaveLength(200);
  });

  it('the JSON route refuses bad values instead of guessing', () => {
    expect(catalogueApiQuerySchema.safeParse({ locale: 'ru', kind: 'guild' }).success).toBe(false);
    expect(catalogueApiQuerySchema.safeParse({ locale: 'de' }).success).toBe(false);
    expect(catalogueApiQuerySchema.safeParse({ locale: 'en', page: '0' }).success).toBe(false);
    expect(catalogueApiQuerySchema.parse({ locale: 'en', q: 'design', sector: 'design', page: '2' })).toEqual({
      locale: 'en',
      q: 'design',
      sector: 'design',
      kind: undefined,
      membership: undefined,
      page: 2,
    });
  });

});

describe('listing the catalogue', () => {
  it('asks for one alphabetical page of cards with every chosen filter', async () => {
    const { cms, urls } = fakeCms([3]);
    const result = await listAssociations(cms, 'ru', { q: 'Мебели', sector: 'design', kind: 'professional_union', membership: 'member', page: 2 });
    expect(result.pagination.total).toBe(3);
    expect(result.broadened).toBe(false);
    expect(urls).toHaveLength(1);
    expect(urls[0]).toContain('filters[$and][0][$and][0][searchText][$contains]=мебел');
    expect(urls[0]).toContain('filters[$and][1][sectors][slug][$eq]=design');
    expect(urls[0]).toContain('filters[$and][2][kind][$eq]=professional_union');
    expect(urls[0]).toContain('filters[$and][3][allianceMembership][$eq]=member');
    expect(urls[0]).toContain('sort[0]=name:asc');
    expect(urls[0]).toContain('pagination[page]=2&pagination[pageSize]=12');
  });

  it('a search that finds nothing is tried again with looser stems, and says so', async () => {
    const { cms, urls } = fakeCms([0, 2]);
    const result = await listAssociations(cms, 'ru', { q: 'ассоциоция', page: 1 });
    expect(urls).toHaveLength(2);
    expect(urls[1]).toContain('[searchText][$contains]=ассоц');
    expect(result.broadened).toBe(true);
    expect(result.associations).toHaveLength(2);
  });

  it('filters alone, or a short word, are not retried', async () => {
    const { cms, urls } = fakeCms([0, 0]);
    const result = await listAssociations(cms, 'ru', { q: 'кино', sector: 'music', page: 1 });
    expect(urls).toHaveLength(1);
    expect(result.broadened).toBe(false);
    const unfiltered = fakeCms([52]);
    await listAssociations(unfiltered.cms, 'en', { page: 1 });
    expect(unfiltered.urls[0]).not.toContain('filters');
  });
});
