import type { MetadataRoute } from 'next';
import { listAllItemAddresses } from '@/lib/cms/sitewide';
import { buildSitemap } from '@/lib/sitemap';

// Every public address in both languages; cached under every collection's tag, so a publish refreshes it.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return buildSitemap(await listAllItemAddresses());
}
