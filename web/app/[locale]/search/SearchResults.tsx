import { parseSiteSearchQuery, searchWords, type Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { listEndorsements } from '@/lib/cms/news-policy';
import { searchSite } from '@/lib/cms/sitewide';
import { endorsementCounts } from '@/lib/endorsements';
import { SiteSearchForm } from '@/components/site/SiteSearchForm';
import { CardGrid } from '@/components/home/HomeSection';
import { AssociationCard } from '@/components/catalogue/AssociationCard';
import { EventCard } from '@/components/events/EventCard';
import { NewsCard } from '@/components/news/NewsCard';
import { PolicyCard } from '@/components/policy/PolicyCard';
import styles from './page.module.css';

interface SearchResultsProps {
  locale: Locale;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function SearchResults({ locale, searchParams }: SearchResultsProps) {
  const query = parseSiteSearchQuery(await searchParams);
  const t = await getTranslations({ locale, namespace: 'SiteSearch' });
  const form = <SiteSearchForm locale={locale} query={query} variant="page" />;

  if (searchWords(query).length === 0) {
    return (
      <>
        {form}
        <p className={styles.note}>{query ? t('shortQuery') : t('hint')}</p>
      </>
    );
  }

  const [results, endorsements] = await Promise.all([searchSite(locale, query), listEndorsements(locale)]);
  const endorsed = endorsementCounts(endorsements);
  const total = results.associations.total + results.events.total + results.news.total + results.policyPapers.total;
  const groups: Array<{ id: string; title: string; shown: number; total: number; cards: ReactNode[] }> = [
    {
      id: 'associations',
      title: t('associations'),
      ...count(results.associations),
      cards: results.associations.items.map((association) => <AssociationCard key={association.documentId} association={association} locale={locale} />),
    },
    {
      id: 'events',
      title: t('events'),
      ...count(results.events),
      cards: results.events.items.map((event) => <EventCard key={event.documentId} event={event} locale={locale} />),
    },
    {
      id: 'news',
      title: t('news'),
      ...count(results.news),
      cards: results.news.items.map((article) => <NewsCard key={article.documentId} article={article} locale={locale} />),
    },
    {
      id: 'policy',
      title: t('policy'),
      ...count(results.policyPapers),
      cards: results.policyPapers.items.map((paper) => <PolicyCard key={paper.documentId} paper={paper} endorsements={endorsed.get(paper.documentId) ?? 0} locale={locale} />),
    },
  ];

  return (
    <>
      {form}
      <p className={styles.summary} role="status">
        {total > 0 ? t('summary', { count: total, query }) : t('noResults', { query })}
      </p>
      {groups
        .filter((group) => group.total > 0)
        .map((group) => (
          <section key={group.id} className={styles.group} aria-labelledby={`results-${group.id}`}>
            <h2 id={`results-${group.id}`} className={styles.groupTitle}>
              {group.title} <span className={styles.count}>{t('groupCount', { count: group.total })}</span>
            </h2>
            <CardGrid columns={3}>
              {group.cards.map((card, index) => (
                <li key={index}>{card}</li>
              ))}
            </CardGrid>
            {group.total > group.shown && <p className={styles.note}>{t('shownOf', { shown: group.shown, total: group.total })}</p>}
          </section>
        ))}
    </>
  );
}

function count(group: { items: unknown[]; total: number }) {
  return { shown: group.items.length, total: group.total };
}
