import type { Locale, NewsArticle } from '@forum/shared';
import { newsArticlePath } from './news-feed';
import { absoluteUrl } from './site-url';

/**
 * schema.org NewsArticle for an article page: written by the association that sent it, or by the
 * Forum's editors; published by the Forum.
 */
export function newsArticleJsonLd(article: NewsArticle, locale: Locale, siteName: string, origin?: string) {
  const url = absoluteUrl(newsArticlePath(locale, article.slug), origin);
  const forum = { '@type': 'Organization', name: siteName, url: absoluteUrl(`/${locale}`, origin) };
  const author =
    article.source === 'association' && article.association
      ? { '@type': 'Organization', name: article.association.name, url: absoluteUrl(`/${locale}/associations/${article.association.slug}`, origin) }
      : forum;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary ?? undefined,
    datePublished: article.date,
    dateModified: article.updatedAt ?? article.date,
    inLanguage: locale,
    url,
    mainEntityOfPage: url,
    image: article.cover ? [absoluteUrl(article.cover.url, origin)] : undefined,
    articleSection: (article.sectors ?? []).map((sector) => sector.name),
    author,
    publisher: forum,
  };
}
