// The news RSS feed, as the `feed` library's options and items: mapped here from the CMS's articles
// (kept free of the library itself, so the mapping is tested without it).
import type { Locale, NewsArticle } from '@forum/shared';
import type { FeedOptions, Item } from 'feed';
import { absoluteUrl } from './site-url';

export const newsPath = (locale: Locale) => `/${locale}/news`;
export const newsArticlePath = (locale: Locale, slug: string) => `${newsPath(locale)}/${slug}`;
export const newsFeedPath = (locale: Locale) => `${newsPath(locale)}/rss.xml`;

/**
 * A feed item's id: the document's, which survives an edited title or slug, so a reader never shows
 * an article twice; with the language, as the two feeds carry different texts of one document.
 */
export const newsFeedGuid = (article: Pick<NewsArticle, 'documentId'>, locale: Locale) => `news-article:${article.documentId}:${locale}`;

export function newsFeedItem(article: NewsArticle, locale: Locale, origin?: string): Item {
  const date = new Date(article.date);
  return {
    title: article.title,
    id: newsFeedGuid(article, locale),
    guid: newsFeedGuid(article, locale),
    link: absoluteUrl(newsArticlePath(locale, article.slug), origin),
    date,
    published: date,
    description: article.summary ?? undefined,
    category: (article.sectors ?? []).map((sector) => ({ name: sector.name })),
    // RSS wants the enclosure's length in bytes; Strapi gives the file size in kilobytes.
    enclosure: article.cover
      ? { url: absoluteUrl(article.cover.url, origin), type: article.cover.mime, length: Math.round(article.cover.size * 1024) }
      : undefined,
  };
}

export interface NewsFeedTexts {
  title: string;
  description: string;
}

/** The channel of one language's feed; its date is the latest article's, so the feed only changes with the news. */
export function newsFeedOptions(locale: Locale, articles: NewsArticle[], texts: NewsFeedTexts, origin?: string): FeedOptions {
  const link = absoluteUrl(newsPath(locale), origin);
  const latest = articles.reduce<string | undefined>((newest, article) => (!newest || article.date > newest ? article.date : newest), undefined);
  return {
    id: link,
    title: texts.title,
    description: texts.description,
    link,
    language: locale,
    updated: latest ? new Date(latest) : undefined,
    feedLinks: { rss: absoluteUrl(newsFeedPath(locale), origin) },
    ttl: 5,
  };
}
