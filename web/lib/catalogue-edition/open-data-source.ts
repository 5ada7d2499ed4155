// The open data's rows, read from the same cached catalogue as the PDF.
import 'server-only';
import type { Locale } from '@forum/shared';
import { associationPath } from '@/lib/catalogue';
import { listCatalogueEntries } from '@/lib/cms/catalogue';
import { listSectors } from '@/lib/cms/site';
import { siteUrl } from '@/lib/site-url';
import { openDataRows, type OpenDataRow } from './open-data';

/** Every published association (of a sector, if asked) as a row; null when there is no such sector. */
export async function openDataOf(locale: Locale, sectorSlug?: string): Promise<OpenDataRow[] | null> {
  const [entries, sectors] = await Promise.all([listCatalogueEntries(locale, sectorSlug), listSectors(locale)]);
  if (sectorSlug && !sectors.some((sector) => sector.slug === sectorSlug)) return null;
  return openDataRows(entries, (entry) => `${siteUrl}${associationPath(locale, entry.slug)}`);
}
