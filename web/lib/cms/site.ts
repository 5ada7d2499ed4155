// The web's data layer (lib/cms/*): every CMS read goes through cached functions like these. They
// throw on a failed request (the shared client does), so a cached page keeps being served while the
// CMS is down. Each function tags every collection it reads, populated relations included, so that a
// change anywhere refreshes it. This file: the site-wide reads and the home page.
import 'server-only';
import {
  collectionTag,
  countAssociations as countAssociationsQuery,
  findPageBySlug as findPageBySlugQuery,
  getSiteSettings as getSiteSettingsQuery,
  listFeaturedAssociations as listFeaturedAssociationsQuery,
  listLatestNews as listLatestNewsQuery,
  listPageLinks as listPageLinksQuery,
  listSectors as listSectorsQuery,
  listUpcomingEvents as listUpcomingEventsQuery,
  type Locale,
  type Page,
} from '@forum/shared';
import { cacheLife, cacheTag } from 'next/cache';
import { cms } from './client';

export async function getSiteSettings(locale: Locale) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('global'));
  return getSiteSettingsQuery(cms, locale);
}

export async function listSectors(locale: Locale) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('sectors'));
  return listSectorsQuery(cms, locale);
}

export async function listUpcomingEvents(locale: Locale, limit: number) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('events'), collectionTag('sectors'));
  // "Now" is read inside the cache scope: the list is as fresh as the cache entry (5 minutes).
  return listUpcomingEventsQuery(cms, locale, new Date(), limit);
}

export async function listLatestNews(locale: Locale, limit: number) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('news-articles'), collectionTag('associations'), collectionTag('sectors'));
  return listLatestNewsQuery(cms, locale, limit);
}

export async function listFeaturedAssociations(locale: Locale, limit: number) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('associations'), collectionTag('sectors'));
  return listFeaturedAssociationsQuery(cms, locale, limit);
}

export async function countAssociations(locale: Locale) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('associations'));
  return countAssociationsQuery(cms, locale);
}

/** The page with this slug in this language, or null when there is none. */
export async function findPageBySlug(locale: Locale, slug: string): Promise<Page | null> {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('pages'));
  return (await findPageBySlugQuery(cms, locale, slug)) ?? null;
}

/** Every page's title and slugs, for the menu and the static params of /[locale]/[slug]. */
export async function listPageLinks(locale: Locale) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('pages'));
  return listPageLinksQuery(cms, locale);
}
