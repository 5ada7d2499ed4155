import type { Media, NewsArticle, Sector } from '@forum/shared';
import { newsFeedGuid, newsFeedItem, newsFeedOptions } from './news-feed';

const origin = 'https://forum.example';

// Only the fields the feed reads; the rest of the document does not matter here.
function article(overrides: Partial<NewsArticle> = {}): NewsArticle {
  return {
    id: 7,
    documentId: 'wehxralqozup0pc2u3povgir',
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-06T00:00:00.000Z',
    publishedAt: '2026-02-05T08:00:00.000Z',
    title: 'The Forum begins an inventory of creative associations',
    slug: 'the-forum-begins-an-inventory-of-creative-associations',
    summary: 'The first stage is under way.',
    body: null,
    date: '2026-02-05T08:00:00.000Z',
    source: 'editorial',
    ...overrides,
  } as NewsArticle;
}

const cover = { url: '/uploads/cover_forum.png', mime: 'image/png', size: 12.5 } as Media;
const design = { name: 'Design', slug: 'design' } as Sector;

describe('the news RSS feed', () => {
  it('links each item to the article page in the feed language, with its summary and date', () => {
    const item = newsFeedItem(article(), 'en', origin);
    expect(item.title).toBe('The Forum begins an inventory of creative associations');
    expect(item.link).toBe('https://forum.example/en/news/the-forum-begins-an-inventory-of-creative-associations');
    expect(item.description).toBe('The first stage is under way.');
    expect(item.date.toISOString()).toBe('2026-02-05T08:00:00.000Z');
  });

  it('keeps an item guid when the editors change its title or slug, and tells the languages apart', () => {
    const before = newsFeedItem(article(), 'ru', origin);
    const after = newsFeedItem(article({ title: 'Renamed', slug: 'renamed' }), 'ru', origin);
    expect(after.guid).toBe(before.guid);
    expect(before.guid).toContain('wehxralqozup0pc2u3povgir');
    expect(newsFeedGuid(article(), 'en')).not.toBe(newsFeedGuid(article(), 'ru'));
  });

  it('lists the sectors as categories and the cover as an enclosure with its size in bytes', () => {
    const item = newsFeedItem(article({ cover, sectors: [design] }), 'en', origin);
    expect(item.category).toEqual([{ name: 'Design' }]);
    expect(item.enclosure).toEqual({ url: 'https://forum.example/uploads/cover_forum.png', type: 'image/png', length: 12800 });
  });

  it('leaves out what an article does not have', () => {
    const item = newsFeedItem(article({ summary: null }), 'en', origin);
    expect(item.description).toBeUndefined();
    expect(item.enclosure).toBeUndefined();
    expect(item.category).toEqual([]);
  });

  it('names the channel language and dates it by the latest article, so it changes only with the news', () => {
    const options = newsFeedOptions(
      'ru',
      [article({ date: '2026-03-01T10:00:00.000Z' }), article({ date: '2026-11-26T08:00:00.000Z' }), article({ date: '2026-05-01T10:00:00.000Z' })],
      { title: 'Форум: новости', description: 'Новости Форума' },
      origin,
    );
    expect(options.language).toBe('ru');
    expect(options.link).toBe('https://forum.example/ru/news');
    expect(options.feedLinks?.rss).toBe('https://forum.example/ru/news/rss.xml');
    expect(options.updated?.toISOString()).toBe('2026-11-26T08:00:00.000Z');
    expect(newsFeedOptions('en', [], { title: 't', description: 'd' }, origin).updated).toBeUndefined();
  });
});
