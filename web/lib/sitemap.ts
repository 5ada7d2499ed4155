import { addressableCollections, itemPath, locales, type AddressableCollection, type ItemAddress, type Locale } from '@forum/shared';
import type { MetadataRoute } from 'next';
import { absoluteUrl, siteUrl } from './site-url';

/** The section pages, with the same address in every language. */
export const sectionPaths = ['', '/associations', '/events', '/news', '/policy', '/outcomes', '/outcomes/needs'];

/** Every published item's address, per collection and language. */
export type ItemAddresses = Record<AddressableCollection, Record<Locale, ItemAddress[]>>;

/** hreflang alternates of one page: its address in each language it exists in, the Russian one as x-default. */
function languages(urls: Partial<Record<Locale, string>>): Record<string, string> {
  const fallback = urls.ru ?? Object.values(urls)[0];
  return { ...urls, ...(fallback ? { 'x-default': fallback } : {}) };
}

/** Every public address of the portal in both languages, each with its other-language versions. */
export function buildSitemap(items: ItemAddresses, origin = siteUrl): MetadataRoute.Sitemap {
  const sections = sectionPaths.flatMap((path) => {
    const urls = Object.fromEntries(locales.map((locale) => [locale, absoluteUrl(`/${locale}${path}`, origin)]));
    return locales.map((locale) => ({
      url: urls[locale],
      changeFrequency: 'daily' as const,
      priority: path === '' ? 1 : 0.8,
      alternates: { languages: languages(urls) },
    }));
  });

  const documents = addressableCollections.flatMap((collection) => {
    // One document, whatever its language: its versions are each other's alternates.
    const versions = new Map<string, Partial<Record<Locale, ItemAddress>>>();
    for (const locale of locales) {
      for (const item of items[collection][locale]) versions.set(item.documentId, { ...versions.get(item.documentId), [locale]: item });
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
  });

  return [...sections, ...documents];
}
