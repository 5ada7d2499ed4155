// The catalogue's cached reads (see lib/cms/site.ts for the rules): each tags every collection it
// reads, populated relations included, and throws when the CMS fails.
import 'server-only';
import {
  collectionTag,
  fetchCatalogueEdition,
  fetchCatalogueEditionInfo,
  findAssociationBySlug as findAssociationBySlugQuery,
  findSectorBySlug as findSectorBySlugQuery,
  listAssociations as listAssociationsQuery,
  listCatalogueEntries as listCatalogueEntriesQuery,
  listAssociationSlugs as listAssociationSlugsQuery,
  listSectorAssociations as listSectorAssociationsQuery,
  listSectorEvents as listSectorEventsQuery,
  listSectorNews as listSectorNewsQuery,
  listSectorSlugs as listSectorSlugsQuery,
  type Association,
  type CatalogueEdition,
  type CatalogueEditionInfo,
  type CatalogueFilters,
  type Locale,
  type Sector,
} from '@forum/shared';
import { cacheLife, cacheTag } from 'next/cache';
import { cms } from './client';

/** One page of the catalogue (the page and the JSON route of its live filtering share this cache). */
export async function listAssociations(locale: Locale, filters: CatalogueFilters) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('associations'), collectionTag('sectors'));
  return listAssociationsQuery(cms, locale, filters);
}

/** The association with this slug in this language, with everything its profile shows, or null. */
export async function findAssociationBySlug(locale: Locale, slug: string): Promise<Association | null> {
  'use cache';
  cacheLife('cms');
  cacheTag(
    collectionTag('associations'),
    collectionTag('sectors'),
    collectionTag('pilot-projects'),
    collectionTag('events'),
    collectionTag('news-articles'),
    collectionTag('policy-papers'),
  );
  return (await findAssociationBySlugQuery(cms, locale, slug)) ?? null;
}

/** Every association of the published catalogue (its PDF and open data), or of one sector. */
export async function listCatalogueEntries(locale: Locale, sectorSlug?: string) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('associations'), collectionTag('sectors'));
  return listCatalogueEntriesQuery(cms, locale, sectorSlug);
}

/**
 * A volume of the published catalogue's PDF, typeset by the CMS: cached like the pages that show the
 * catalogue, so a change to an association, a sector or the site settings makes the next download a new edition.
 */
export async function catalogueEdition(locale: Locale, sectorSlug?: string, volume?: number): Promise<CatalogueEdition | null> {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('associations'), collectionTag('sectors'), collectionTag('global'));
  return fetchCatalogueEdition(cms, locale, sectorSlug, volume);
}

/**
 * What an edition holds (its volumes; the first one's size and date once the CMS has typeset it),
 * answered at once: the catalogue page never waits for typesetting. The CMS says when an edition is
 * ready (the catalogue-editions tag), until the portal has heard it.
 */
export async function catalogueEditionInfo(locale: Locale, sectorSlug?: string): Promise<CatalogueEditionInfo | null> {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('associations'), collectionTag('sectors'), collectionTag('global'), collectionTag('catalogue-editions'));
  return fetchCatalogueEditionInfo(cms, locale, sectorSlug);
}

export async function listAssociationSlugs(locale: Locale, limit: number) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('associations'));
  return listAssociationSlugsQuery(cms, locale, limit);
}

/** The sector with this slug in this language, or null. */
export async function findSectorBySlug(locale: Locale, slug: string): Promise<Sector | null> {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('sectors'));
  return (await findSectorBySlugQuery(cms, locale, slug)) ?? null;
}

export async function listSectorSlugs(locale: Locale) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('sectors'));
  return listSectorSlugsQuery(cms, locale);
}

export async function listSectorAssociations(locale: Locale, sectorSlug: string) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('associations'), collectionTag('sectors'));
  return listSectorAssociationsQuery(cms, locale, sectorSlug);
}

export async function listSectorEvents(locale: Locale, sectorSlug: string, limit: number) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('events'), collectionTag('sectors'));
  // "Now" is read inside the cache scope: an event moves to the past within one cache lifetime.
  return listSectorEventsQuery(cms, locale, sectorSlug, new Date(), limit);
}

export async function listSectorNews(locale: Locale, sectorSlug: string, limit: number) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('news-articles'), collectionTag('associations'), collectionTag('sectors'));
  return listSectorNewsQuery(cms, locale, sectorSlug, limit);
}
