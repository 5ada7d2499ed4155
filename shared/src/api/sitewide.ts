// Site-wide questions to the CMS: the search across sections, the sitemap's addresses, and the slug
// checks of the portal's proxy (is a slug published, did it move).
import type { CmsClient } from './client';
import { CmsError } from './errors';
import { defaultLocale, locales, type Locale } from '../types/strapi';
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

/** A published item's address in one language; its versions in other languages share its documentId. */
export interface ItemAddress {
  documentId: string;
  slug: string;
  updatedAt: string;
}

/** One answer per language, asked in parallel. */
async function perLocale<T>(ask: (locale: Locale) => Promise<T>): Promise<Record<Locale, T>> {
  const answers = await Promise.all(locales.map(ask));
  return Object.fromEntries(locales.map((locale, index) => [locale, answers[index]])) as Record<Locale, T>;
}

/** How many published items a collection has in each language (the sitemap index counts its parts with it). */
export function countItemsByLocale(cms: CmsClient, collection: AddressableCollection) {
  return perLocale((locale) => cms.count(collection, { locale }));
}

/** documentId is the one key both languages of a document share, so slices cut by it keep them together. */
const byDocumentId = ['documentId:asc'];

/** The documentId at this position (from 0) among the default language's items; undefined past the end. */
async function documentIdAt(cms: CmsClient, collection: AddressableCollection, position: number) {
  const page = await cms.find(collection, { locale: defaultLocale, fields: ['documentId'], sort: byDocumentId, pagination: { page: position + 1, pageSize: 1 } });
  return page.data[0]?.documentId;
}

/**
 * One slice of a collection's addresses, in every language, for one sitemap: the items whose documentId
 * lies from the `first`-th to the `first + count`-th of the default language's items (sorted by
 * documentId). Every language is read by that range, so the slices never overlap, both languages of a
 * document fall in the same slice, and so does an item that exists only in English (the first slice has
 * no lower bound, the last no upper one). Each slice reads only its own items, page by page.
 */
export async function listItemAddressSlice(
  cms: CmsClient,
  collection: AddressableCollection,
  { first, count }: { first: number; count: number },
): Promise<Record<Locale, ItemAddress[]>> {
  const [from, to] = await Promise.all([first > 0 ? documentIdAt(cms, collection, first) : undefined, documentIdAt(cms, collection, first + count)]);
  // Past the end: the count this slice was listed by is older than the collection.
  if (first > 0 && from === undefined) return perLocale(async () => []);
  const range = { ...(from !== undefined && { $gte: from }), ...(to !== undefined && { $lt: to }) };
  return perLocale(async (locale) => {
    const items = await cms.findAll(collection, { locale, fields: ['slug', 'updatedAt'], sort: byDocumentId, filters: { documentId: range } });
    return items.map(({ documentId, slug, updatedAt }) => ({ documentId, slug, updatedAt }));
  });
}

/** Whether an item with this slug is published in this language (the portal's proxy answers 404 for any other). */
export async function isSlugPublished(cms: CmsClient, collection: AddressableCollection, locale: Locale, slug: string) {
  return (await cms.findFirst(collection, { locale, filters: { slug: { $eq: slug } }, fields: ['slug'] })) !== null;
}

/** The slug an item has now, when `slug` is an old one of it (the CMS keeps them); null otherwise. */
export async function findMovedSlug(cms: CmsClient, collection: AddressableCollection, locale: Locale, slug: string): Promise<string | null> {
  try {
    return (await cms.single<{ slug: string }>('slug-redirects/resolve', { collection, locale, slug })).slug;
  } catch (error) {
    if (error instanceof CmsError && error.status === 404) return null;
    throw error;
  }
}
