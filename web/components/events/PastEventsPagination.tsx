import type { EventListQuery, Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import styles from './PastEventsPagination.module.css';

/** The address of a page of the list, keeping the chosen filters. */
export function eventsListHref(locale: Locale, query: EventListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.kind) params.set('kind', query.kind);
  if (query.sector) params.set('sector', query.sector);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return `/${locale}/events${search ? `?${search}` : ''}`;
}

/** Newer and older pages of past events (the list runs from the latest back). */
export async function PastEventsPagination({ locale, query, pageCount }: { locale: Locale; query: EventListQuery; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Events' });
  const page = query.page;
  return (
    <nav aria-label={t('pagination')} className={styles.pagination}>
      {page > 1 ? (
        <a href={eventsListHref(locale, query, Math.min(page - 1, pageCount))} rel="prev" className={styles.link}>
          ← {t('newer')}
        </a>
      ) : (
        <span />
      )}
      {page <= pageCount ? <p className={styles.status}>{t('pageOf', { page, count: pageCount })}</p> : <span />}
      {page < pageCount ? (
        <a href={eventsListHref(locale, query, page + 1)} rel="next" className={styles.link}>
          {t('older')} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
