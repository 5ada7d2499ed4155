import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { sameRouteAlternates } from '@/lib/alternates';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { isLocale, defaultLocale } from '@forum/shared';
import styles from './status-page.module.css';

// Rendered for notFound() anywhere under /[locale], with HTTP 404, in the visitor's language.
export default async function NotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : defaultLocale;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <>
      <SiteHeader locale={locale} alternates={sameRouteAlternates()} />
      <main id="main" tabIndex={-1} className={`container ${styles.page}`}>
        <p className={styles.code}>404</p>
        <h1>{t('title')}</h1>
        <p className={styles.text}>{t('text')}</p>
        <Link href="/" locale={locale} className={styles.action}>
          {t('home')}
        </Link>
      </main>
    </>
  );
}
