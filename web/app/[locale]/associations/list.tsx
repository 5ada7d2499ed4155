import {
  associationAllianceMembershipValues,
  associationKindValues,
  catalogueFiltersSchema,
  type AssociationAllianceMembership,
  type AssociationKind,
  type CatalogueFilters,
  type Locale,
} from '@forum/shared';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { hreflangLanguages, sameRouteAlternates } from '@/lib/alternates';
import { cataloguePath } from '@/lib/catalogue';
import { loadCatalogue } from '@/lib/catalogue-results';
import { listSectors } from '@/lib/cms/site';
import { listPages } from '@/lib/list-pages';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { CatalogueBrowser } from '@/components/catalogue/CatalogueBrowser';
import { CatalogueDownloads } from '@/components/catalogue/CatalogueDownloads';
import styles from './page.module.css';

const alternates = sameRouteAlternates('/associations');

async function metadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Catalogue' });
  return {
    title: t('title'),
    description: t('metaDescription'),
    alternates: { canonical: cataloguePath(locale), languages: hreflangLanguages(alternates) },
    openGraph: { title: t('title'), description: t('metaDescription') },
  };
}

/** The catalogue page for these filters: the search form and the first page of associations it finds. */
async function CatalogueListView({ locale, filters }: { locale: Locale; filters: CatalogueFilters }) {
  const t = await getTranslations({ locale, namespace: 'Catalogue' });

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} current="associations" />
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className="container">
          <header className={styles.header}>
            <h1 className={styles.title}>{t('title')}</h1>
            <p className={styles.intro}>{t('intro')}</p>
          </header>
          <Catalogue locale={locale} filters={filters} />
          <CatalogueDownloads locale={locale} />
        </div>
      </main>
    </>
  );
}

async function Catalogue({ locale, filters }: { locale: Locale; filters: CatalogueFilters }) {
  const [result, sectors, t, tKind, tMembership] = await Promise.all([
    loadCatalogue(locale, filters),
    listSectors(locale),
    getTranslations({ locale, namespace: 'Catalogue' }),
    getTranslations({ locale, namespace: 'AssociationKind' }),
    getTranslations({ locale, namespace: 'AllianceMembership' }),
  ]);
  const kinds = Object.fromEntries(associationKindValues.map((kind) => [kind, tKind(kind)])) as Record<AssociationKind, string>;
  const memberships = Object.fromEntries(associationAllianceMembershipValues.map((value) => [value, tMembership(value)])) as Record<
    AssociationAllianceMembership,
    string
  >;
  const text = (key: Parameters<typeof t>[0]) => t(key);

  return (
    <CatalogueBrowser
      locale={locale}
      initial={result}
      sectors={sectors.map((sector) => ({ value: sector.slug, label: sector.name }))}
      kinds={kinds}
      memberships={memberships}
      texts={{
        filtersLabel: text('filtersLabel'),
        search: text('search'),
        searchHint: text('searchHint'),
        sector: text('sector'),
        allSectors: text('allSectors'),
        kind: text('kind'),
        allKinds: text('allKinds'),
        membership: text('membership'),
        anyMembership: text('anyMembership'),
        submit: text('submit'),
        reset: text('reset'),
        broadened: text('broadened'),
        emptyTitle: text('emptyTitle'),
        emptyFilters: text('emptyFilters'),
        emptyOtherLanguage: text('emptyOtherLanguage'),
        searchOtherLanguage: t.raw('searchOtherLanguage') as string,
        showAll: text('showAll'),
        pastLastPage: text('pastLastPage'),
        firstPage: text('firstPage'),
        updating: text('updating'),
        loadFailed: text('loadFailed'),
        pagination: text('pagination'),
        previous: text('previous'),
        next: text('next'),
        page: t.raw('page') as string,
      }}
    />
  );
}

/** The catalogue: prerendered without filters, rendered per request with them (see lib/list-routes). */
export const catalogueList = listPages({ schema: catalogueFiltersSchema, View: CatalogueListView, metadata });
