import { isLocale } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { hreflangLanguages, sameRouteAlternates } from '@/lib/alternates';
import { newsFeedPath, newsPath } from '@/lib/news-feed';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { NewsResults } from './NewsResults';
import styles from './page.module.css';

interface NewsPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const alternates = sameRouteAlternates('/news');

export async function generateMetadata({ params }: NewsPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
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

// The heading is static; the list depends on the filters in the URL, so it streams in its own boundary.
export default async function NewsPage({ params, searchParams }: NewsPageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
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
          <Suspense fallback={<p className={styles.loading}>{t('loading')}</p>}>
            <NewsResults locale={locale} searchParams={searchParams} />
          </Suspense>
        </div>
      </main>
    </>
  );
}
