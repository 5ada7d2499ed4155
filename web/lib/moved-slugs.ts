// Old addresses of items whose slug changed (the CMS keeps them, cms/src/slugs/redirects.ts): the
// proxy asks before it answers 404, and sends the visitor on to the new address.
import { findMovedSlug, itemPath, type AddressableCollection, type CmsClient, type Locale } from '@forum/shared';

/** An answer is kept this long, so that a link hammered by a crawler costs the CMS one question a minute. */
const rememberMs = 60_000;
const maxRemembered = 1000;

export function createMovedSlugs(cms: CmsClient, now: () => number = Date.now) {
  const remembered = new Map<string, { slug: string | null; until: number }>();

  async function movedSlug(collection: AddressableCollection, locale: Locale, slug: string): Promise<string | null> {
    const key = `${collection}:${locale}:${slug}`;
    const known = remembered.get(key);
    if (known && known.until > now()) return known.slug;
    // A CMS that cannot answer is no redirect: the visitor gets the 404 (and may come back).
    const found = await findMovedSlug(cms, collection, locale, slug).catch(() => null);
    if (remembered.size >= maxRemembered) remembered.clear();
    remembered.set(key, { slug: found, until: now() + rememberMs });
    return found;
  }

  return {
    /** The new path for an old one (its sub-path, such as event.ics, kept), or null when the slug never moved. */
    async newPath(pathname: string, collection: AddressableCollection, locale: Locale, slug: string): Promise<string | null> {
      const moved = await movedSlug(collection, locale, slug);
      if (!moved) return null;
      const oldItem = `/${locale}${itemPath(collection, slug)}`;
      const rest = pathname.startsWith(oldItem) ? pathname.slice(oldItem.length) : '';
      return `/${locale}${itemPath(collection, moved)}${rest}`;
    },
  };
}
