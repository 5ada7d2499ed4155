import type { CmsClient } from '@forum/shared';
import { createKnownSlugs, matchPath, maxRememberedSlugs } from './known-slugs';

/**
 * A CMS whose published items the test changes as it goes (`published` holds collection/locale/slug);
 * while `reachable` is false every question fails.
 */
function fakeCms(published: string[]) {
  const state = { published: new Set(published), reachable: true };
  const findFirst = jest.fn(async (collection: string, params: { locale: string; filters: { slug: { $eq: string } } }) => {
    if (!state.reachable) throw new Error('CMS unreachable');
    const slug = params.filters.slug.$eq;
    return state.published.has(`${collection}/${params.locale}/${slug}`) ? { slug } : null;
  });
  return { cms: { findFirst } as unknown as CmsClient, findFirst, state };
}

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('matchPath', () => {
  it('names the item of an item route, sub-paths included', () => {
    expect(matchPath('/ru/associations/soyuz-dizainerov')).toEqual({ kind: 'item', locale: 'ru', collection: 'associations', slug: 'soyuz-dizainerov' });
    expect(matchPath('/en/events/round-table/event.ics')).toEqual({ kind: 'item', locale: 'en', collection: 'events', slug: 'round-table' });
    expect(matchPath('/en/news/a')).toMatchObject({ collection: 'news-articles', slug: 'a' });
    expect(matchPath('/en/policy/a')).toMatchObject({ collection: 'policy-papers', slug: 'a' });
    expect(matchPath('/ru/sectors/design')).toMatchObject({ collection: 'sectors', slug: 'design' });
  });

  it('takes a single segment for a CMS page', () => {
    expect(matchPath('/ru/about')).toEqual({ kind: 'item', locale: 'ru', collection: 'pages', slug: 'about' });
  });

  it('lets section lists and the search through without a lookup', () => {
    for (const path of ['/ru', '/en/', '/ru/associations', '/en/events', '/ru/news', '/en/policy', '/ru/search', '/en/events/calendar.ics']) {
      expect(matchPath(path)).toEqual({ kind: 'fixed' });
    }
  });

  it('finds no route for deeper or unknown paths, nor for the internal not-found route', () => {
    expect(matchPath('/en/whatever/deep/path')).toEqual({ kind: 'none', locale: 'en' });
    expect(matchPath('/ru/news/a/b')).toEqual({ kind: 'none', locale: 'ru' });
    expect(matchPath('/ru/associations/a/event.ics')).toEqual({ kind: 'none', locale: 'ru' });
    expect(matchPath('/ru/not-found-page')).toEqual({ kind: 'none', locale: 'ru' });
  });

  it('leaves paths without a language prefix to the language negotiation', () => {
    expect(matchPath('/')).toBeNull();
    expect(matchPath('/about')).toBeNull();
    expect(matchPath('/de/about')).toBeNull();
  });

  it('decodes the slug of an address', () => {
    expect(matchPath('/ru/%D0%BE-%D0%BD%D0%B0%D1%81')).toMatchObject({ slug: 'о-нас' });
    expect(matchPath('/ru/%E0%A4%A')).toMatchObject({ slug: '%E0%A4%A' });
  });
});

