// The catalogue's questions to the CMS: the searchable, filtered list of associations, one
// association's profile, and a sector's page (the sector, its associations, events and news).
import type { CmsClient } from './client';
import { CmsError } from './errors';
import type { QueryParams } from './query-string';
import type { Locale } from '../types/strapi';
import { cataloguePageSize, type CatalogueFilters } from '../schemas/catalogue';
import { searchFilter, type StemStrength } from '../search';
import { presets, withLocalizations } from './presets';

export {
  catalogueApiQuerySchema,
  catalogueEditionInfoQuerySchema,
  catalogueEditionQuerySchema,
  catalogueVolumeSchema,
  catalogueFiltersSchema,
  cataloguePageSize,
  catalogueQueryMaxLength,
  type CatalogueFilters,
} from '../schemas/catalogue';

const { logo, sectors } = presets.associationCard.populate;

export const cataloguePresets = {
  /** Everything public the profile shows, with what the association did on the Forum. */
  associationProfile: {
    fields: [
      'name', 'slug', 'shortDescription', 'description', 'kind', 'foundedYear', 'membersCount', 'website', 'email',
      'phone', 'address', 'district', 'allianceMembership', 'problems', 'needs', 'updatedAt',
    ],
    populate: {
      logo,
      sectors,
      location: { fields: ['latitude', 'longitude'] },
      socialLinks: { fields: ['network', 'url'] },
      pilotProjects: { fields: ['title', 'slug', 'description', 'state'], sort: ['title:asc'] },
      organisedEvents: { fields: ['title', 'slug', 'kind', 'startsAt', 'endsAt'], sort: ['startsAt:desc'] },
      newsArticles: { fields: ['title', 'slug', 'date'], sort: ['date:desc'] },
      ...withLocalizations,
    },
  },
  /** An association in the published catalogue (its PDF edition and open data): the profile's public facts, without its history on the Forum. */
  catalogueEntry: {
    fields: [
      'name', 'slug', 'shortDescription', 'kind', 'foundedYear', 'membersCount', 'website', 'email', 'phone', 'address',
      'district', 'allianceMembership', 'problems', 'needs', 'updatedAt',
    ],
    populate: { logo, sectors },
  },
  /** The head of a sector's page. */
  sectorPage: {
    fields: ['name', 'slug', 'description', 'icon'],
    populate: withLocalizations,
  },
} satisfies Record<string, QueryParams>;

function chosenFilters(filters: CatalogueFilters, strength: StemStrength): QueryParams[] {
  const search = filters.q ? searchFilter(filters.q, strength) : {};
  return [
    ...(Object.keys(search).length > 0 ? [search] : []),
    ...(filters.sector ? [{ sectors: { slug: { $eq: filters.sector } } }] : []),
    ...(filters.kind ? [{ kind: { $eq: filters.kind } }] : []),
    ...(filters.membership ? [{ allianceMembership: { $eq: filters.membership } }] : []),
  ];
}

/**
 * One page of the catalogue, alphabetical. A search that finds nothing is tried once more with
 * looser stems (a typo or an unusual ending); `broadened` tells the visitor so.
 */
export async function listAssociations(cms: CmsClient, locale: Locale, filters: CatalogueFilters) {
  const ask = (chosen: QueryParams[]) =>
    cms.find('associations', {
      locale,
      ...(chosen.length > 0 ? { filters: { $and: chosen } } : {}),
      sort: ['name:asc'],
      pagination: { page: filters.page, pageSize: cataloguePageSize },
      ...presets.associationCard,
    });
  const strictFilters = chosenFilters(filters, 'strict');
  const looseFilters = chosenFilters(filters, 'loose');
  let found = await ask(strictFilters);
  let broadened = false;
  if (found.meta.pagination.total === 0 && JSON.stringify(looseFilters) !== JSON.stringify(strictFilters)) {
    found = await ask(looseFilters);
    broadened = found.meta.pagination.total > 0;
  }
  return { associations: found.data, pagination: found.meta.pagination, broadened };
}

export type CataloguePage = Awaited<ReturnType<typeof listAssociations>>;

/** One association by its slug in that language, with its other-language slugs; null when missing. */
export function findAssociationBySlug(cms: CmsClient, locale: Locale, slug: string) {
  return cms.findFirst('associations', { locale, filters: { slug: { $eq: slug } }, ...cataloguePresets.associationProfile });
}

/** The slugs of the first `limit` associations in one language, in the order of slugs (static params). */
export function listAssociationSlugs(cms: CmsClient, locale: Locale, limit: number) {
  return cms.findAll('associations', { locale, fields: ['slug'], sort: ['slug:asc'] }, limit);
}

/** One sector by its slug, with its other-language slugs; null when missing. */
export function findSectorBySlug(cms: CmsClient, locale: Locale, slug: string) {
  return cms.findFirst('sectors', { locale, filters: { slug: { $eq: slug } }, ...cataloguePresets.sectorPage });
}

