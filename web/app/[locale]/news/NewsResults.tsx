import type { Locale, NewsFilters } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import { listNews, listNewsAssociations } from '@/lib/cms/news-policy';
import { listSectors } from '@/lib/cms/site';
import { newsPath } from '@/lib/news-feed';
import { SelectFilters } from '@/components/content/SelectFilters';
import { CardGrid, EmptyNote } from '@/components/home/HomeSection';
import { NewsCard } from '@/components/news/NewsCard';
import { Pagination, pageHref } from '@/components/content/Pagination';
import styles from './page.module.css';

interface NewsResultsProps {
  locale: Locale;
  filters: NewsFilters;
}

/** The filter form and the page of news it selects (malformed filters are ignored, see newsFiltersSchema). */
export async function NewsResults({ locale, filters }: NewsResultsProps) {
  const [news, sectors, associations, t, tPages] = await Promise.all([
    listNews(locale, filters),
    listSectors(locale),
    listNewsAssociations(locale),
    getTranslations({ locale, namespace: 'NewsPolicy.news' }),
    getTranslations({ locale, namespace: 'NewsPolicy.pagination' }),
  ]);
  const action = newsPath(locale);
  const kept = { sector: filters.sector, association: filters.association };
  const { total, pageCount } = news.meta.pagination;

  return (
    <>
      <SelectFilters
        action={action}
        label={t('filters')}
        submitLabel={t('apply')}
        resetLabel={t('reset')}
        filters={[
          {
            name: 'sector',
            label: t('sector'),
            anyLabel: t('allSectors'),
            options: sectors.map((sector) => ({ value: sector.slug, label: sector.name })),
            selected: filters.sector,
          },
          {
            name: 'association',
            label: t('association'),
            anyLabel: t('allAssociations'),
            options: associations.map((association) => ({ value: association.slug, label: association.name })),
            selected: filters.association,
          },
        ]}
      />

      <section aria-labelledby="news-results">
        <h2 id="news-results" className={styles.count}>
          {t('count', { count: total })}
        </h2>
        {news.data.length > 0 ? (
          <CardGrid columns={3}>
            {news.data.map((article) => (
              <li key={article.documentId}>
                <NewsCard article={article} locale={locale} />
              </li>
            ))}
          </CardGrid>
        ) : total > 0 ? (
          <EmptyNote>
            {t('pastLastPage')} <a href={pageHref(action, kept, 1)}>{t('firstPage')}</a>
          </EmptyNote>
        ) : (
          <EmptyNote>
            {t('empty')} <a href={action}>{t('reset')}</a>
          </EmptyNote>
        )}
        <Pagination
          action={action}
          filters={kept}
          page={filters.page}
          pageCount={pageCount}
          labels={{ navigation: tPages('label'), previous: tPages('previous'), next: tPages('next'), page: (page) => tPages('page', { page }) }}
        />
      </section>
    </>
  );
}
