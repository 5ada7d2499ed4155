import type { Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { localePath } from '@/lib/alternates';
import type { Alternates } from '@/lib/alternates';
import { getSiteSettings, listPageLinks } from '@/lib/cms/site';
import { mainMenu, resolveMenu, type MenuLink } from '@/lib/menu';
import { LanguageSwitch } from './LanguageSwitch';
import { SiteSearchForm } from '@/components/site/SiteSearchForm';
import styles from './SiteHeader.module.css';

interface SiteHeaderProps {
  locale: Locale;
  /** The current item in each language, for the language switch (see lib/alternates). */
  alternates: Alternates;
  /** The menu entry of the current page, marked with aria-current. */
  current?: MenuLink['label'];
}

export async function SiteHeader({ locale, alternates, current }: SiteHeaderProps) {
  const [settings, pages, t] = await Promise.all([
    getSiteSettings(locale),
    listPageLinks(locale),
    getTranslations({ locale, namespace: 'Navigation' }),
  ]);
  const menu = resolveMenu(mainMenu, locale, pages);

  const links = (
    <ul className={styles.links}>
      {menu.map((link) => (
        <li key={link.label}>
          <Link href={link.href} className={styles.link} aria-current={link.label === current ? 'page' : undefined}>
            {t(link.label)}
          </Link>
        </li>
      ))}
    </ul>
  );

  return (
    <header className={styles.header}>
      <div className={`container ${styles.bar}`}>
        <Link href={localePath(locale)} className={styles.brand}>
          <span className={styles.mark} aria-hidden="true" />
          <span className={styles.siteName}>{settings.siteName}</span>
        </Link>
        <nav aria-label={t('label')} className={styles.desktopNav}>
          {links}
        </nav>
        <div className={styles.tools}>
          <SiteSearchForm locale={locale} />
          <LanguageSwitch locale={locale} alternates={alternates} />
          {/* A CSS-only menu for small screens: <details> opens without JavaScript. */}
          <details className={styles.mobileMenu}>
            <summary className={styles.menuButton}>
              <span className={styles.burger} aria-hidden="true" />
              <span className={styles.menuLabel}>{t('menu')}</span>
            </summary>
            <nav aria-label={t('label')} className={styles.mobileNav}>
              {links}
            </nav>
          </details>
        </div>
      </div>
    </header>
  );
}
