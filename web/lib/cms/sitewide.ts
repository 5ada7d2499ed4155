// The site-wide reads (see lib/cms/site.ts for the rules): the search and the sitemaps' addresses,
// cached and tagged with every collection they read.
import 'server-only';
import {
  addressableCollections,
  collectionTag,
  countItemsByLocale,
  listItemAddressSlice,
  searchSite as searchSiteQuery,
  type AddressableCollection,
  type Locale,
} from '@forum/shared';
import { cacheLife, cacheTag } from 'next/cache';
import { documentsPerSitemap, type ItemCounts } from '@/lib/sitemap';
import { cms } from './client';

/** Associations, events, news and policy papers matching the words of `query`, by type. */
export async function searchSite(locale: Locale, query: string) {
  'use cache';
  cacheLife('cms');
  cacheTag(
    collectionTag('associations'),
    collectionTag('events'),
    collectionTag('news-articles'),
    collectionTag('policy-papers'),
    collectionTag('sectors'),
  );
  return searchSiteQuery(cms, locale, query);
}

/** How many published items each addressable collection has in each language, for the sitemap index. */
export async function countAddressableItems(): Promise<ItemCounts> {
  'use cache';
  cacheLife('cms');
  cacheTag(...addressableCollections.map((collection) => collectionTag(collection)));
  const counts = await Promise.all(addressableCollections.map((collection) => countItemsByLocale(cms, collection)));
  return Object.fromEntries(addressableCollections.map((collection, index) => [collection, counts[index]])) as ItemCounts;
}

/** The addresses of one sitemap of a collection, in every language; a publish in the collection refreshes them. */
export async function listSitemapAddresses(collection: AddressableCollection, part: number) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag(collection));
  return listItemAddressSlice(cms, collection, { first: part * documentsPerSitemap, count: documentsPerSitemap });
}
