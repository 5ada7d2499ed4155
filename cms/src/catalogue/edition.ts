// The published catalogue (the project's promised "catalogue of associations") as a PDF, made from
// the published content in one language, of every sector or of one: first planned from a count (its
// volumes and file name, at once), then typeset (seconds to a minute or two a volume). editions.ts keeps
// what was typeset; the portal asks through GET /api/catalogue.pdf and /api/catalogue-edition.
import type { Locale, Sector, SiteSettings } from '@forum/shared';
import type { Core } from '@strapi/strapi';
import { loadLogos } from './logos';
import type { CatalogueEntry } from './structure';
import { queueTypesetting, type Typesetting } from '../typesetting/queue';
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
 * is printed in volumes, in the order of names. A volume typesets in seconds at the demo's size, in a
 * minute or two with 300 entries; thousands of associations in one document took many minutes and
 * gigabytes of memory.
 */
export const volumeSize = () => Number(process.env.CATALOGUE_VOLUME_SIZE) || 300;

const entryFields = [
  'name', 'slug', 'shortDescription', 'kind', 'foundedYear', 'membersCount', 'website', 'email', 'phone', 'address', 'problems', 'needs',
] as const;

export type MissingEdition = { missing: 'sector' } | { missing: 'volume'; volumes: number };

/** A volume as a count tells it, before it is typeset. */
export interface EditionPlan {
  locale: Locale;
  sector?: Sector;
  sectors: Sector[];
  volume: number;
  volumes: number;
  /** The associations in this volume. */
  entries: number;
  fileName: string;
}

/** What a volume of the catalogue (of every sector or of one) will hold, or why there is none. */
export async function planEdition(
  strapi: Core.Strapi,
  locale: Locale,
  { sectorSlug, volume = 1 }: { sectorSlug?: string; volume?: number },
): Promise<EditionPlan | MissingEdition> {
  const size = volumeSize();
  const [count, sectors] = await Promise.all([
    strapi.documents('api::association.association').count({ locale, status: 'published', filters: sectorFilter(sectorSlug) }),
    strapi.documents('api::sector.sector').findMany({ locale, status: 'published', fields: ['name', 'slug', 'order'] }) as unknown as Promise<Sector[]>,
  ]);
  // An unknown sector is said as such, whatever volume was asked for.
  const sector = sectorSlug ? sectors.find((candidate) => candidate.slug === sectorSlug) : undefined;
  if (sectorSlug && !sector) return { missing: 'sector' };
  const volumes = Math.max(1, Math.ceil(count / size));
  if (volume > volumes) return { missing: 'volume', volumes };
  const words = catalogueWords[locale];
  const fileName = `${words.fileName}${sector ? `-${sector.slug}` : ''}${volumes > 1 ? `-${words.volumeFileName}-${volume}` : ''}.pdf`;
  return { locale, sector, sectors, volume, volumes, entries: Math.min(size, count - (volume - 1) * size), fileName };
}

const sectorFilter = (sectorSlug?: string) => (sectorSlug ? { sectors: { slug: { $eq: sectorSlug } } } : {});

/** Reads the volume's associations and queues its typesetting: `urgent` when a visitor waits for it. */
export function typesetEdition(strapi: Core.Strapi, plan: EditionPlan, { urgent }: { urgent: boolean }): { edition: Promise<CatalogueEdition>; hurry: () => void } {
  let typesetting: Typesetting | undefined;
  let hurried = urgent;
  const edition = (async () => {
    const { locale, sector, volume, volumes } = plan;
    const size = volumeSize();
    const [entries, settings] = await Promise.all([
      strapi.documents('api::association.association').findMany({
        locale,
        status: 'published',
        filters: sectorFilter(sector?.slug),
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
    typesetting = queueTypesetting(
      {
        kind: 'catalogue',
        locale,
        sector,
        entries,
        volume: volumes > 1 ? { number: volume, of: volumes } : undefined,
        sectors: plan.sectors,
        siteName: settings?.siteName ?? '',
        intro: settings?.catalogueIntro ?? '',
        catalogueUrl: `${siteUrl}/${locale}/associations`,
        madeAt,
        logos: await loadLogos(entries, strapi.dirs.static.public),
      },
      { urgent: hurried },
    );
    const pdf = await typesetting.pdf;
    return { pdf, entries: entries.length, volume, volumes, madeAt, fileName: plan.fileName };
  })();
  return {
    edition,
    hurry: () => {
      hurried = true;
      typesetting?.hurry();
    },
  };
}
