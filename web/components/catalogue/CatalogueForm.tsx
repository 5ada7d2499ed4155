import type { AssociationAllianceMembership, AssociationKind, CatalogueFilters, Locale } from '@forum/shared';
import type { FormEventHandler, Ref } from 'react';
import { cataloguePath } from '@/lib/catalogue';
import filterStyles from '@/components/content/SelectFilters.module.css';
import styles from './CatalogueBrowser.module.css';

export interface CatalogueFormTexts {
  filtersLabel: string;
  search: string;
  searchHint: string;
  sector: string;
  allSectors: string;
  kind: string;
  allKinds: string;
  membership: string;
  anyMembership: string;
  submit: string;
  reset: string;
}

interface CatalogueFormProps {
  ref?: Ref<HTMLFormElement>;
  locale: Locale;
  /** The filters the page was rendered with (the form's initial values). */
  filters: CatalogueFilters;
  sectors: { value: string; label: string }[];
  kinds: Record<AssociationKind, string>;
  memberships: Record<AssociationAllianceMembership, string>;
  texts: CatalogueFormTexts;
  onSubmit?: FormEventHandler<HTMLFormElement>;
  onChange?: FormEventHandler<HTMLFormElement>;
}

/** The catalogue's search and filters: a plain GET form to the list's own address. */
export function CatalogueForm({ ref, locale, filters, sectors, kinds, memberships, texts, onSubmit, onChange }: CatalogueFormProps) {
  const selects = [
    { name: 'sector', label: texts.sector, anyLabel: texts.allSectors, options: sectors, selected: filters.sector },
    { name: 'kind', label: texts.kind, anyLabel: texts.allKinds, options: Object.entries(kinds).map(([value, label]) => ({ value, label })), selected: filters.kind },
    {
      name: 'membership',
      label: texts.membership,
      anyLabel: texts.anyMembership,
      options: Object.entries(memberships).map(([value, label]) => ({ value, label })),
      selected: filters.membership,
    },
  ];
  return (
    <form
      ref={ref}
      method="get"
      action={cataloguePath(locale)}
      role="search"
      aria-label={texts.filtersLabel}
      className={`${filterStyles.form} ${styles.form}`}
      onSubmit={onSubmit}
      onChange={onChange}
    >
      <div className={`${filterStyles.field} ${styles.searchField}`}>
        <label htmlFor="catalogue-q" className={filterStyles.label}>
          {texts.search}
        </label>
        <input
          id="catalogue-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ''}
          maxLength={200}
          aria-describedby="catalogue-q-hint"
          className={filterStyles.select}
        />
        <span id="catalogue-q-hint" className={styles.hint}>
          {texts.searchHint}
        </span>
      </div>
      {selects.map((select) => (
        <div key={select.name} className={filterStyles.field}>
          <label htmlFor={`catalogue-${select.name}`} className={filterStyles.label}>
            {select.label}
          </label>
          <select id={`catalogue-${select.name}`} name={select.name} defaultValue={select.selected ?? ''} className={filterStyles.select}>
            <option value="">{select.anyLabel}</option>
            {select.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className={filterStyles.actions}>
        <button type="submit" className={filterStyles.submit}>
          {texts.submit}
        </button>
        <a href={cataloguePath(locale)} className={filterStyles.reset}>
          {texts.reset}
        </a>
      </div>
    </form>
  );
}
