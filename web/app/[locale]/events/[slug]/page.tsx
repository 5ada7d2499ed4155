import { isLocale, locales, type Locale } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { associationPath, sectorPath } from '@/lib/catalogue';
import { documentAlternates, hreflangLanguages, localePath } from '@/lib/alternates';
import { findEventBySlug, listEventSlugs } from '@/lib/cms/events';
import { eventJsonLd } from '@/lib/event-json-ld';
import { serializeJsonLd } from '@/lib/json-ld';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { RichText } from '@/components/content/RichText';
import { SectorIcon } from '@/components/sectors/SectorIcon';
import { EventFacts } from '@/components/events/EventFacts';
import { LinkSection } from '@/components/content/LinkSection';
import styles from './page.module.css';
import { siteUrl } from '@/lib/site-url';

interface EventPageProps {
  params: Promise<{ locale: string; slug: string }>;
}

const eventPath = (locale: Locale, slug: string) => `/${locale}/events/${slug}`;
// The public origin, as in the layout's metadataBase: JSON-LD needs absolute addresses.

/** Every published event in this language is prerendered; one published later renders on its first visit. */
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = isLocale(params.locale) ? params.locale : locales[0];
  const events = await listEventSlugs(locale);
  return events.map((event) => ({ slug: event.slug }));
}

async function loadEvent(params: EventPageProps['params']) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const found = await findEventBySlug(locale, slug);
  if (!found) notFound();
  const { event, over } = found;
  return { locale, event, over, alternates: documentAlternates({ locale, slug: event.slug, localizations: event.localizations }, eventPath) };
}

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const { locale, event, alternates } = await loadEvent(params);
  return {
    title: event.title,
    description: event.summary ?? undefined,
    alternates: { canonical: eventPath(locale, event.slug), languages: hreflangLanguages(alternates) },
    openGraph: { title: event.title, description: event.summary ?? undefined, type: 'website' },
    twitter: { card: 'summary', title: event.title, description: event.summary ?? undefined },
  };
}

export default async function EventPage({ params }: EventPageProps) {
  const { locale, event, over, alternates } = await loadEvent(params);
  const [t, tKind] = await Promise.all([
    getTranslations({ locale, namespace: 'Events' }),
    getTranslations({ locale, namespace: 'EventKind' }),
  ]);
  const organisers = event.organisers ?? [];
  const sectors = event.sectors ?? [];
  const materials = event.materials ?? [];
  const policyPapers = event.policyPapers ?? [];
  const sizeFormat = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 0 });

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} current="events" />
      <main id="main" tabIndex={-1} className={styles.main}>
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(eventJsonLd(event, siteUrl, locale)) }} />
        <div className="container">
          <p className={styles.back}>
            <Link href={localePath(locale, '/events')}>
              ← {t('allEvents')}
            </Link>
          </p>
          <article className={styles.event}>
            <header className={styles.header}>
              <p className={styles.kind}>{tKind(event.kind)}</p>
              <h1 className={styles.title}>{event.title}</h1>
              {event.summary && <p className={styles.summary}>{event.summary}</p>}
              {alternates.untranslated.length > 0 && (
                <p className={styles.notice} role="note">
                  {t('untranslated')}
                </p>
              )}
            </header>

            <div className={styles.layout}>
              <div className={styles.body}>
                {event.outcomes && event.outcomes.length > 0 && (
                  <section aria-labelledby="outcomes-title" className={`${styles.section} ${styles.outcomes}`}>
                    <h2 id="outcomes-title">{t('outcomes')}</h2>
                    <RichText content={event.outcomes} />
                  </section>
                )}

                {event.description && event.description.length > 0 && (
                  <section aria-labelledby="agenda-title" className={styles.section}>
                    <h2 id="agenda-title">{t('agenda')}</h2>
                    <RichText content={event.description} />
                  </section>
                )}

                <LinkSection
                  id="organisers"
                  title={t('organisers')}
                  className={styles.section}
                  items={organisers.map((organiser) => ({
                    key: organiser.documentId,
                    href: associationPath(locale, organiser.slug),
                    label: organiser.name,
                  }))}
                />

                {materials.length > 0 && (
                  <section aria-labelledby="materials-title" className={styles.section}>
                    <h2 id="materials-title">{t('materials')}</h2>
                    <ul className={styles.links}>
                      {materials.map((file) => (
                        <li key={file.documentId}>
                          <a href={file.url}>{file.caption || file.name}</a>{' '}
                          <span className={styles.fileMeta}>
                            ({[file.ext?.replace('.', '').toUpperCase(), t('fileSize', { size: sizeFormat.format(file.size) })].filter(Boolean).join(', ')})
                          </span>
                        </li>
                      ))}
                    </ul>
                  </section>
                )}

                <LinkSection
                  id="papers"
                  title={t('policyPapers')}
                  className={styles.section}
                  items={policyPapers.map((paper) => ({ key: paper.documentId, href: localePath(locale, `/policy/${paper.slug}`), label: paper.title }))}
                />
              </div>

              <div className={styles.side}>
                <EventFacts event={event} locale={locale} over={over} />
                {sectors.length > 0 && (
                  <section aria-labelledby="sectors-title" className={styles.sectors}>
                    <h2 id="sectors-title">{t('sectors')}</h2>
                    <ul className={styles.sectorList}>
                      {sectors.map((sector) => (
                        <li key={sector.documentId}>
                          <Link href={sectorPath(locale, sector.slug)} className={styles.sector}>
                            <SectorIcon name={sector.icon} className={styles.sectorIcon} />
                            {sector.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </section>
                )}
              </div>
            </div>
          </article>
        </div>
      </main>
    </>
  );
}