/** Every sector's slug in one language (static params). */
export function listSectorSlugs(cms: CmsClient, locale: Locale) {
  return cms.findAll('sectors', { locale, fields: ['slug'], sort: ['order:asc'] });
}

/** Every association of a sector, alphabetical, as cards. */
export function listSectorAssociations(cms: CmsClient, locale: Locale, sectorSlug: string) {
  return cms.findAll('associations', {
    locale,
    filters: { sectors: { slug: { $eq: sectorSlug } } },
    sort: ['name:asc'],
    ...presets.associationCard,
  });
}

/** A sector's next events (soonest first, an event in progress included) and its latest past ones. */
export async function listSectorEvents(cms: CmsClient, locale: Locale, sectorSlug: string, now: Date, limit: number) {
  const at = now.toISOString();
  const inSector = { sectors: { slug: { $eq: sectorSlug } } };
  const notOver = { $or: [{ endsAt: { $gte: at } }, { $and: [{ endsAt: { $null: true } }, { startsAt: { $gte: at } }] }] };
  const over = { $or: [{ endsAt: { $lt: at } }, { $and: [{ endsAt: { $null: true } }, { startsAt: { $lt: at } }] }] };
  const [upcoming, recent] = await Promise.all([
    cms.find('events', { locale, filters: { $and: [inSector, notOver] }, sort: ['startsAt:asc'], pagination: { page: 1, pageSize: limit }, ...presets.eventCard }),
    cms.find('events', { locale, filters: { $and: [inSector, over] }, sort: ['startsAt:desc'], pagination: { page: 1, pageSize: limit }, ...presets.eventCard }),
  ]);
  return { upcoming: upcoming.data, recent: recent.data };
}

/** A sector's latest news. */
export async function listSectorNews(cms: CmsClient, locale: Locale, sectorSlug: string, limit: number) {
  const page = await cms.find('news-articles', {
    locale,
    filters: { sectors: { slug: { $eq: sectorSlug } } },
    sort: ['date:desc'],
    pagination: { page: 1, pageSize: limit },
    ...presets.newsCard,
  });
  return page.data;
}

/** Every association of the published catalogue, or of one sector (by its slug), alphabetical. */
export function listCatalogueEntries(cms: CmsClient, locale: Locale, sectorSlug?: string) {
  return cms.findAll('associations', {
    locale,
    filters: sectorSlug ? { sectors: { slug: { $eq: sectorSlug } } } : {},
    sort: ['name:asc'],
    ...cataloguePresets.catalogueEntry,
  });
}

/** The published catalogue as a PDF, as the CMS typesets it (GET /api/catalogue.pdf). */
export interface CatalogueEdition {
  pdf: Uint8Array;
  /** When this edition was made (ISO), as printed on its cover. */
  madeAt: string;
  /** The associations in this volume. */
  entries: number;
  /** How many volumes the edition has (a large catalogue is printed in volumes, in the order of names). */
  volumes: number;
  fileName: string;
}

/** A volume (the first by default) of the catalogue in one language, of every sector or of one; null when there is no such sector or volume. */
export async function fetchCatalogueEdition(cms: CmsClient, locale: Locale, sectorSlug?: string, volume?: number): Promise<CatalogueEdition | null> {
  try {
    const { bytes, headers } = await cms.file('catalogue.pdf', { locale, ...(sectorSlug ? { sector: sectorSlug } : {}), ...(volume ? { volume } : {}) });
    return {
      pdf: bytes,
      madeAt: new Date(headers.get('last-modified') ?? Date.now()).toISOString(),
      entries: Number(headers.get('x-catalogue-entries') ?? 0),
      volumes: Number(headers.get('x-catalogue-volumes') ?? 1),
      fileName: /filename="([^"]+)"/.exec(headers.get('content-disposition') ?? '')?.[1] ?? 'catalogue.pdf',
    };
  } catch (error) {
    if (error instanceof CmsError && error.status === 404) return null;
    throw error;
  }
}

/**
 * An edition of the catalogue as its page describes it (GET /api/catalogue-edition), known at once
 * from a count: its volumes, and the first volume's size and date once the CMS has typeset it.
 */
export interface CatalogueEditionInfo {
  volumes: number;
  /** The associations in the first volume. */
  entries: number;
  /** The first volume's file name. */
  fileName: string;
  /** The first volume's size (bytes) and when it was made (ISO); null while it is being typeset. */
  typeset: { bytes: number; madeAt: string } | null;
}

/** What the edition of the catalogue in one language (of every sector or of one) holds; null when there is no such sector. */
export async function fetchCatalogueEditionInfo(cms: CmsClient, locale: Locale, sectorSlug?: string): Promise<CatalogueEditionInfo | null> {
  try {
    return await cms.single<CatalogueEditionInfo>('catalogue-edition', { locale, ...(sectorSlug ? { sector: sectorSlug } : {}) });
  } catch (error) {
    if (error instanceof CmsError && error.status === 404) return null;
    throw error;
  }
}