describe('createKnownSlugs', () => {
  it('knows a published slug, asking the CMS about it once a minute', async () => {
    const { cms, findFirst, state } = fakeCms(['pages/ru/about']);
    const time = clock();
    const known = createKnownSlugs(cms, { now: time.now });
    expect(await known.isPublished('pages', 'ru', 'about')).toBe(true);
    expect(findFirst).toHaveBeenCalledWith('pages', { locale: 'ru', filters: { slug: { $eq: 'about' } }, fields: ['slug'] });
    state.published.delete('pages/ru/about');
    time.advance(59_999);
    expect(await known.isPublished('pages', 'ru', 'about')).toBe(true);
    expect(findFirst).toHaveBeenCalledTimes(1);
    time.advance(1);
    expect(await known.isPublished('pages', 'ru', 'about')).toBe(false);
    expect(findFirst).toHaveBeenCalledTimes(2);
  });

  it('keeps the languages and collections apart', async () => {
    const { cms } = fakeCms(['pages/en/about']);
    const known = createKnownSlugs(cms, { now: clock().now });
    expect(await known.isPublished('pages', 'en', 'about')).toBe(true);
    expect(await known.isPublished('pages', 'ru', 'about')).toBe(false);
    expect(await known.isPublished('news-articles', 'en', 'about')).toBe(false);
  });

  it('finds an item published since within 10 s, asking about a missing slug at most every 10 s', async () => {
    const { cms, findFirst, state } = fakeCms([]);
    const time = clock();
    const known = createKnownSlugs(cms, { now: time.now });
    expect(await known.isPublished('news-articles', 'ru', 'new')).toBe(false);
    state.published.add('news-articles/ru/new');
    time.advance(9_999);
    expect(await known.isPublished('news-articles', 'ru', 'new')).toBe(false);
    expect(findFirst).toHaveBeenCalledTimes(1);
    time.advance(1);
    expect(await known.isPublished('news-articles', 'ru', 'new')).toBe(true);
    expect(findFirst).toHaveBeenCalledTimes(2);
  });

  it('never answers "missing" while the CMS cannot be reached, and asks it again only every 10 s', async () => {
    const { cms, findFirst, state } = fakeCms([]);
    const time = clock();
    const known = createKnownSlugs(cms, { now: time.now });
    expect(await known.isPublished('associations', 'ru', 'gone')).toBe(false);
    state.reachable = false;
    time.advance(10_000);
    expect(await known.isPublished('associations', 'ru', 'gone')).toBeUndefined();
    expect(await known.isPublished('associations', 'ru', 'anything')).toBeUndefined();
    expect(await known.isPublished('associations', 'ru', 'anything')).toBeUndefined();
    expect(findFirst).toHaveBeenCalledTimes(3);
    time.advance(10_000);
    expect(await known.isPublished('associations', 'ru', 'anything')).toBeUndefined();
    expect(findFirst).toHaveBeenCalledTimes(4);
  });

  it('still knows the slugs it knew were published when the CMS goes down, and recovers when it is back', async () => {
    const { cms, findFirst, state } = fakeCms(['events/en/kept']);
    const time = clock();
    const known = createKnownSlugs(cms, { now: time.now });
    expect(await known.isPublished('events', 'en', 'kept')).toBe(true);
    state.reachable = false;
    time.advance(60_000);
    expect(await known.isPublished('events', 'en', 'kept')).toBe(true);
    time.advance(10_000);
    expect(await known.isPublished('events', 'en', 'kept')).toBe(true);
    expect(findFirst).toHaveBeenCalledTimes(3);
    state.reachable = true;
    state.published.delete('events/en/kept');
    time.advance(10_000);
    expect(await known.isPublished('events', 'en', 'kept')).toBe(false);
    expect(findFirst).toHaveBeenCalledTimes(4);
  });

  it('asks once for simultaneous requests of the same slug', async () => {
    const { cms, findFirst } = fakeCms(['sectors/ru/a']);
    const known = createKnownSlugs(cms, { now: clock().now });
    expect(await Promise.all([known.isPublished('sectors', 'ru', 'a'), known.isPublished('sectors', 'ru', 'a')])).toEqual([true, true]);
    expect(findFirst).toHaveBeenCalledTimes(1);
  });

  it('remembers at most maxRememberedSlugs slugs, forgetting the oldest first', async () => {
    const { cms, findFirst } = fakeCms([]);
    const known = createKnownSlugs(cms, { now: clock().now });
    for (let index = 0; index <= maxRememberedSlugs; index++) await known.isPublished('news-articles', 'ru', `made-up-${index}`);
    expect(findFirst).toHaveBeenCalledTimes(maxRememberedSlugs + 1);
    await known.isPublished('news-articles', 'ru', 'made-up-1');
    await known.isPublished('news-articles', 'ru', `made-up-${maxRememberedSlugs}`);
    expect(findFirst).toHaveBeenCalledTimes(maxRememberedSlugs + 1);
    await known.isPublished('news-articles', 'ru', 'made-up-0');
    expect(findFirst).toHaveBeenCalledTimes(maxRememberedSlugs + 2);
  });

  it('counts a slug the CMS was asked about again as the newest when one must be forgotten', async () => {
    const { cms, findFirst } = fakeCms(['news-articles/ru/read-often']);
    const time = clock();
    const known = createKnownSlugs(cms, { now: time.now });
    await known.isPublished('news-articles', 'ru', 'read-often');
    for (let index = 1; index < maxRememberedSlugs; index++) await known.isPublished('news-articles', 'ru', `made-up-${index}`);
    time.advance(60_000);
    expect(await known.isPublished('news-articles', 'ru', 'read-often')).toBe(true);
    await known.isPublished('news-articles', 'ru', 'made-up-last');
    const asked = findFirst.mock.calls.length;
    expect(await known.isPublished('news-articles', 'ru', 'read-often')).toBe(true);
    expect(findFirst).toHaveBeenCalledTimes(asked);
  });
});
