import { isLocale, locales } from '@forum/shared';
import { Feed } from 'feed';
import { getTranslations } from 'next-intl/server';
import { listNews } from '@/lib/cms/news-policy';
import { getSiteSettings } from '@/lib/cms/site';
import { newsFeedItem, newsFeedOptions } from '@/lib/news-feed';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/** The RSS 2.0 feed of one language's news: the first page of /news, latest first. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });

  const [news, settings, t] = await Promise.all([
    listNews(locale, { page: 1 }),
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'NewsPolicy.news' }),
  ]);
  const feed = new Feed(
    newsFeedOptions(locale, news.data, {
      title: t('feedTitle', { siteName: settings.siteName }),
      description: settings.tagline ?? t('description'),
    }),
  );
  for (const article of news.data) feed.addItem(newsFeedItem(article, locale));

  return new Response(feed.rss2(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
