import { isLocale, locales } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { documentAlternates, hreflangLanguages } from '@/lib/alternates';
import { findNewsArticleBySlug, listNewsSlugs } from '@/lib/cms/news-policy';
import { getSiteSettings } from '@/lib/cms/site';
import { serializeJsonLd } from '@/lib/json-ld';
import { newsArticleJsonLd } from '@/lib/news-article-jsonld';
import { newsArticlePath, newsFeedPath } from '@/lib/news-feed';
import { prerenderedPerLanguage } from '@/lib/prerender';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { NewsArticleView } from '@/components/news/NewsArticleView';
import styles from '../page.module.css';

interface NewsArticlePageProps {
  params: Promise<{ locale: string; slug: string }>;
}

/** The build prerenders the newest articles of this language; an older one, or one published later, renders on its first visit. */
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = isLocale(params.locale) ? params.locale : locales[0];
  const articles = await listNewsSlugs(locale, prerenderedPerLanguage);
  return articles.map((article) => ({ slug: article.slug }));
}

async function loadArticle(params: NewsArticlePageProps['params']) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const article = await findNewsArticleBySlug(locale, slug);
  if (!article) notFound();
  const alternates = documentAlternates({ locale, slug: article.slug, localizations: article.localizations }, newsArticlePath);
  return { locale, article, alternates };
}

export async function generateMetadata({ params }: NewsArticlePageProps): Promise<Metadata> {
  const { locale, article, alternates } = await loadArticle(params);
  const description = article.summary ?? undefined;
  const image = article.cover ? [{ url: article.cover.url, width: article.cover.width ?? undefined, height: article.cover.height ?? undefined }] : undefined;
  return {
    title: article.title,
    description,
    alternates: {
      canonical: newsArticlePath(locale, article.slug),
      languages: hreflangLanguages(alternates),
      types: { 'application/rss+xml': newsFeedPath(locale) },
    },
    openGraph: { type: 'article', title: article.title, description, publishedTime: article.date, images: image },
    twitter: { card: image ? 'summary_large_image' : 'summary', title: article.title, description },
  };
}

export default async function NewsArticlePage({ params }: NewsArticlePageProps) {
  const { locale, article, alternates } = await loadArticle(params);
  const settings = await getSiteSettings(locale);

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} current="news" />
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className="container">
          <NewsArticleView article={article} locale={locale} untranslated={alternates.untranslated.length > 0} />
        </div>
        <script
          type="application/ld+json"
          // Structured data built from our own mapping (not CMS HTML), with `<` escaped.
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(newsArticleJsonLd(article, locale, settings.siteName)) }}
        />
      </main>
    </>
  );
}
