// Site-wide questions to the CMS: the search across sections, the sitemap's addresses, and the
// published slugs the portal's proxy checks unknown addresses against.
import type { CmsClient } from './client';
import { CmsError } from './errors';
import type { Locale } from '../types/strapi';
import { searchFilter } from '../search';
import { presets } from './presets';
import { newsPolicyPresets } from './news-policy';

export { siteSearchQuerySchema, parseSiteSearchQuery } from '../schemas/site-search';

/** How many results of each type the search page shows. */
export const searchResultsPerType = 12;

/**
 * The site search: the same word filter on the `searchText` the CMS keeps for each type, four
 * requests in parallel; each group has its first results and its total.
 */
export async function searchSite(cms: CmsClient, locale: Locale, query: string) {
  const filters = searchFilter(query);
  const pagination = { page: 1, pageSize: searchResultsPerType };
  const [associations, events, news, policyPapers] = await Promise.all([
    cms.find('associations', { locale, filters, sort: ['name:asc'], pagination, ...presets.associationCard }),
    cms.find('events', { locale, filters, sort: ['startsAt:desc'], pagination, ...presets.eventCard }),
    cms.find('news-articles', { locale, filters, sort: ['date:desc'], pagination, ...presets.newsCard }),
    cms.find('policy-papers', { locale, filters, sort: ['title:asc'], pagination, ...newsPolicyPresets.policyPaperCard }),
  ]);
  const group = <T>(page: { data: T[]; meta: { pagination: { total: number } } }) => ({ items: page.data, total: page.meta.pagination.total });
  return { associations: group(associations), events: group(events), news: group(news), policyPapers: group(policyPapers) };
}

export type SiteSearchResults = Awaited<ReturnType<typeof searchSite>>;

/** The collections whose items have an address of their own (the sitemap, the proxy's 404s). */
export const addressableCollections = ['pages', 'associations', 'events', 'news-articles', 'policy-papers', 'sectors'] as const;
export type AddressableCollection = (typeof addressableCollections)[number];

export const isAddressableCollection = (collection: string): collection is AddressableCollection =>
  (addressableCollections as readonly string[]).includes(collection);

/** Where each collection's items live on the portal: /{locale}{prefix}/{slug}. */
const itemPathPrefix: Record<AddressableCollection, string> = {
  pages: '',
  associations: '/associations',
  events: '/events',
  'news-articles': '/news',
  'policy-papers': '/policy',
  sectors: '/sectors',
};

/** An item's address on the portal, without the language prefix, e.g. /policy/{slug}. */
export const itemPath = (collection: AddressableCollection, slug: string) => `${itemPathPrefix[collection]}/${encodeURIComponent(slug)}`;

/** Every published item's slug and last change in one language (documentId comes with every document). */
export async function listItemAddresses(cms: CmsClient, collection: AddressableCollection, locale: Locale) {
  const documents = await cms.findAll(collection, { locale, fields: ['slug', 'updatedAt'] });
  return documents.map(({ documentId, slug, updatedAt }) => ({ documentId, slug, updatedAt }));
}

/** Every published item's slug in one language (the portal's proxy answers 404 for any other). */
export async function listPublishedSlugs(cms: CmsClient, collection: AddressableCollection, locale: Locale) {
  const documents = await cms.findAll(collection, { locale, fields: ['slug'] });
  return documents.map((document) => document.slug);
}

export type ItemAddress = Awaited<ReturnType<typeof listItemAddresses>>[number];

/** The slug an item has now, when `slug` is an old one of it (the CMS keeps them); null otherwise. */
export async function findMovedSlug(cms: CmsClient, collection: AddressableCollection, locale: Locale, slug: string): Promise<string | null> {
  try {
    return (await cms.single<{ slug: string }>('slug-redirects/resolve', { collection, locale, slug })).slug;
  } catch (error) {
    if (error instanceof CmsError && error.status === 404) return null;
    throw error;
  }
}
