// Which addresses of the portal exist, decided in the proxy before a page renders: Next 16 with Cache
// Components answers an unknown slug of a prerendered route with 200 on its first request, and the
// HTML of a notFound() response is an empty shell. The proxy answers those with the real 404 page.
import { isLocale, listPublishedSlugs, type AddressableCollection, type CmsClient, type Locale } from '@forum/shared';

/** The item sections: /{locale}/{section}/{slug}, with the sub-paths an item may have. */
const itemSections: Record<string, { collection: AddressableCollection; subPaths: string[] }> = {
  associations: { collection: 'associations', subPaths: [] },
  events: { collection: 'events', subPaths: ['event.ics'] },
  news: { collection: 'news-articles', subPaths: [] },
  policy: { collection: 'policy-papers', subPaths: [] },
  sectors: { collection: 'sectors', subPaths: [] },
};

/**
 * Paths with the same address in every language and no slug. A new route of that kind must be added
 * here, or the proxy takes its name for a CMS page's slug and answers 404.
 */
const fixedPaths = new Set([
  '',
  '/associations',
  '/associations/catalogue.pdf',
  '/associations/catalogue.csv',
  '/associations/catalogue.json',
  '/events',
  '/events/calendar.ics',
  '/news',
  '/news/rss.xml',
  '/policy',
  '/outcomes',
  '/outcomes/needs',
  '/outcomes/report.pdf',
  '/outcomes/indicators.csv',
  '/sectors',
  '/search',
  '/join',
  '/account',
  '/account/password',
  '/account/endorsements',
  '/account/news',
  '/account/profile',
]);

/** The internal route that renders the not-found page (the proxy rewrites unknown paths to it). */
export const notFoundRoute = 'not-found-page';

export type PathMatch =
  /** A route that needs no lookup (a section list, the search...). */
  | { kind: 'fixed' }
  /** An item: it exists when its slug is published in that language. */
  | { kind: 'item'; locale: Locale; collection: AddressableCollection; slug: string }
  /** No route has this address. */
  | { kind: 'none'; locale: Locale };

/** What a path under a language prefix names; null for a path without a known language prefix. */
export function matchPath(pathname: string): PathMatch | null {
  const segments = pathname.split('/').filter(Boolean).map(safeDecode);
  const [locale, ...rest] = segments;
  if (!isLocale(locale)) return null;
  if (fixedPaths.has(rest.map((segment) => `/${segment}`).join(''))) return { kind: 'fixed' };
  if (rest.length === 1 && rest[0] !== notFoundRoute) return { kind: 'item', locale, collection: 'pages', slug: rest[0] };
  const section = itemSections[rest[0]];
  if (section && (rest.length === 2 || (rest.length === 3 && section.subPaths.includes(rest[2])))) {
    return { kind: 'item', locale, collection: section.collection, slug: rest[1] };
  }
  return { kind: 'none', locale };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

interface Entry {
  slugs: Set<string>;
  /** False when the last attempt to read the list failed (the slugs are then the last ones known). */
  reachable: boolean;
  /** Until then the list is trusted. */
  freshUntil: number;
  /** From then on a missing slug may re-fetch the list. */
  refetchableFrom: number;
}

export interface KnownSlugsOptions {
  /** How long a list of slugs is trusted (default one minute). */
  maxAgeMs?: number;
  /**
   * A missing slug re-fetches its list at most this often, so a just-published item is found at once
   * (default 10 s); a CMS that is down is asked again after this long too.
   */
  missRefetchMs?: number;
  now?: () => number;
}

/**
 * A small in-memory cache of the published slugs of each collection and language. `isPublished`
 * answers true, false, or undefined when the CMS could not be asked (then the caller lets the
 * request through: a visitor never gets a 404 because the CMS is down).
 */
export function createKnownSlugs(cms: CmsClient, options: KnownSlugsOptions = {}) {
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const missRefetchMs = options.missRefetchMs ?? 10_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<Entry>>();

  function refresh(collection: AddressableCollection, locale: Locale): Promise<Entry> {
    const key = `${collection}:${locale}`;
    const pending = inFlight.get(key);
    if (pending) return pending;
    const request = listPublishedSlugs(cms, collection, locale)
      .then((slugs): Entry => {
        const at = now();
        return { slugs: new Set(slugs), reachable: true, freshUntil: at + maxAgeMs, refetchableFrom: at + missRefetchMs };
      })
      .catch((): Entry => {
        const at = now();
        return { slugs: entries.get(key)?.slugs ?? new Set(), reachable: false, freshUntil: at + missRefetchMs, refetchableFrom: at + missRefetchMs };
      })
      .then((entry) => {
        entries.set(key, entry);
        inFlight.delete(key);
        return entry;
      });
    inFlight.set(key, request);
    return request;
  }

  async function isPublished(collection: AddressableCollection, locale: Locale, slug: string): Promise<boolean | undefined> {
    let entry = entries.get(`${collection}:${locale}`);
    if (!entry || now() >= entry.freshUntil) entry = await refresh(collection, locale);
    if (entry.slugs.has(slug)) return true;
    if (entry.reachable && now() >= entry.refetchableFrom) entry = await refresh(collection, locale);
    if (entry.slugs.has(slug)) return true;
    return entry.reachable ? false : undefined;
  }

  return { isPublished };
}

export type KnownSlugs = ReturnType<typeof createKnownSlugs>;
