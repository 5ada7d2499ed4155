import { locales, type Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import type { Alternates } from '@/lib/alternates';
import styles from './LanguageSwitch.module.css';

/**
 * Plain links to the same item in the other language (computed on the server by the page), so the
 * switch works without JavaScript; a full page load also switches <html lang>.
 */
export async function LanguageSwitch({ locale, alternates }: { locale: Locale; alternates: Alternates }) {
  const t = await getTranslations({ locale, namespace: 'LanguageSwitch' });
  return (
    <nav aria-label={t('label')} className={styles.switch}>
      <ul className={styles.list}>
        {locales.map((target) =>
          target === locale ? (
            <li key={target}>
              <span className={styles.current} lang={target} aria-current="true">
                <span className="visually-hidden">{t('current', { language: t(target) })}</span>
                <span aria-hidden="true">{target.toUpperCase()}</span>
              </span>
            </li>
          ) : (
            <li key={target}>
              <a
                className={styles.link}
                href={alternates.paths[target]}
                hrefLang={target}
                lang={target}
                title={alternates.untranslated.includes(target) ? t('untranslated') : undefined}
              >
                <span aria-hidden="true">{target.toUpperCase()}</span>
                <span className="visually-hidden">{t(target)}</span>
                {alternates.untranslated.includes(target) && <span className="visually-hidden">{` (${t('untranslated')})`}</span>}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
