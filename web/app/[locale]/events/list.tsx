import { eventListQuerySchema, type EventListQuery, type Locale } from '@forum/shared';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { hreflangLanguages, sameRouteAlternates } from '@/lib/alternates';
import { listEvents } from '@/lib/cms/events';
import { listPages } from '@/lib/list-pages';
import { listSectors } from '@/lib/cms/site';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { CardGrid, EmptyNote } from '@/components/home/HomeSection';
import { EventCard } from '@/components/events/EventCard';
import { EventFilters } from '@/components/events/EventFilters';
import { PastEventsPagination, eventsListHref } from '@/components/events/PastEventsPagination';
import styles from './page.module.css';

const alternates = sameRouteAlternates('/events');

async function metadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Events' });
  return {
    title: t('title'),
    description: t('metaDescription'),
    alternates: { canonical: `/${locale}/events`, languages: hreflangLanguages(alternates) },
    openGraph: { title: t('title'), description: t('metaDescription') },
  };
}

async function EventsListView({ locale, filters }: { locale: Locale; filters: EventListQuery }) {
  const t = await getTranslations({ locale, namespace: 'Events' });

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} current="events" />
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className="container">
          <header className={styles.header}>
            <h1 className={styles.title}>{t('title')}</h1>
            <p className={styles.intro}>{t('intro')}</p>
            <p className={styles.note}>
              {t('timeZoneNote')}{' '}
              <a href={`/${locale}/events/calendar.ics`} type="text/calendar">
                {t('subscribe')}
              </a>
            </p>
          </header>
          <FilteredEvents locale={locale} query={filters} />
        </div>
      </main>
    </>
  );
}

async function FilteredEvents({ locale, query }: { locale: Locale; query: EventListQuery }) {
  const [{ upcoming, past, pastPagination }, sectors, t] = await Promise.all([
    listEvents(locale, query),
    listSectors(locale),
    getTranslations({ locale, namespace: 'Events' }),
  ]);
  const filtered = Boolean(query.kind || query.sector);
  const total = upcoming.length + pastPagination.total;
  const beyondLastPage = past.length === 0 && pastPagination.total > 0;

  return (
    <>
      <EventFilters locale={locale} sectors={sectors} query={query} />

      {filtered && (
        <p className={styles.results} role="status">
          {t('results', { count: total })}
        </p>
      )}

      {total === 0 && filtered ? (
        <div className={styles.noResults}>
          <p>{t('noResults')}</p>
          <a href={eventsListHref(locale, { page: 1 }, 1)}>{t('showAll')}</a>
        </div>
      ) : (
        <>
          {query.page === 1 && (
            <section aria-labelledby="upcoming-title" className={styles.section}>
              <h2 id="upcoming-title">{t('upcoming')}</h2>
              {upcoming.length > 0 ? (
                <CardGrid columns={3}>
                  {upcoming.map((event) => (
                    <li key={event.documentId}>
                      <EventCard event={event} locale={locale} />
                    </li>
                  ))}
                </CardGrid>
              ) : (
                <EmptyNote>{filtered ? t('noUpcomingFiltered') : t('noUpcoming')}</EmptyNote>
              )}
            </section>
          )}

          <section aria-labelledby="past-title" className={styles.section}>
            <h2 id="past-title">{t('past')}</h2>
            {past.length > 0 ? (
              <CardGrid columns={3}>
                {past.map((event) => (
                  <li key={event.documentId}>
                    <EventCard event={event} locale={locale} />
                  </li>
                ))}
              </CardGrid>
            ) : beyondLastPage ? (
              <EmptyNote>
                {t('beyondLastPage')} <a href={eventsListHref(locale, query, 1)}>{t('firstPage')}</a>
              </EmptyNote>
            ) : (
              <EmptyNote>{filtered ? t('noPastFiltered') : t('noPast')}</EmptyNote>
            )}
            <PastEventsPagination locale={locale} query={query} pageCount={pastPagination.pageCount} />
          </section>
        </>
      )}
    </>
  );
}

/** The events, prerendered without filters rendered per request with them (see lib/list-routes). */
export const eventsList = listPages({ schema: eventListQuerySchema, View: EventsListView, metadata });
