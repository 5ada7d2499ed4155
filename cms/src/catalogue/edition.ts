// The published catalogue (the project's promised "catalogue of associations") as a PDF, made from
// the published content in one language, of every sector or of one. The portal asks for it through
// GET /api/catalogue.pdf and caches it under the same tags as the pages that show the catalogue.
import type { Locale, Sector, SiteSettings } from '@forum/shared';
import type { Core } from '@strapi/strapi';
import { loadLogos } from './logos';
import type { CatalogueEntry } from './structure';
import { typesetInWorker } from '../typesetting/queue';
import { catalogueWords } from './texts';

export interface CatalogueEdition {
  pdf: Buffer;
  /** The associations in this volume. */
  entries: number;
  volume: number;
  volumes: number;
  madeAt: string;
  fileName: string;
}

/**
 * The most associations one volume holds (CATALOGUE_VOLUME_SIZE, 300 by default): a larger catalogue
 * is printed in volumes, in the order of names. Each typesets in seconds; thousands of associations
 * in one document took minutes and gigabytes of memory.
 */
const volumeSize = () => Number(process.env.CATALOGUE_VOLUME_SIZE) || 300;

const entryFields = [
  'name', 'slug', 'shortDescription', 'kind', 'foundedYear', 'membersCount', 'website', 'email', 'phone', 'address', 'problems', 'needs',
] as const;

/** A volume of the catalogue (of every sector or of one), or why there is none. */
export async function makeCatalogue(
  strapi: Core.Strapi,
  locale: Locale,
  { sectorSlug, volume = 1 }: { sectorSlug?: string; volume?: number },
): Promise<CatalogueEdition | { missing: 'sector' } | { missing: 'volume'; volumes: number }> {
  const associations = strapi.documents('api::association.association');
  const filters = sectorSlug ? { sectors: { slug: { $eq: sectorSlug } } } : {};
  const size = volumeSize();
  const [count, sectors] = await Promise.all([
    associations.count({ locale, status: 'published', filters }),
    strapi.documents('api::sector.sector').findMany({ locale, status: 'published', fields: ['name', 'slug', 'order'] }) as unknown as Promise<Sector[]>,
  ]);
  // An unknown sector is said as such, whatever volume was asked for.
  const sector = sectorSlug ? sectors.find((candidate) => candidate.slug === sectorSlug) : undefined;
  if (sectorSlug && !sector) return { missing: 'sector' };
  const volumes = Math.max(1, Math.ceil(count / size));
  if (volume > volumes) return { missing: 'volume', volumes };
  const [entries, settings] = await Promise.all([
    associations.findMany({
      locale,
      status: 'published',
      filters,
      fields: [...entryFields],
      populate: { logo: { fields: ['url', 'mime', 'formats'] }, sectors: { fields: ['name', 'slug', 'order'] } },
      sort: 'name:asc',
      start: (volume - 1) * size,
      limit: size,
    }) as unknown as Promise<CatalogueEntry[]>,
    strapi.documents('api::global.global').findFirst({ locale, status: 'published', fields: ['siteName', 'catalogueIntro'] }) as unknown as Promise<SiteSettings | null>,
  ]);

  const madeAt = new Date().toISOString();
  const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  const pdf = await typesetInWorker({
    kind: 'catalogue',
    locale,
    sector,
    entries,
    volume: volumes > 1 ? { number: volume, of: volumes } : undefined,
    sectors,
    siteName: settings?.siteName ?? '',
    intro: settings?.catalogueIntro ?? '',
    catalogueUrl: `${siteUrl}/${locale}/associations`,
    madeAt,
    logos: await loadLogos(entries, strapi.dirs.static.public),
  });
  const words = catalogueWords[locale];
  const fileName = `${words.fileName}${sector ? `-${sector.slug}` : ''}${volumes > 1 ? `-${words.volumeFileName}-${volume}` : ''}.pdf`;
  return { pdf, entries: entries.length, volume, volumes, madeAt, fileName };
}
