import { policyFiltersSchema, type Locale, type PolicyFilters } from '@forum/shared';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { hreflangLanguages, sameRouteAlternates } from '@/lib/alternates';
import { listPages } from '@/lib/list-pages';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { PolicyResults, policyPath } from './PolicyResults';
import styles from '../news/page.module.css';

const alternates = sameRouteAlternates('/policy');

async function metadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'NewsPolicy.policy' });
  return {
    title: t('title'),
    description: t('description'),
    alternates: { canonical: policyPath(locale), languages: hreflangLanguages(alternates) },
    openGraph: { title: t('title'), description: t('description') },
  };
}

async function PolicyListView({ locale, filters }: { locale: Locale; filters: PolicyFilters }) {
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
          <PolicyResults locale={locale} filters={filters} />
        </div>
      </main>
    </>
  );
}

/** The policy papers, prerendered without filters rendered per request with them (see lib/list-routes). */
export const policyList = listPages({ schema: policyFiltersSchema, View: PolicyListView, metadata });
