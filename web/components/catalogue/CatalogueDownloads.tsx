import type { Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import { openDataColumns, openDataLicence } from '@/lib/catalogue-edition/open-data';
import { catalogueEdition } from '@/lib/cms/catalogue';
import { formatDay } from '@/lib/dates';
import { formatFileSize } from '@/lib/policy-document';
import styles from './CatalogueDownloads.module.css';

interface CatalogueDownloadsProps {
  locale: Locale;
  /** A sector the visitor chose: its own edition is offered too. */
  sector?: { slug: string; name: string };
}

/** The catalogue to take away: the printable PDF (its size and edition date) and the open data, with what each field holds. */
export async function CatalogueDownloads({ locale, sector }: CatalogueDownloadsProps) {
  const [t, edition] = await Promise.all([getTranslations({ locale, namespace: 'CatalogueEdition' }), catalogueEdition(locale)]);
  const base = `/${locale}/associations/catalogue`;
  return (
    <section aria-labelledby="catalogue-downloads" className={styles.downloads}>
      <div>
        <h2 id="catalogue-downloads">{t('download')}</h2>
        <p>{t('downloadIntro')}</p>
        <ul className={styles.links}>
          {edition && (
            <li>
              <a href={`${base}.pdf`} download={edition.fileName} className={styles.primary}>
                {t('pdfLink')}
              </a>{' '}
              <span className={styles.details}>
                {t('pdfDetails', {
                  size: formatFileSize(edition.pdf.byteLength / 1024, locale),
                  date: formatDay(edition.madeAt, locale),
                  count: t('count', { count: edition.entries }),
                })}
              </span>
            </li>
          )}
          {sector && (
            <li>
              <a href={`${base}.pdf?sector=${sector.slug}`}>{t('sectorPdf', { sector: sector.name })}</a>
            </li>
          )}
        </ul>
      </div>
      <div>
        <h2>{t('openData')}</h2>
        <p>{t.rich('openDataIntro', { licence: (chunks) => <a href={openDataLicence.url}>{chunks}</a> })}</p>
        <ul className={styles.links}>
          <li>
            <a href={`${base}.csv`}>{t('csv')}</a>
          </li>
          <li>
            <a href={`${base}.json`}>{t('json')}</a>
          </li>
        </ul>
        <details className={styles.columns}>
          <summary>{t('columns')}</summary>
          <dl>
            {openDataColumns.map((column) => (
              <div key={column.name}>
                <dt>
                  <code>{column.name}</code>
                </dt>
                <dd>{column.description[locale]}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
    </section>
  );
}
