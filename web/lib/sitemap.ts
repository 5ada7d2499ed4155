import {
  addressableCollections,
  defaultLocale,
  isAddressableCollection,
  itemPath,
  locales,
  type AddressableCollection,
  type ItemAddress,
  type Locale,
} from '@forum/shared';
import type { MetadataRoute } from 'next';
import { absoluteUrl, siteUrl } from './site-url';

/** The section pages, with the same address in every language. */
export const sectionPaths = ['', '/associations', '/events', '/news', '/policy', '/outcomes', '/outcomes/needs'];

/**
 * How many documents of a collection one sitemap holds, counted in the default language: with both
 * languages at most 10,000 addresses, a fifth of the protocol's 50,000 per file, which leaves room for
 * the documents that exist only in English.
 */
export const documentsPerSitemap = 5000;

/** The sitemap of the section pages; a collection's are `{collection}-{part}`, e.g. news-articles-0. */
export const sectionsSitemapId = 'sections';

/** How many published documents each collection has in each language. */
export type ItemCounts = Record<AddressableCollection, Record<Locale, number>>;

/**
 * The sitemaps the index lists: the sections', then each collection's parts of `documentsPerSitemap`
 * documents of the default language; one part for a collection only in English, none for an empty one.
 */
export function sitemapIds(counts: ItemCounts): string[] {
  const collectionIds = addressableCollections.flatMap((collection) => {
    const hasItems = locales.some((locale) => counts[collection][locale] > 0);
    const parts = Math.max(Math.ceil(counts[collection][defaultLocale] / documentsPerSitemap), hasItems ? 1 : 0);
    return Array.from({ length: parts }, (_, part) => `${collection}-${part}`);
  });
  return [sectionsSitemapId, ...collectionIds];
}

/** The collection and part a sitemap id names; null for the sections' (or any id sitemapIds does not make). */
export function parseCollectionPart(id: string): { collection: AddressableCollection; part: number } | null {
  const match = /^(.+)-(\d+)$/.exec(id);
  return match && isAddressableCollection(match[1]) ? { collection: match[1], part: Number(match[2]) } : null;
}

/** Where Next serves the sitemap of this id (app/sitemaps/sitemap.ts, with generateSitemaps). */
export const sitemapUrl = (id: string, origin = siteUrl) => absoluteUrl(`/sitemaps/sitemap/${id}.xml`, origin);

/** The sitemap index served at /sitemap.xml: the address of each sitemap (Next writes none itself). */
export function sitemapIndex(ids: string[], origin = siteUrl): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...ids.map((id) => `<sitemap><loc>${sitemapUrl(id, origin)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

/** hreflang alternates of one page: its address in each language it exists in, the Russian one as x-default. */
function languages(urls: Partial<Record<Locale, string>>): Record<string, string> {
  const fallback = urls.ru ?? Object.values(urls)[0];
  return { ...urls, ...(fallback ? { 'x-default': fallback } : {}) };
}

/** The section pages in both languages, each with its other-language version. */
export function sectionsSitemap(origin = siteUrl): MetadataRoute.Sitemap {
  return sectionPaths.flatMap((path) => {
    const urls = Object.fromEntries(locales.map((locale) => [locale, absoluteUrl(`/${locale}${path}`, origin)]));
    return locales.map((locale) => ({
      url: urls[locale],
      changeFrequency: 'daily' as const,
      priority: path === '' ? 1 : 0.8,
      alternates: { languages: languages(urls) },
    }));
  });
}

/** One part of a collection: each of its items in every language it exists in, each naming its other-language versions. */
export function collectionSitemap(collection: AddressableCollection, items: Record<Locale, ItemAddress[]>, origin = siteUrl): MetadataRoute.Sitemap {
  // One document, whatever its language: its versions are each other's alternates.
  const versions = new Map<string, Partial<Record<Locale, ItemAddress>>>();
  for (const locale of locales) {
    for (const item of items[locale]) versions.set(item.documentId, { ...versions.get(item.documentId), [locale]: item });
  }
  return [...versions.values()].flatMap((byLocale) => {
    const urls: Partial<Record<Locale, string>> = {};
    for (const locale of locales) {
      const item = byLocale[locale];
      if (item) urls[locale] = absoluteUrl(`/${locale}${itemPath(collection, item.slug)}`, origin);
    }
    return locales.flatMap((locale) => {
      const item = byLocale[locale];
      if (!item) return [];
      return [{ url: urls[locale]!, lastModified: item.updatedAt, priority: 0.6, alternates: { languages: languages(urls) } }];
    });
  });
}
