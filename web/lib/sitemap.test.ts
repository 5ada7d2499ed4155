import { locales, type ItemAddress, type Locale } from '@forum/shared';
import type { ItemCounts } from './sitemap';
import { collectionSitemap, documentsPerSitemap, parseCollectionPart, sectionPaths, sectionsSitemap, sitemapIds, sitemapIndex } from './sitemap';

const origin = 'https://forum.example';
const none = { ru: 0, en: 0 };
const counts: ItemCounts = {
  pages: { ru: 3, en: 3 },
  associations: { ru: documentsPerSitemap, en: documentsPerSitemap - 10 },
  events: none,
  'news-articles': { ru: 2 * documentsPerSitemap + 1, en: 2 * documentsPerSitemap },
  'policy-papers': { ru: 0, en: 2 },
  sectors: { ru: 12, en: 12 },
};

describe('the sitemap index', () => {
  const ids = sitemapIds(counts);

  it('cuts a collection into one sitemap per started block of documents', () => {
    expect(ids.filter((id) => id.startsWith('news-articles-'))).toEqual(['news-articles-0', 'news-articles-1', 'news-articles-2']);
    expect(ids.filter((id) => id.startsWith('associations-'))).toEqual(['associations-0']);
  });

  it('keeps a collection whose documents are only in English, and lists none for an empty one', () => {
    expect(ids).toContain('policy-papers-0');
    expect(ids.some((id) => id.startsWith('events-'))).toBe(false);
  });

  it('lists the sections and every part, each at the address Next serves it', () => {
    expect(ids).toEqual(['sections', 'pages-0', 'associations-0', 'news-articles-0', 'news-articles-1', 'news-articles-2', 'policy-papers-0', 'sectors-0']);
    const xml = sitemapIndex(ids, origin);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect([...xml.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((match) => match[1])).toEqual(
      ids.map((id) => `https://forum.example/sitemaps/sitemap/${id}.xml`),
    );
  });

  it('names the collection and part of each of its sitemaps, and none for the sections', () => {
    expect(parseCollectionPart('news-articles-2')).toEqual({ collection: 'news-articles', part: 2 });
    expect(parseCollectionPart('policy-papers-0')).toEqual({ collection: 'policy-papers', part: 0 });
    expect(parseCollectionPart('sections')).toBeNull();
    expect(parseCollectionPart('unknown-0')).toBeNull();
  });

  it('keeps each sitemap within the protocol, both languages of every document counted', () => {
    expect(documentsPerSitemap * locales.length).toBeLessThanOrEqual(50_000);
  });
});

describe('the sections sitemap', () => {
  const sitemap = sectionsSitemap(origin);

  it('lists the home page and every section in both languages, each naming the other', () => {
    expect(sitemap).toHaveLength(sectionPaths.length * 2);
    for (const path of ['', '/associations', '/events', '/news', '/policy']) {
      expect(sitemap.find((e) => e.url === `https://forum.example/ru${path}`)).toBeDefined();
      expect(sitemap.find((e) => e.url === `https://forum.example/en${path}`)).toBeDefined();
    }
    expect(sitemap.find((e) => e.url === 'https://forum.example/en/news')?.alternates?.languages).toEqual({
      ru: 'https://forum.example/ru/news',
      en: 'https://forum.example/en/news',
      'x-default': 'https://forum.example/ru/news',
    });
  });
});

describe("a collection's sitemap", () => {
  const address = (documentId: string, slug: string, updatedAt = '2025-04-01T10:00:00.000Z'): ItemAddress => ({ documentId, slug, updatedAt });
  const part = (items: Record<Locale, ItemAddress[]>, collection: Parameters<typeof collectionSitemap>[0] = 'associations') =>
    collectionSitemap(collection, items, origin);

  it('lists both languages of an association, each naming the other with its own slug', () => {
    const sitemap = part({
      ru: [address('a1', 'soyuz-dizainerov')],
      en: [address('a1', 'designers-union', '2025-04-01T11:00:00.000Z')],
    });
    const languages = {
      ru: 'https://forum.example/ru/associations/soyuz-dizainerov',
      en: 'https://forum.example/en/associations/designers-union',
      'x-default': 'https://forum.example/ru/associations/soyuz-dizainerov',
    };
    expect(sitemap).toEqual([
      { url: languages.ru, lastModified: '2025-04-01T10:00:00.000Z', priority: 0.6, alternates: { languages } },
      { url: languages.en, lastModified: '2025-04-01T11:00:00.000Z', priority: 0.6, alternates: { languages } },
    ]);
  });

  it('puts pages at the top level and sectors under /sectors', () => {
    expect(part({ ru: [address('p1', 'o-forume')], en: [address('p1', 'about')] }, 'pages').map((e) => e.url)).toEqual([
      'https://forum.example/ru/o-forume',
      'https://forum.example/en/about',
    ]);
    expect(part({ ru: [], en: [address('s1', 'design')] }, 'sectors')[0].url).toBe('https://forum.example/en/sectors/design');
  });

  it('gives an untranslated item only the language it exists in, an English-only one included', () => {
    const sitemap = part({ ru: [address('a2', 'tolko-po-russki')], en: [address('x1', 'english-only')] });
    expect(sitemap.map((e) => e.alternates?.languages)).toEqual([
      { ru: 'https://forum.example/ru/associations/tolko-po-russki', 'x-default': 'https://forum.example/ru/associations/tolko-po-russki' },
      { en: 'https://forum.example/en/associations/english-only', 'x-default': 'https://forum.example/en/associations/english-only' },
    ]);
  });
});
