import type { Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import styles from './SiteSearchForm.module.css';

/** The site search: a plain GET form (works without JavaScript), in the header and on the search page. */
export async function SiteSearchForm({ locale, query = '', variant = 'header' }: { locale: Locale; query?: string; variant?: 'header' | 'page' }) {
  const t = await getTranslations({ locale, namespace: 'SiteSearch' });
  const inputId = `site-search-${variant}`;
  return (
    <form
      role="search"
      // The page's own form is named by its visible label; two landmarks of one name would be ambiguous.
      aria-label={variant === 'header' ? t('headerLabel') : undefined}
      action={`/${locale}/search`} method="get" className={`${styles.form} ${styles[variant]}`}>
      <label htmlFor={inputId} className={variant === 'header' ? 'visually-hidden' : styles.label}>
        {variant === 'header' ? t('headerLabel') : t('label')}
      </label>
      <div className={styles.field}>
        <input
          id={inputId}
          className={styles.input}
          type="search"
          name="q"
          defaultValue={query}
          placeholder={variant === 'header' ? t('placeholder') : undefined}
          maxLength={200}
          autoComplete="off"
        />
        <button type="submit" className={styles.button}>
          <svg className={styles.icon} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M12.7 12.7 17 17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span className={variant === 'header' ? 'visually-hidden' : undefined}>{t('submit')}</span>
        </button>
      </div>
    </form>
  );
}
