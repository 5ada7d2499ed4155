import type { MetadataRoute } from 'next';
import { countAddressableItems, listSitemapAddresses } from '@/lib/cms/sitewide';
import { collectionSitemap, parseCollectionPart, sectionsSitemap, sitemapIds } from '@/lib/sitemap';

// The sitemaps the index at /sitemap.xml lists, served at /sitemaps/sitemap/{id}.xml. They live in this
// folder because a root app/sitemap.ts would claim /sitemap.xml too, where the index is.
export async function generateSitemaps() {
  return sitemapIds(await countAddressableItems()).map((id) => ({ id }));
}

// Next answers 404 for an id generateSitemaps did not list, so one that names no collection part is the sections'.
export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const collectionPart = parseCollectionPart(await id);
  if (!collectionPart) return sectionsSitemap();
  const { collection, part } = collectionPart;
  return collectionSitemap(collection, await listSitemapAddresses(collection, part));
}
