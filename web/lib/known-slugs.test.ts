import type { CmsClient } from '@forum/shared';
import { createKnownSlugs, matchPath } from './known-slugs';

function fakeCms(slugsByCall: Array<string[] | Error>) {
  const findAll = jest.fn(async () => {
    const next = slugsByCall.length > 1 ? slugsByCall.shift()! : slugsByCall[0];
    if (next instanceof Error) throw next;
    return next.map((slug) => ({ slug }));
  });
  return { cms: { findAll } as unknown as CmsClient, findAll };
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
  it('knows a published slug and asks the CMS once a minute per collection and language', async () => {
    const { cms, findAll } = fakeCms([['about', 'contacts']]);
    const time = clock();
    const known = createKnownSlugs(cms, { now: time.now });
    expect(await known.isPublished('pages', 'ru', 'about')).toBe(true);
    expect(await known.isPublished('pages', 'ru', 'contacts')).toBe(true);
    expect(findAll).toHaveBeenCalledTimes(1);
    expect(findAll).toHaveBeenCalledWith('pages', { locale: 'ru', fields: ['slug'] });
    time.advance(60_000);
    await known.isPublished('pages', 'ru', 'about');
    expect(findAll).toHaveBeenCalledTimes(2);
  });

  it('keeps the languages and collections apart', async () => {
    const { cms, findAll } = fakeCms([['about'], ['o-nas']]);
    const known = createKnownSlugs(cms, { now: clock().now });
    expect(await known.isPublished('pages', 'en', 'about')).toBe(true);
    expect(await known.isPublished('pages', 'ru', 'about')).toBe(false);
    expect(findAll).toHaveBeenLastCalledWith('pages', { locale: 'ru', fields: ['slug'] });
  });

  it('finds an item published since the last fetch at once, re-fetching for a missing slug at most every 10 s', async () => {
    const { cms, findAll } = fakeCms([['old'], ['old'], ['old', 'new']]);
    const time = clock();
    const known = createKnownSlugs(cms, { now: time.now });
    expect(await known.isPublished('news-articles', 'ru', 'new')).toBe(false);
    expect(await known.isPublished('news-articles', 'ru', 'unknown')).toBe(false);
    expect(findAll).toHaveBeenCalledTimes(1);
    time.advance(10_000);
    expect(await known.isPublished('news-articles', 'ru', 'unknown')).toBe(false);
    expect(findAll).toHaveBeenCalledTimes(2);
    time.advance(10_000);
    expect(await known.isPublished('news-articles', 'ru', 'new')).toBe(true);
    expect(findAll).toHaveBeenCalledTimes(3);
  });

  it('never answers "missing" while the CMS cannot be reached', async () => {
    const { cms } = fakeCms([new Error('CMS unreachable')]);
    const known = createKnownSlugs(cms, { now: clock().now });
    expect(await known.isPublished('associations', 'ru', 'anything')).toBeUndefined();
  });

  it('still knows the slugs it had when the CMS goes down, and recovers when it is back', async () => {
    const { cms, findAll } = fakeCms([['kept'], new Error('down'), new Error('down'), ['kept', 'later']]);
    const time = clock();
    const known = createKnownSlugs(cms, { now: time.now });
    expect(await known.isPublished('events', 'en', 'kept')).toBe(true);
    time.advance(60_000);
    expect(await known.isPublished('events', 'en', 'kept')).toBe(true);
    expect(await known.isPublished('events', 'en', 'later')).toBeUndefined();
    time.advance(10_000);
    expect(await known.isPublished('events', 'en', 'later')).toBeUndefined();
    time.advance(10_000);
    expect(await known.isPublished('events', 'en', 'later')).toBe(true);
    expect(findAll).toHaveBeenCalledTimes(4);
  });

  it('asks once for simultaneous requests', async () => {
    const { cms, findAll } = fakeCms([['a']]);
    const known = createKnownSlugs(cms, { now: clock().now });
    await Promise.all([known.isPublished('sectors', 'ru', 'a'), known.isPublished('sectors', 'ru', 'a')]);
    expect(findAll).toHaveBeenCalledTimes(1);
  });
});
