import { isLocale, locales } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { documentAlternates, hreflangLanguages, localePath } from '@/lib/alternates';
import { catalogueHref, sectorPath } from '@/lib/catalogue';
import { findSectorBySlug, listSectorAssociations, listSectorEvents, listSectorNews, listSectorSlugs } from '@/lib/cms/catalogue';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { CardGrid, EmptyNote, HomeSection } from '@/components/home/HomeSection';
import { AssociationCard } from '@/components/catalogue/AssociationCard';
import { EventCard } from '@/components/events/EventCard';
import { NewsCard } from '@/components/news/NewsCard';
import { SectorIcon } from '@/components/sectors/SectorIcon';
import styles from './page.module.css';

interface SectorPageProps {
  params: Promise<{ locale: string; slug: string }>;
}

/** Every sector is prerendered in each language. */
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = isLocale(params.locale) ? params.locale : locales[0];
  const sectors = await listSectorSlugs(locale);
  return sectors.map((sector) => ({ slug: sector.slug }));
}

async function loadSector(params: SectorPageProps['params']) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const sector = await findSectorBySlug(locale, slug);
  if (!sector) notFound();
  return { locale, sector, alternates: documentAlternates({ locale, slug: sector.slug, localizations: sector.localizations }, sectorPath) };
}

export async function generateMetadata({ params }: SectorPageProps): Promise<Metadata> {
  const { locale, sector, alternates } = await loadSector(params);
  const description = sector.description ?? undefined;
  return {
    title: sector.name,
    description,
    alternates: { canonical: sectorPath(locale, sector.slug), languages: hreflangLanguages(alternates) },
    openGraph: { title: sector.name, description },
  };
}

export default async function SectorPage({ params }: SectorPageProps) {
  const { locale, sector, alternates } = await loadSector(params);
  const [associations, { upcoming, recent }, news, t, tEdition] = await Promise.all([
    listSectorAssociations(locale, sector.slug),
    listSectorEvents(locale, sector.slug, 3),
    listSectorNews(locale, sector.slug, 3),
    getTranslations({ locale, namespace: 'Catalogue.sectorPage' }),
    getTranslations({ locale, namespace: 'CatalogueEdition' }),
  ]);
  const events = upcoming.length > 0 ? upcoming : recent;

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" tabIndex={-1}>
        <div className={`container ${styles.intro}`}>
          <header className={styles.header}>
            <SectorIcon name={sector.icon} className={styles.icon} />
            <h1 className={styles.title}>{sector.name}</h1>
          </header>
          {sector.description && <p className={styles.description}>{sector.description}</p>}
          {alternates.untranslated.length > 0 && (
            <p className={styles.notice} role="note">
              {t('untranslated')}
            </p>
          )}
        </div>

        <HomeSection id="sector-associations" title={t('associations')} intro={associations.length > 0 ? t('associationsCount', { count: associations.length }) : undefined} tinted>
          {associations.length > 0 ? (
            <>
              <CardGrid columns={3}>
                {associations.map((association) => (
                  <li key={association.documentId}>
                    <AssociationCard association={association} locale={locale} />
                  </li>
                ))}
              </CardGrid>
              <p className={styles.more}>
                <a href={catalogueHref(locale, { sector: sector.slug })}>{t('searchCatalogue')}</a>
                {' · '}
                <a href={`/${locale}/associations/catalogue.pdf?sector=${sector.slug}`}>{tEdition('sectorPdf', { sector: sector.name })}</a>
              </p>
            </>
          ) : (
            <EmptyNote>{t('noAssociations')}</EmptyNote>
          )}
        </HomeSection>

        <HomeSection id="sector-events" title={upcoming.length > 0 || recent.length === 0 ? t('upcomingEvents') : t('recentEvents')}>
          {events.length > 0 ? (
            <>
              <CardGrid columns={3}>
                {events.map((event) => (
                  <li key={event.documentId}>
                    <EventCard event={event} locale={locale} />
                  </li>
                ))}
              </CardGrid>
              <p className={styles.more}>
                <Link href={localePath(locale, `/events?sector=${sector.slug}`)}>
                  {t('allEvents')}
                </Link>
              </p>
            </>
          ) : (
            <EmptyNote>{t('noEvents')}</EmptyNote>
          )}
        </HomeSection>

        <HomeSection id="sector-news" title={t('news')} tinted>
          {news.length > 0 ? (
            <>
              <CardGrid columns={3}>
                {news.map((article) => (
                  <li key={article.documentId}>
                    <NewsCard article={article} locale={locale} />
                  </li>
                ))}
              </CardGrid>
              <p className={styles.more}>
                <Link href={localePath(locale, `/news?sector=${sector.slug}`)}>
                  {t('allNews')}
                </Link>
              </p>
            </>
          ) : (
            <EmptyNote>{t('noNews')}</EmptyNote>
          )}
        </HomeSection>
      </main>
    </>
  );
}
