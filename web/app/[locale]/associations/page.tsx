import {
  associationAllianceMembershipValues,
  associationKindValues,
  catalogueFiltersSchema,
  isLocale,
  type AssociationAllianceMembership,
  type AssociationKind,
  type Locale,
} from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { hreflangLanguages, sameRouteAlternates } from '@/lib/alternates';
import { cataloguePath } from '@/lib/catalogue';
import { loadCatalogue } from '@/lib/catalogue-results';
import { listSectors } from '@/lib/cms/site';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { CatalogueBrowser } from '@/components/catalogue/CatalogueBrowser';
import styles from './page.module.css';

type SearchParams = Record<string, string | string[] | undefined>;

interface CataloguePageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

const alternates = sameRouteAlternates('/associations');

// The list depends on the filters in the address and must reach browsers without JavaScript in
// the HTML itself, not streamed in behind a <Suspense> fallback (revealing streamed content needs a
// script): so this route renders per request, blocking, from the cached reads of lib/cms/catalogue.
export const instant = false;

export async function generateMetadata({ params }: CataloguePageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'Catalogue' });
  return {
    title: t('title'),
    description: t('metaDescription'),
    alternates: { canonical: cataloguePath(locale), languages: hreflangLanguages(alternates) },
    openGraph: { title: t('title'), description: t('metaDescription') },
  };
}

export default async function CataloguePage({ params, searchParams }: CataloguePageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
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
          <Catalogue locale={locale} searchParams={searchParams} />
        </div>
      </main>
    </>
  );
}

/** The first page for the filters in the address (bad values are dropped, see catalogueFiltersSchema). */
async function Catalogue({ locale, searchParams }: { locale: Locale; searchParams: Promise<SearchParams> }) {
  const filters = catalogueFiltersSchema.parse(await searchParams);
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
