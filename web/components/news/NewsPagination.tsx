import styles from './NewsPagination.module.css';

interface NewsPaginationProps {
  /** The list's address with the language prefix. */
  action: string;
  /** The filters to keep on every page's link. */
  filters: Record<string, string | undefined>;
  page: number;
  pageCount: number;
  labels: { navigation: string; previous: string; next: string; page: (page: number) => string };
}

/** `?sector=design&page=2`: the filters stay, the first page has no page number. */
export function pageHref(action: string, filters: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  if (page > 1) query.set('page', String(page));
  const search = query.toString();
  return search ? `${action}?${search}` : action;
}

/** Numbered links to every page of the list (a few pages at most), with previous and next. */
export function NewsPagination({ action, filters, page, pageCount, labels }: NewsPaginationProps) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, index) => index + 1);
  return (
    <nav aria-label={labels.navigation} className={styles.pagination}>
      <ul className={styles.list}>
        {page > 1 && (
          <li>
            <a href={pageHref(action, filters, page - 1)} rel="prev" className={styles.step}>
              {labels.previous}
            </a>
          </li>
        )}
        {pages.map((number) => (
          <li key={number}>
            <a
              href={pageHref(action, filters, number)}
              aria-label={labels.page(number)}
              aria-current={number === page ? 'page' : undefined}
              className={styles.number}
            >
              {number}
            </a>
          </li>
        ))}
        {page < pageCount && (
          <li>
            <a href={pageHref(action, filters, page + 1)} rel="next" className={styles.step}>
              {labels.next}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
