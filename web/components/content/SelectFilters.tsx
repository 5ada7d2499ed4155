import styles from './SelectFilters.module.css';

export interface SelectFilter {
  /** The query-string key (`?sector=design`). */
  name: string;
  label: string;
  /** The option that means "no filter" (its value is empty, so the key is ignored). */
  anyLabel: string;
  options: { value: string; label: string }[];
  selected?: string;
}

interface SelectFiltersProps {
  /** The list's own address, with the language prefix: the form reloads it with the filters in the URL. */
  action: string;
  /** The form's accessible name. */
  label: string;
  filters: SelectFilter[];
  submitLabel: string;
  resetLabel: string;
}

/**
 * The filters of a list page as a plain GET form: it works without JavaScript, and the URL it
 * leads to can be shared and bookmarked; the reset link appears once a filter is set.
 */
export function SelectFilters({ action, label, filters, submitLabel, resetLabel }: SelectFiltersProps) {
  const filtered = filters.some((filter) => filter.selected);
  return (
    <form method="get" action={action} className={styles.form} aria-label={label} role="search">
      {filters.map((filter) => (
        <div key={filter.name} className={styles.field}>
          <label htmlFor={`filter-${filter.name}`} className={styles.label}>
            {filter.label}
          </label>
          <select id={`filter-${filter.name}`} name={filter.name} defaultValue={filter.selected ?? ''} className={styles.select}>
            <option value="">{filter.anyLabel}</option>
            {filter.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className={styles.actions}>
        <button type="submit" className={styles.submit}>
          {submitLabel}
        </button>
        {filtered && (
          <a href={action} className={styles.reset}>
            {resetLabel}
          </a>
        )}
      </div>
    </form>
  );
}
