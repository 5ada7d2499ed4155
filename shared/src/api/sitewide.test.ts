import { createCmsClient } from './client';
import { countItemsByLocale, isSlugPublished, listItemAddressSlice, type ItemAddress } from './sitewide';
import type { Locale } from '../types/strapi';

interface StoredItem extends ItemAddress {
  locale: Locale;
}

/**
 * A Strapi REST endpoint over these items, as strict as the real one (cms/config/api.ts): it refuses
 * parameters it does not know and caps pages at 100. Unsorted, its order changes from one request to
 * the next, as a database's may.
 */
function fakeStrapi(items: StoredItem[]) {
  const known = /^(locale|sort\[0\]|pagination\[(page|pageSize)\]|fields\[\d+\]|filters\[documentId\]\[\$(gte|lt)\]|filters\[slug\]\[\$eq\])$/;
  let served = 0;
  let requests = 0;
  const fetch = (async (url: string) => {
    const params = new URL(url).searchParams;
    for (const key of params.keys()) if (!known.test(key)) return Response.json({ data: null, error: { status: 400, message: `Invalid key ${key}` } }, { status: 400 });
    const from = params.get('filters[documentId][$gte]');
    const to = params.get('filters[documentId][$lt]');
    const slug = params.get('filters[slug][$eq]');
    let found = items.filter(
      (item) =>
        item.locale === params.get('locale') && (from === null || item.documentId >= from) && (to === null || item.documentId < to) && (slug === null || item.slug === slug),
    );
    const shift = (requests++ * 7) % Math.max(found.length, 1);
    found = params.get('sort[0]') === 'documentId:asc' ? [...found].sort((a, b) => (a.documentId < b.documentId ? -1 : 1)) : [...found.slice(shift), ...found.slice(0, shift)];
    const pageSize = Math.min(Number(params.get('pagination[pageSize]') ?? 25), 100);
    const page = Number(params.get('pagination[page]') ?? 1);
    const data = found.slice((page - 1) * pageSize, page * pageSize);
    served += data.length;
    return Response.json({ data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(found.length / pageSize), total: found.length } } });
  }) as unknown as typeof globalThis.fetch;
  return { cms: createCmsClient({ baseUrl: 'http://cms.test', fetch }), served: () => served };
}

/** Strapi's documentIds look random (cuid2): these are scattered the same way, and stored unsorted. */
function documentIds(count: number, seed: number): string[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return `d${state.toString(36).padStart(8, '0')}`;
  });
}

const translated = documentIds(300, 1);
const russianOnly = documentIds(20, 2);
const englishOnly = ['a0000000-first', ...documentIds(3, 3), 'zzzzzzzz-last'];
const item = (documentId: string, locale: Locale): StoredItem => ({ documentId, locale, slug: `${locale}-${documentId}`, updatedAt: '2025-01-01T00:00:00.000Z' });
const items = [
  ...translated.flatMap((id) => [item(id, 'ru'), item(id, 'en')]),
  ...russianOnly.map((id) => item(id, 'ru')),
  ...englishOnly.map((id) => item(id, 'en')),
];
const russianCount = translated.length + russianOnly.length;
const sliceSize = 150;
const sliceCount = Math.ceil(russianCount / sliceSize);

async function readAllSlices() {
  const { cms } = fakeStrapi(items);
  return Promise.all(Array.from({ length: sliceCount }, (_, part) => listItemAddressSlice(cms, 'news-articles', { first: part * sliceSize, count: sliceSize })));
}

describe('the sitemap slices of a collection', () => {
  it('hold every item of every language exactly once', async () => {
    const slices = await readAllSlices();
    for (const locale of ['ru', 'en'] as const) {
      const listed = slices.flatMap((slice) => slice[locale].map((address) => address.documentId));
      const stored = items.filter((stored) => stored.locale === locale).map((stored) => stored.documentId);
      expect(listed).toHaveLength(stored.length);
      expect(new Set(listed)).toEqual(new Set(stored));
    }
  });

  it('hold as many Russian items as asked, the last one the rest', async () => {
    const slices = await readAllSlices();
    expect(slices.map((slice) => slice.ru.length)).toEqual([150, 150, 20]);
  });

  it('keep both languages of a document in the same slice, with their own slugs', async () => {
    const slices = await readAllSlices();
    for (const slice of slices) {
      const russian = new Set(slice.ru.map((address) => address.documentId));
      const translations = slice.en.filter((address) => translated.includes(address.documentId));
      expect(translations.every((address) => russian.has(address.documentId))).toBe(true);
      expect(translations.length).toBe(slice.ru.filter((address) => translated.includes(address.documentId)).length);
    }
    expect(slices.flatMap((slice) => slice.en).find((address) => address.documentId === translated[0])?.slug).toBe(`en-${translated[0]}`);
  });

  it('keep an item that exists only in English, before the first Russian one, after the last and in between', async () => {
    const slices = await readAllSlices();
    const english = slices.map((slice) => slice.en.map((address) => address.documentId));
    expect(english[0]).toContain('a0000000-first');
    expect(english[sliceCount - 1]).toContain('zzzzzzzz-last');
    expect(english.flat()).toEqual(expect.arrayContaining(englishOnly));
  });

  it('read only their own items from the CMS', async () => {
    const { cms, served } = fakeStrapi(items);
    const slice = await listItemAddressSlice(cms, 'news-articles', { first: sliceSize, count: sliceSize });
    // Its items in both languages, and the two documentIds that bound it.
    expect(served()).toBe(slice.ru.length + slice.en.length + 2);
  });

  it('is empty past the end', async () => {
    const { cms } = fakeStrapi(items);
    expect(await listItemAddressSlice(cms, 'news-articles', { first: sliceCount * sliceSize, count: sliceSize })).toEqual({ ru: [], en: [] });
  });
});

describe('countItemsByLocale', () => {
  it('counts a collection in each language from one-item pages', async () => {
    const { cms, served } = fakeStrapi(items);
    expect(await countItemsByLocale(cms, 'news-articles')).toEqual({ ru: russianCount, en: translated.length + englishOnly.length });
    expect(served()).toBe(2);
  });
});

describe('isSlugPublished', () => {
  it('asks about the one slug in one language, without reading the collection', async () => {
    const { cms, served } = fakeStrapi(items);
    expect(await isSlugPublished(cms, 'news-articles', 'ru', `ru-${translated[0]}`)).toBe(true);
    expect(await isSlugPublished(cms, 'news-articles', 'en', `ru-${translated[0]}`)).toBe(false);
    expect(await isSlugPublished(cms, 'news-articles', 'ru', 'never-published')).toBe(false);
    expect(served()).toBe(1);
  });
});
