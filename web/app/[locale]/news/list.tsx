import { newsFiltersSchema, type Locale, type NewsFilters } from '@forum/shared';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { hreflangLanguages, sameRouteAlternates } from '@/lib/alternates';
import { listPages } from '@/lib/list-pages';
import { newsFeedPath, newsPath } from '@/lib/news-feed';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { NewsResults } from './NewsResults';
import styles from './page.module.css';

const alternates = sameRouteAlternates('/news');

async function metadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'NewsPolicy.news' });
  return {
    title: t('title'),
    description: t('description'),
    alternates: {
      canonical: newsPath(locale),
      languages: hreflangLanguages(alternates),
      types: { 'application/rss+xml': [{ url: newsFeedPath(locale), title: t('feed') }] },
    },
    openGraph: { title: t('title'), description: t('description') },
  };
}

async function NewsListView({ locale, filters }: { locale: Locale; filters: NewsFilters }) {
  const t = await getTranslations({ locale, namespace: 'NewsPolicy.news' });

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} current="news" />
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className="container">
          <header className={styles.header}>
            <h1 className={styles.title}>{t('title')}</h1>
            <p className={styles.intro}>{t('description')}</p>
            <p className={styles.feed}>
              <a href={newsFeedPath(locale)} type="application/rss+xml">
                {t('feed')}
              </a>
            </p>
          </header>
          <NewsResults locale={locale} filters={filters} />
        </div>
      </main>
    </>
  );
}

/** The news list, prerendered without filters rendered per request with them (see lib/list-routes). */
export const newsList = listPages({ schema: newsFiltersSchema, View: NewsListView, metadata });
