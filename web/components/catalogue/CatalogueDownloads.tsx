import type { Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { openDataColumns, openDataLicence } from '@/lib/catalogue-edition/open-data';
import { catalogueEditionInfo } from '@/lib/cms/catalogue';
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
 * of associations; a catalogue too large for one document, its volumes. The CMS answers at once; after
 * a change it typesets the new edition (a minute or two a volume at most), meanwhile the page says so, and the
 * size and date follow once it is ready. Without an answer (the CMS down, nothing cached), the bare link.
 */
async function PdfEdition(props: PdfEditionProps) {
  const { locale, label, sector, primary } = props;
  const [t, edition] = await Promise.all([
    getTranslations({ locale, namespace: 'CatalogueEdition' }),
    catalogueEditionInfo(locale, sector).catch(() => undefined),
  ]);
  if (edition === undefined) return <PdfLink {...props} />;
  if (edition === null) return null;
  const count = t('count', { count: edition.entries });
  const details = (
    <span className={styles.details}>
      {edition.typeset
        ? t('pdfDetails', { size: formatFileSize(edition.typeset.bytes / 1024, locale), date: formatDay(edition.typeset.madeAt, locale), count })
        : t('pdfBeingTypeset', { count })}
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

/** The link alone: while the edition is asked for, or when the CMS cannot say. */
function PdfLink({ locale, label, sector, primary }: PdfEditionProps) {
  return (
    <li>
      <a href={pdfHref(locale, sector)} className={primary ? styles.primary : undefined}>
        {label}
      </a>
    </li>
  );
}

/** A PDF edition's link at once, its details (or volumes) as soon as the CMS answers. */
function PdfEditionLink(props: PdfEditionProps) {
  return (
    <Suspense fallback={<PdfLink {...props} />}>
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
