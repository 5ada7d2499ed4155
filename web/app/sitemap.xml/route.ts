import { countAddressableItems } from '@/lib/cms/sitewide';
import { sitemapIndex, sitemapIds } from '@/lib/sitemap';

/** The sitemap index robots.txt points to: every sitemap of app/sitemaps/sitemap.ts, from the collections' counts. */
export async function GET() {
  return new Response(sitemapIndex(sitemapIds(await countAddressableItems())), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
