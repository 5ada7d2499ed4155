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

/** The printable catalogue's address, of every sector or of one, and of a volume. */
const pdfHref = (locale: Locale, sector?: string, volume?: number) => {
  const query = new URLSearchParams({ ...(sector && { sector }), ...(volume && { volume: String(volume) }) }).toString();
  return `/${locale}/associations/catalogue.pdf${query ? `?${query}` : ''}`;
};

interface PdfEditionProps {
  locale: Locale;
  label: string;
  sector?: string;
  primary?: boolean;
}

/**
 * The printable catalogue's link (of every sector or of one) with its size, edition date and number
 * of associations; a catalogue too large for one document, its volumes. The CMS typesets a new edition
 * after a change to the catalogue (seconds a volume): the page does not wait for it, the link shows at
 * once (the fallback) and its details follow.
 */
async function PdfEdition({ locale, label, sector, primary }: PdfEditionProps) {
  const [t, edition] = await Promise.all([getTranslations({ locale, namespace: 'CatalogueEdition' }), catalogueEdition(locale, sector)]);
  if (!edition) return null;
  const details = (
    <span className={styles.details}>
      {t('pdfDetails', {
        size: formatFileSize(edition.pdf.byteLength / 1024, locale),
        date: formatDay(edition.madeAt, locale),
        count: t('count', { count: edition.entries }),
      })}
    </span>
  );
  if (edition.volumes === 1) {
    return (
      <li>
        <a href={pdfHref(locale, sector)} download={edition.fileName} className={primary ? styles.primary : undefined}>
          {label}
        </a>{' '}
        {details}
      </li>
    );
  }
  return (
    <li>
      <span className={primary ? styles.primary : undefined}>{label}</span>{' '}
      <span className={styles.details}>{t('volumesNote', { volumes: edition.volumes })}</span>
      <ul className={styles.volumes}>
        {Array.from({ length: edition.volumes }, (_, index) => index + 1).map((volume) => (
          <li key={volume}>
            <a href={pdfHref(locale, sector, volume)} download>
              {t('pdfVolume', { volume, volumes: edition.volumes })}
            </a>
            {volume === 1 && <> {details}</>}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** A PDF edition's link at once, its details (or volumes) when typeset. */
function PdfEditionLink(props: PdfEditionProps) {
  const fallback = (
    <li>
      <a href={pdfHref(props.locale, props.sector)} className={props.primary ? styles.primary : undefined}>
        {props.label}
      </a>
    </li>
  );
  return (
    <Suspense fallback={fallback}>
      <PdfEdition {...props} />
    </Suspense>
  );
}

/** The catalogue to take away: the printable PDF (its size and edition date) and the open data, with what each field holds. */
export async function CatalogueDownloads({ locale, sector }: CatalogueDownloadsProps) {
  const t = await getTranslations({ locale, namespace: 'CatalogueEdition' });
  const base = `/${locale}/associations/catalogue`;
  return (
    <section aria-labelledby="catalogue-downloads" className={styles.downloads}>
      <div>
        <h2 id="catalogue-downloads">{t('download')}</h2>
        <p>{t('downloadIntro')}</p>
        <ul className={styles.links}>
          <PdfEditionLink locale={locale} label={t('pdfLink')} primary />
          {sector && <PdfEditionLink locale={locale} label={t('sectorPdf', { sector: sector.name })} sector={sector.slug} />}
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
