import type { AssociationAllianceMembership, AssociationKind, Locale } from '@forum/shared';
import type { Ref } from 'react';
import type { CatalogueResult } from '@/lib/catalogue-results';
import { catalogueHref, cataloguePath } from '@/lib/catalogue';
import { Pagination } from '@/components/content/Pagination';
import { CardGrid } from '@/components/home/HomeSection';
import { AssociationCardView } from './AssociationCardView';
import styles from './CatalogueBrowser.module.css';

export interface CatalogueResultsTexts {
  broadened: string;
  emptyTitle: string;
  emptyFilters: string;
  emptyOtherLanguage: string;
  /** With `{query}` in it. */
  searchOtherLanguage: string;
  showAll: string;
  pastLastPage: string;
  firstPage: string;
  updating: string;
  loadFailed: string;
  pagination: string;
  previous: string;
  next: string;
  /** With `{page}` in it. */
  page: string;
}

interface CatalogueResultsProps {
  locale: Locale;
  result: CatalogueResult;
  kinds: Record<AssociationKind, string>;
  memberships: Record<AssociationAllianceMembership, string>;
  texts: CatalogueResultsTexts;
  /** A newer list is being fetched (the one shown stays until it arrives). */
  updating?: boolean;
  failed?: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
}

const otherLocale = (locale: Locale): Locale => (locale === 'ru' ? 'en' : 'ru');

/** The results line, the cards, and what to do when there are none. */
export function CatalogueResults({ locale, result, kinds, memberships, texts, updating, failed, headingRef }: CatalogueResultsProps) {
  const { filters, associations, pagination, broadened, summary } = result;
  const kept = { q: filters.q, sector: filters.sector, kind: filters.kind, membership: filters.membership };
  const filtered = Object.values(kept).some(Boolean);

  return (
    <section aria-labelledby="catalogue-results" aria-busy={updating} className={styles.results}>
      <div role="status" className={styles.status}>
        <h2 id="catalogue-results" tabIndex={-1} className={styles.count}>
          {summary}
        </h2>
        {broadened && <p className={styles.note}>{texts.broadened}</p>}
        {updating && <p className={styles.note}>{texts.updating}</p>}
        {failed && <p className={styles.error}>{texts.loadFailed}</p>}
      </div>

      {associations.length > 0 ? (
        <CardGrid columns={3}>
          {associations.map((association) => (
            <li key={association.documentId}>
              <AssociationCardView
                association={association}
                locale={locale}
                labels={{ kind: kinds[association.kind], membership: memberships[association.allianceMembership] }}
              />
            </li>
          ))}
        </CardGrid>
      ) : pagination.total > 0 ? (
        <div className={styles.empty}>
          <p>{texts.pastLastPage}</p>
          <a href={catalogueHref(locale, kept)}>{texts.firstPage}</a>
        </div>
      ) : (
        <div className={styles.empty}>
          <p className={styles.emptyTitle}>{texts.emptyTitle}</p>
          {filtered && <p>{texts.emptyFilters}</p>}
          {filters.q && (
            <p>
              {texts.emptyOtherLanguage}{' '}
              <a href={catalogueHref(otherLocale(locale), { q: filters.q })} hrefLang={otherLocale(locale)}>
                {texts.searchOtherLanguage.replace('{query}', filters.q)}
              </a>
            </p>
          )}
          <p>
            <a href={cataloguePath(locale)}>{texts.showAll}</a>
          </p>
        </div>
      )}

      <Pagination
        action={cataloguePath(locale)}
        filters={kept}
        page={pagination.page}
        pageCount={pagination.pageCount}
        labels={{ navigation: texts.pagination, previous: texts.previous, next: texts.next, page: (page) => texts.page.replace('{page}', String(page)) }}
      />
    </section>
  );
}
