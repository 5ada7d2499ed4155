import type { ItemAddresses } from './sitemap';
import { buildSitemap, sectionPaths } from './sitemap';

const none = { ru: [], en: [] };
const items: ItemAddresses = {
  pages: { ru: [{ documentId: 'p1', slug: 'o-forume', updatedAt: '2025-03-01T10:00:00.000Z' }], en: [{ documentId: 'p1', slug: 'about', updatedAt: '2025-03-02T10:00:00.000Z' }] },
  associations: {
    ru: [
      { documentId: 'a1', slug: 'soyuz-dizainerov', updatedAt: '2025-04-01T10:00:00.000Z' },
      { documentId: 'a2', slug: 'tolko-po-russki', updatedAt: '2025-04-01T10:00:00.000Z' },
    ],
    en: [{ documentId: 'a1', slug: 'designers-union', updatedAt: '2025-04-01T11:00:00.000Z' }],
  },
  events: none,
  'news-articles': none,
  'policy-papers': { ru: [], en: [{ documentId: 'x1', slug: 'english-only', updatedAt: '2025-05-01T10:00:00.000Z' }] },
  sectors: { ru: [{ documentId: 's1', slug: 'dizain', updatedAt: '2025-01-01T00:00:00.000Z' }], en: [{ documentId: 's1', slug: 'design', updatedAt: '2025-01-01T00:00:00.000Z' }] },
};

const sitemap = buildSitemap(items, 'https://forum.example');
const entry = (url: string) => sitemap.find((e) => e.url === url);

describe('buildSitemap', () => {
  it('lists the home page and every section in both languages', () => {
    for (const path of ['', '/associations', '/events', '/news', '/policy']) {
      expect(entry(`https://forum.example/ru${path}`)).toBeDefined();
      expect(entry(`https://forum.example/en${path}`)).toBeDefined();
    }
    expect(entry('https://forum.example/en/news')?.alternates?.languages).toEqual({
      ru: 'https://forum.example/ru/news',
      en: 'https://forum.example/en/news',
      'x-default': 'https://forum.example/ru/news',
    });
  });

  it('lists both languages of an association, each naming the other with its own slug', () => {
    const languages = {
      ru: 'https://forum.example/ru/associations/soyuz-dizainerov',
      en: 'https://forum.example/en/associations/designers-union',
      'x-default': 'https://forum.example/ru/associations/soyuz-dizainerov',
    };
    expect(entry(languages.ru)).toEqual({ url: languages.ru, lastModified: '2025-04-01T10:00:00.000Z', priority: 0.6, alternates: { languages } });
    expect(entry(languages.en)).toMatchObject({ lastModified: '2025-04-01T11:00:00.000Z', alternates: { languages } });
  });

  it('puts pages at the top level and sectors under /sectors', () => {
    expect(entry('https://forum.example/ru/o-forume')).toBeDefined();
    expect(entry('https://forum.example/en/about')).toBeDefined();
    expect(entry('https://forum.example/en/sectors/design')).toBeDefined();
  });

  it('gives an untranslated item only the language it exists in', () => {
    expect(entry('https://forum.example/ru/associations/tolko-po-russki')?.alternates?.languages).toEqual({
      ru: 'https://forum.example/ru/associations/tolko-po-russki',
      'x-default': 'https://forum.example/ru/associations/tolko-po-russki',
    });
    expect(entry('https://forum.example/en/policy/english-only')?.alternates?.languages).toEqual({
      en: 'https://forum.example/en/policy/english-only',
      'x-default': 'https://forum.example/en/policy/english-only',
    });
    expect(sitemap.filter((e) => e.url.includes('english-only'))).toHaveLength(1);
  });

  it('lists each address once', () => {
    const urls = sitemap.map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toHaveLength(sectionPaths.length * 2 + 2 + 3 + 1 + 2);
  });
});
