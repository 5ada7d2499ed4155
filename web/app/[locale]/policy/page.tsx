import { isLocale } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { hreflangLanguages, sameRouteAlternates } from '@/lib/alternates';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { PolicyResults, policyPath } from './PolicyResults';
import styles from '../news/page.module.css';

interface PolicyPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const alternates = sameRouteAlternates('/policy');

export async function generateMetadata({ params }: PolicyPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'NewsPolicy.policy' });
  return {
    title: t('title'),
    description: t('description'),
    alternates: { canonical: policyPath(locale), languages: hreflangLanguages(alternates) },
    openGraph: { title: t('title'), description: t('description') },
  };
}

// The heading is static; the list depends on the filters in the URL, so it streams in its own boundary.
export default async function PolicyPage({ params, searchParams }: PolicyPageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'NewsPolicy.policy' });

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} current="policy" />
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className="container">
          <header className={styles.header}>
            <h1 className={styles.title}>{t('title')}</h1>
            <p className={styles.intro}>{t('description')}</p>
          </header>
          <Suspense fallback={<p className={styles.loading}>{t('loading')}</p>}>
            <PolicyResults locale={locale} searchParams={searchParams} />
          </Suspense>
        </div>
      </main>
    </>
  );
}
