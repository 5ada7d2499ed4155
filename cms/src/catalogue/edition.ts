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
  entries: number;
  madeAt: string;
  fileName: string;
}

const entryFields = [
  'name', 'slug', 'shortDescription', 'kind', 'foundedYear', 'membersCount', 'website', 'email', 'phone', 'address', 'problems', 'needs',
] as const;

/** The catalogue, or null when there is no such sector. */
export async function makeCatalogue(strapi: Core.Strapi, locale: Locale, sectorSlug?: string): Promise<CatalogueEdition | null> {
  const [entries, sectors, settings] = await Promise.all([
    strapi.documents('api::association.association').findMany({
      locale,
      status: 'published',
      filters: sectorSlug ? { sectors: { slug: { $eq: sectorSlug } } } : {},
      fields: [...entryFields],
      populate: { logo: { fields: ['url', 'mime', 'formats'] }, sectors: { fields: ['name', 'slug', 'order'] } },
      sort: 'name:asc',
    }) as unknown as Promise<CatalogueEntry[]>,
    strapi.documents('api::sector.sector').findMany({ locale, status: 'published', fields: ['name', 'slug', 'order'] }) as unknown as Promise<Sector[]>,
    strapi.documents('api::global.global').findFirst({ locale, status: 'published', fields: ['siteName', 'catalogueIntro'] }) as unknown as Promise<SiteSettings | null>,
  ]);
  const sector = sectorSlug ? sectors.find((candidate) => candidate.slug === sectorSlug) : undefined;
  if (sectorSlug && !sector) return null;

  const madeAt = new Date().toISOString();
  const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  const pdf = await typesetInWorker({
    kind: 'catalogue',
    locale,
    sector,
    entries,
    sectors,
    siteName: settings?.siteName ?? '',
    intro: settings?.catalogueIntro ?? '',
    catalogueUrl: `${siteUrl}/${locale}/associations`,
    madeAt,
    logos: await loadLogos(entries, strapi.dirs.static.public),
  });
  return { pdf, entries: entries.length, madeAt, fileName: `${catalogueWords[locale].fileName}${sector ? `-${sector.slug}` : ''}.pdf` };
}
