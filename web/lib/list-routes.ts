// The list pages (catalogue, events, news, policy papers) keep their filters in the query string,
// which would make Next render every visit to the list, filtered or not. So the list without
// filters is a prerendered page of its own, and the proxy sends an address with filters to an
// internal route that renders per request (from cached reads): /ru/news?sector=design is rendered
// by /ru/_lists/news?sector=design. Most visits, the unfiltered lists, are served from the cache.
import {
  catalogueFiltersSchema,
  eventListQuerySchema,
  isLocale,
  listQueryString,
  newsFiltersSchema,
  policyFiltersSchema,
  searchParamsOf,
} from '@forum/shared';

/** The internal routes' folder: app/[locale]/%5Flists (an address no visitor types). */
export const listsSegment = '_lists';

export const listSchemas = {
  associations: catalogueFiltersSchema,
  events: eventListQuerySchema,
  news: newsFiltersSchema,
  policy: policyFiltersSchema,
};

export type ListSection = keyof typeof listSchemas;

const isListSection = (name: string | undefined): name is ListSection => name !== undefined && Object.hasOwn(listSchemas, name);

/**
 * The internal address that renders a list address with filters, or null when the prerendered
 * page serves it as it is (no query string, or nothing in it the list understands).
 */
export function listRewrite(pathname: string, search: URLSearchParams): { pathname: string; search: string } | null {
  const [locale, section, ...rest] = pathname.split('/').filter(Boolean);
  if (!isLocale(locale) || !isListSection(section) || rest.length > 0 || search.size === 0) return null;
  const query = listQueryString(listSchemas[section], searchParamsOf(search));
  return query ? { pathname: `/${locale}/${listsSegment}/${section}`, search: query } : null;
}
