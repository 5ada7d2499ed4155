import type { Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { localePath, sameRouteAlternates } from '@/lib/alternates';
import { SiteHeader } from '@/components/layout/SiteHeader';
import styles from '@/app/[locale]/status-page.module.css';

/** The not-found page's content, in the visitor's language (for notFound() and the proxy's 404s). */
export async function NotFoundView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <>
      <SiteHeader locale={locale} alternates={sameRouteAlternates()} />
      <main id="main" tabIndex={-1} className={`container ${styles.page}`}>
        <p className={styles.code}>404</p>
        <h1>{t('title')}</h1>
        <p className={styles.text}>{t('text')}</p>
        <Link href={localePath(locale)} className={styles.action}>
          {t('home')}
        </Link>
      </main>
    </>
  );
}
