import type { Locale, SiteSettings } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import styles from './SiteFooter.module.css';

/** The footer, from the CMS's `global`: what the Forum is, how to reach it, who supports it. */
export async function SiteFooter({ locale, settings }: { locale: Locale; settings: SiteSettings }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  const contact = settings.contact;
  const partners = settings.partners ?? [];

  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.grid}`}>
        <section className={styles.about} aria-labelledby="footer-about">
          <h2 id="footer-about" className={styles.siteName}>
            {settings.siteName}
          </h2>
          {settings.footerText && <p className={styles.text}>{settings.footerText}</p>}
          <p className={styles.text}>
            <a href={`/${locale}/join`}>{t('join')}</a>
            <br />
            <a href={`/${locale}/account`}>{t('account')}</a>
          </p>
        </section>

        {contact && (
          <section aria-labelledby="footer-contacts">
            <h2 id="footer-contacts" className={styles.heading}>
              {t('contacts')}
            </h2>
            <dl className={styles.contacts}>
              {contact.email && (
                <div>
                  <dt>{t('email')}</dt>
                  <dd>
                    <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  </dd>
                </div>
              )}
              {contact.phone && (
                <div>
                  <dt>{t('phone')}</dt>
                  <dd>
                    <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
                  </dd>
                </div>
              )}
              {contact.address && (
                <div>
                  <dt>{t('address')}</dt>
                  <dd>{contact.address}</dd>
                </div>
              )}
              {contact.website && (
                <div>
                  <dt>{t('website')}</dt>
                  <dd>
                    <a href={contact.website}>{contact.website.replace(/^https?:\/\//, '')}</a>
                  </dd>
                </div>
              )}
            </dl>
          </section>
        )}

        {partners.length > 0 && (
          <section aria-labelledby="footer-partners">
            <h2 id="footer-partners" className={styles.heading}>
              {t('partners')}
            </h2>
            <ul className={styles.partners}>
              {partners.map((partner) => (
                <li key={partner.id}>{partner.url ? <a href={partner.url}>{partner.name}</a> : partner.name}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </footer>
  );
}
