import { isLocale } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { hreflangLanguages, sameRouteAlternates } from '@/lib/alternates';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SiteSearchForm } from '@/components/site/SiteSearchForm';
import { SearchResults } from './SearchResults';
import styles from './page.module.css';

interface SearchPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const alternates = sameRouteAlternates('/search');

export async function generateMetadata({ params }: SearchPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'SiteSearch' });
  return {
    title: t('title'),
    description: t('metaDescription'),
    alternates: { canonical: `/${locale}/search`, languages: hreflangLanguages(alternates) },
    // Result pages are endless variations of the sections: search engines should follow, not index them.
    robots: { index: false, follow: true },
  };
}

// The heading is static; the results depend on ?q=, so they stream in their own boundary.
export default async function SearchPage({ params, searchParams }: SearchPageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'SiteSearch' });

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className="container">
          <h1 className={styles.title}>{t('title')}</h1>
          <Suspense fallback={<SiteSearchForm locale={locale} variant="page" />}>
            <SearchResults locale={locale} searchParams={searchParams} />
          </Suspense>
        </div>
      </main>
    </>
  );
}
