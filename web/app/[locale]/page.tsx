import { isLocale } from '@forum/shared';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { hreflangLanguages, localePath, sameRouteAlternates } from '@/lib/alternates';
import { serializeJsonLd } from '@/lib/json-ld';
import { forumOrganizationJsonLd } from '@/lib/organization-json-ld';
import {
  countAssociations,
  getSiteSettings,
  listFeaturedAssociations,
  listLatestNews,
  listSectors,
  listUpcomingEvents,
} from '@/lib/cms/site';
import { listIndicatorOutcomes } from '@/lib/cms/outcomes';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { Hero } from '@/components/home/Hero';
import { CardGrid, EmptyNote, HomeSection } from '@/components/home/HomeSection';
import { EventCard } from '@/components/events/EventCard';
import { NewsCard } from '@/components/news/NewsCard';
import { AssociationCard } from '@/components/catalogue/AssociationCard';
import { SectorGrid } from '@/components/sectors/SectorGrid';
import { HeadlineFigures } from '@/components/outcomes/HeadlineFigures';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { alternates: { canonical: `/${locale}`, languages: hreflangLanguages(sameRouteAlternates(), '/') } };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();

  // One round of parallel requests: none of them depends on another.
  const [settings, sectors, events, news, associations, associationCount, outcomes, t] = await Promise.all([
    getSiteSettings(locale),
    listSectors(locale),
    listUpcomingEvents(locale, 4),
    listLatestNews(locale, 6),
    listFeaturedAssociations(locale, 6),
    countAssociations(locale),
    listIndicatorOutcomes(locale),
    getTranslations({ locale, namespace: 'Home' }),
  ]);

  return (
    <>
      <SiteHeader locale={locale} alternates={sameRouteAlternates()} current="home" />
      <main id="main" tabIndex={-1}>
        <Hero locale={locale} settings={settings} associationCount={associationCount} />

        <HomeSection id="outcomes" title={t('outcomes')}>
          <HeadlineFigures outcomes={outcomes} locale={locale} />
          <p>
            <Link href={localePath(locale, '/outcomes')}>{t('allOutcomes')}</Link>
          </p>
        </HomeSection>

        <HomeSection id="events" title={t('upcomingEvents')} tinted>
          {events.length > 0 ? (
            <CardGrid columns={4}>
              {events.map((event) => (
                <li key={event.documentId}>
                  <EventCard event={event} locale={locale} />
                </li>
              ))}
            </CardGrid>
          ) : (
            <EmptyNote>{t('noUpcomingEvents')}</EmptyNote>
          )}
        </HomeSection>

        <HomeSection id="associations" title={t('featuredAssociations')}>
          {associations.length > 0 ? (
            <CardGrid columns={3}>
              {associations.map((association) => (
                <li key={association.documentId}>
                  <AssociationCard association={association} locale={locale} />
                </li>
              ))}
            </CardGrid>
          ) : (
            <EmptyNote>{t('noAssociations')}</EmptyNote>
          )}
        </HomeSection>

        <HomeSection id="news" title={t('latestNews')} tinted>
          {news.length > 0 ? (
            <CardGrid columns={3}>
              {news.map((article) => (
                <li key={article.documentId}>
                  <NewsCard article={article} locale={locale} />
                </li>
              ))}
            </CardGrid>
          ) : (
            <EmptyNote>{t('noNews')}</EmptyNote>
          )}
        </HomeSection>

        <HomeSection id="sectors" title={t('sectors')} intro={t('sectorsIntro')}>
          <SectorGrid sectors={sectors} locale={locale} />
        </HomeSection>
        <script
          type="application/ld+json"
          // Structured data built from our own mapping (not CMS HTML), with `<` escaped.
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(forumOrganizationJsonLd(settings, locale)) }}
        />
      </main>
    </>
  );
}
