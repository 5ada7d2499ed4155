import { isLocale } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { hreflangLanguages, sameRouteAlternates } from '@/lib/alternates';
import { SiteHeader } from '@/components/layout/SiteHeader';
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

// The results depend on ?q=, whose values have no end: the page renders per request (from cached
// reads), blocking, so that the results are in the HTML itself for browsers without JavaScript.
export const instant = false;

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
          <SearchResults locale={locale} searchParams={searchParams} />
        </div>
      </main>
    </>
  );
}
