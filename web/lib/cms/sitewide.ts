// The site-wide reads (see lib/cms/site.ts for the rules): the search and the sitemap's addresses,
// cached and tagged with every collection they read.
import 'server-only';
import {
  addressableCollections,
  collectionTag,
  listItemAddresses,
  locales,
  searchSite as searchSiteQuery,
  type Locale,
} from '@forum/shared';
import { cacheLife, cacheTag } from 'next/cache';
import type { ItemAddresses } from '@/lib/sitemap';
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

/** Every published item's address in every language, for the sitemap. */
export async function listAllItemAddresses(): Promise<ItemAddresses> {
  'use cache';
  cacheLife('cms');
  cacheTag(...addressableCollections.map((collection) => collectionTag(collection)));
  const lists = await Promise.all(
    addressableCollections.flatMap((collection) => locales.map(async (locale) => ({ collection, locale, items: await listItemAddresses(cms, collection, locale) }))),
  );
  const addresses = Object.fromEntries(addressableCollections.map((collection) => [collection, { ru: [], en: [] }])) as unknown as ItemAddresses;
  for (const { collection, locale, items } of lists) addresses[collection][locale] = items;
  return addresses;
}
