import type { Association, NewsArticle } from '@forum/shared';
import { serializeJsonLd } from './json-ld';
import { newsArticleJsonLd } from './news-article-jsonld';

const origin = 'https://forum.example';
// Only the fields the structured data reads.
const article = {
  id: 3,
  documentId: 'doc1',
  createdAt: '2026-02-19T09:00:00.000Z',
  updatedAt: '2026-02-20T09:00:00.000Z',
  publishedAt: '2026-02-19T09:00:00.000Z',
  title: 'Гильдия керамистов приглашает в открытые мастерские',
  slug: 'gildiya-keramistov',
  summary: 'День открытых мастерских.',
  body: null,
  date: '2026-02-19T09:00:00.000Z',
  source: 'association',
  association: { name: 'Гильдия керамистов', slug: 'gildiya-keramistov-peterburga' } as Association,
} as NewsArticle;

describe('the structured data of a news article', () => {
  it('describes a NewsArticle by its association, published by the Forum, in the page language', () => {
    const data = newsArticleJsonLd(article, 'ru', 'Форум креативных индустрий', origin);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      datePublished: '2026-02-19T09:00:00.000Z',
      dateModified: '2026-02-20T09:00:00.000Z',
      inLanguage: 'ru',
      url: 'https://forum.example/ru/news/gildiya-keramistov',
      author: { '@type': 'Organization', name: 'Гильдия керамистов', url: 'https://forum.example/ru/associations/gildiya-keramistov-peterburga' },
      publisher: { '@type': 'Organization', name: 'Форум креативных индустрий' },
    });
  });

  it('names the Forum as the author of editorial news', () => {
    const data = newsArticleJsonLd({ ...article, source: 'editorial', association: null }, 'en', 'Creative Industries Forum', origin);
    expect(data.author).toEqual(data.publisher);
  });

  it('cannot close the script element it is written into', () => {
    expect(serializeJsonLd({ headline: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
