// One page of the catalogue as both the page and its JSON route hand it to the live filtering:
// the cards, the pagination and the results line already in the visitor's language.
import 'server-only';
import type { Association, CatalogueFilters, Locale, Pagination } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import { listAssociations } from '@/lib/cms/catalogue';

export interface CatalogueResult {
  /** The filters the list was found by, as understood (bad values dropped). */
  filters: CatalogueFilters;
  associations: Association[];
  pagination: Pagination;
  /** Nothing matched exactly: these matched looser stems of the query. */
  broadened: boolean;
  /** "Найдено 12 ассоциаций" / "52 associations in the catalogue". */
  summary: string;
}

export const isFiltered = (filters: CatalogueFilters) => Boolean(filters.q || filters.sector || filters.kind || filters.membership);

export async function loadCatalogue(locale: Locale, filters: CatalogueFilters): Promise<CatalogueResult> {
  const [found, t] = await Promise.all([listAssociations(locale, filters), getTranslations({ locale, namespace: 'Catalogue' })]);
  const count = found.pagination.total;
  return { filters, ...found, summary: isFiltered(filters) ? t('found', { count }) : t('inCatalogue', { count }) };
}
