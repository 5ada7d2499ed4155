// Which addresses of the portal exist, decided in the proxy before a page renders: Next 16 with Cache
// Components answers an unknown slug of a prerendered route with 200 on its first request, and the
// HTML of a notFound() response is an empty shell. The proxy answers those with the real 404 page.
import { isLocale, isSlugPublished, type AddressableCollection, type CmsClient, type Locale } from '@forum/shared';

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

/** At most this many slugs are remembered, so that a crawler trying made-up addresses cannot fill the memory. */
export const maxRememberedSlugs = 10_000;

interface Answer {
  /** Undefined when the CMS could not be asked and the slug was not known to be published. */
  published: boolean | undefined;
  /** Until then the answer is trusted. */
  until: number;
}

export interface KnownSlugsOptions {
  /** How long a published slug is trusted (default one minute): an item unpublished since answers 200 that long. */
  maxAgeMs?: number;
  /**
   * How long a missing slug is trusted, so a just-published item is found quickly (default 10 s);
   * a CMS that is down is asked again after this long too.
   */
  missRefetchMs?: number;
  now?: () => number;
}

/**
 * The CMS's answers about single slugs, remembered for a while. `isPublished` answers true, false,
 * or undefined when the CMS could not be asked (then the caller lets the request through: a visitor
 * never gets a 404 because the CMS is down).
 */
export function createKnownSlugs(cms: CmsClient, options: KnownSlugsOptions = {}) {
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const missRefetchMs = options.missRefetchMs ?? 10_000;
  const now = options.now ?? Date.now;
  // A Map keeps its keys in the order they were set (`remember` deletes a key before setting it anew):
  // the first key is the oldest answer.
  const answers = new Map<string, Answer>();
  const inFlight = new Map<string, Promise<boolean | undefined>>();

  function remember(key: string, answer: Answer) {
    answers.delete(key);
    answers.set(key, answer);
    if (answers.size > maxRememberedSlugs) answers.delete(answers.keys().next().value!);
  }

  function ask(key: string, collection: AddressableCollection, locale: Locale, slug: string): Promise<boolean | undefined> {
    const question = isSlugPublished(cms, collection, locale, slug)
      .then((published): Answer => ({ published, until: now() + (published ? maxAgeMs : missRefetchMs) }))
      // While the CMS cannot be asked, a slug last known to be published stays so.
      .catch((): Answer => ({ published: answers.get(key)?.published ? true : undefined, until: now() + missRefetchMs }))
      .then((answer) => {
        remember(key, answer);
        inFlight.delete(key);
        return answer.published;
      });
    inFlight.set(key, question);
    return question;
  }

  async function isPublished(collection: AddressableCollection, locale: Locale, slug: string): Promise<boolean | undefined> {
    const key = `${collection}:${locale}:${slug}`;
    const known = answers.get(key);
    if (known && now() < known.until) return known.published;
    return inFlight.get(key) ?? ask(key, collection, locale, slug);
  }

  return { isPublished };
}

export type KnownSlugs = ReturnType<typeof createKnownSlugs>;
