import { pageWindow } from '@/lib/pagination';
import styles from './Pagination.module.css';

interface PaginationProps {
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

/** A list's pages (news, the catalogue): previous and next, the first, the last and those around this one. */
export function Pagination({ action, filters, page, pageCount, labels }: PaginationProps) {
  if (pageCount <= 1) return null;
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
        {pageWindow(page, pageCount).map((number, index) =>
          number === 'gap' ? (
            <li key={`gap-${index}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
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
          ),
        )}
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
