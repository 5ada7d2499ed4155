import type { Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
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

/**
 * The printable catalogue's link with its size, edition date and number of associations. The CMS
 * typesets a new edition after a change to the catalogue (seconds, minutes with thousands of
 * associations): the page does not wait for it, the link shows at once and its details follow.
 */
async function PdfEdition({ locale, href }: { locale: Locale; href: string }) {
  const [t, edition] = await Promise.all([getTranslations({ locale, namespace: 'CatalogueEdition' }), catalogueEdition(locale)]);
  if (!edition) return null;
  return (
    <li>
      <a href={href} download={edition.fileName} className={styles.primary}>
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
  );
}

/** The catalogue to take away: the printable PDF (its size and edition date) and the open data, with what each field holds. */
export async function CatalogueDownloads({ locale, sector }: CatalogueDownloadsProps) {
  const t = await getTranslations({ locale, namespace: 'CatalogueEdition' });
  const base = `/${locale}/associations/catalogue`;
  const pdfLink = (
    <li>
      <a href={`${base}.pdf`} className={styles.primary}>
        {t('pdfLink')}
      </a>
    </li>
  );
  return (
    <section aria-labelledby="catalogue-downloads" className={styles.downloads}>
      <div>
        <h2 id="catalogue-downloads">{t('download')}</h2>
        <p>{t('downloadIntro')}</p>
        <ul className={styles.links}>
          <Suspense fallback={pdfLink}>
            <PdfEdition locale={locale} href={`${base}.pdf`} />
          </Suspense>
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
