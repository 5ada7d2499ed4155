import type { Locale, SiteSettings } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import styles from './Hero.module.css';

export async function Hero({ locale, settings, associationCount }: { locale: Locale; settings: SiteSettings; associationCount: number }) {
  const t = await getTranslations({ locale, namespace: 'Home' });
  return (
    <section className={styles.hero} aria-labelledby="hero-title">
      <div className={`container ${styles.inner}`}>
        <div className={styles.text}>
          <p className={styles.eyebrow}>{t('eyebrow')}</p>
          <h1 id="hero-title" className={styles.title}>
            {settings.siteName}
          </h1>
          {settings.tagline && <p className={styles.tagline}>{settings.tagline}</p>}
          <p className={styles.aim}>{t('aim')}</p>
        </div>
        <p className={styles.figure}>
          {t.rich('associationsCount', {
            count: associationCount,
            figure: (chunks) => <strong className={styles.number}>{chunks}</strong>,
          })}
        </p>
      </div>
    </section>
  );
}
