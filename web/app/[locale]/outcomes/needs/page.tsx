import { isLocale, locales, themeResponse, themeSectorCounts, type Locale, type NeedThemeSummary, type ThemeResponse } from '@forum/shared';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { hreflangLanguages, localePath, sameRouteAlternates } from '@/lib/alternates';
import { listNeedThemes } from '@/lib/cms/outcomes';
import { formatDay } from '@/lib/dates';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { BarChart } from '@/components/outcomes/BarChart';
import styles from '@/components/outcomes/Outcomes.module.css';
import pageStyles from '../../news/page.module.css';

interface NeedsPageProps {
  params: Promise<{ locale: string }>;
}

const alternates = sameRouteAlternates('/outcomes/needs');
const responses: ThemeResponse[] = ['answered', 'in_preparation', 'open'];

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: NeedsPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'Needs' });
  return {
    title: t('title'),
    description: t('description'),
    alternates: { canonical: `/${locale}/outcomes/needs`, languages: hreflangLanguages(alternates) },
    openGraph: { title: t('title'), description: t('description') },
  };
}

/** The Stage 1 inventory in public: the needs the associations named, by theme, with what answers each. */
export default async function NeedsPage({ params }: NeedsPageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [t, statuses, themes] = await Promise.all([
    getTranslations({ locale, namespace: 'Needs' }),
    getTranslations({ locale, namespace: 'NewsPolicy.policyStatus' }),
    listNeedThemes(locale),
  ]);
  const numbers = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB');
  const responseOf = new Map(themes.map((theme) => [theme.documentId, themeResponse(theme)]));

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} current="outcomes" />
      <main id="main" tabIndex={-1} className={pageStyles.main}>
        <div className="container">
          <header className={pageStyles.header}>
            <p>
              <Link href={localePath(locale, '/outcomes')}>← {t('backToOutcomes')}</Link>
            </p>
            <h1 className={pageStyles.title}>{t('title')}</h1>
            <p className={pageStyles.intro}>{t('intro')}</p>
          </header>

          {themes.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <>
              <section aria-labelledby="needs-summary">
                <h2 id="needs-summary">{t('summary')}</h2>
                <ul className={styles.headline}>
                  <li className={styles.figure}>
                    <span className={styles.figureValue}>{numbers.format(themes.length)}</span>
                    <span>{t('themes', { count: themes.length })}</span>
                  </li>
                  {responses.map((response) => {
                    const count = themes.filter((theme) => responseOf.get(theme.documentId) === response).length;
                    return (
                      <li key={response} className={styles.figure} data-response={response}>
                        <span className={styles.figureValue}>{numbers.format(count)}</span>
                        <span>{t(`responseFigure.${response}`, { count })}</span>
                      </li>
                    );
                  })}
                </ul>
                <BarChart
                  id="themes-by-associations"
                  caption={t('chart')}
                  labelHeader={t('theme')}
                  valueHeader={t('associations')}
                  rows={themes.map((theme) => ({
                    key: theme.slug,
                    label: <a href={`#${theme.slug}`}>{theme.title}</a>,
                    value: theme.associations.length,
                  }))}
                  formatValue={(value) => numbers.format(value)}
                />
              </section>

              {themes.map((theme) => (
                <ThemeSection key={theme.documentId} theme={theme} response={responseOf.get(theme.documentId) ?? 'open'} t={t} statuses={statuses} locale={locale} />
              ))}
            </>
          )}
        </div>
      </main>
    </>
  );
}

interface ThemeSectionProps {
  theme: NeedThemeSummary;
  response: ThemeResponse;
  t: Awaited<ReturnType<typeof getTranslations<'Needs'>>>;
  statuses: Awaited<ReturnType<typeof getTranslations<'NewsPolicy.policyStatus'>>>;
  locale: Locale;
}

/** One theme: who named it (counted by sector), the papers that address it and the events that discussed it. */
function ThemeSection({ theme, response, t, statuses, locale }: ThemeSectionProps) {
  const sectors = themeSectorCounts(theme);
  return (
    <section id={theme.slug} aria-labelledby={`${theme.slug}-title`} className={styles.theme} data-theme={theme.slug}>
      <h2 id={`${theme.slug}-title`}>{theme.title}</h2>
      <p className={styles.response} data-response={response}>
        {t(`response.${response}`)}
      </p>
      {theme.description && <p>{theme.description}</p>}
      <p data-named-by={theme.associations.length}>
        <strong>{t('namedBy', { count: theme.associations.length })}</strong>
      </p>
      <div className={styles.evidence}>
        {sectors.length > 0 && (
          <BarChart
            id={`sectors-${theme.slug}`}
            caption={t('bySector')}
            labelHeader={t('sector')}
            valueHeader={t('associations')}
            rows={sectors.map(({ sector, count }) => ({
              key: sector.slug,
              label: <Link href={localePath(locale, `/sectors/${sector.slug}`)}>{sector.name}</Link>,
              value: count,
            }))}
            formatValue={String}
          />
        )}
        <div>
          <h3>{t('papers')}</h3>
          {theme.policyPapers.length === 0 ? (
            <p>{t('noPapers')}</p>
          ) : (
            <ul className={styles.evidenceList}>
              {theme.policyPapers.map((paper) => (
                <li key={paper.documentId}>
                  <Link href={localePath(locale, `/policy/${paper.slug}`)}>{paper.title}</Link> — <strong>{statuses(paper.state)}</strong>
                </li>
              ))}
            </ul>
          )}
          <h3>{t('events')}</h3>
          {theme.events.length === 0 ? (
            <p>{t('noEvents')}</p>
          ) : (
            <ul className={styles.evidenceList}>
              {theme.events.map((event) => (
                <li key={event.documentId}>
                  <time dateTime={event.startsAt}>{formatDay(event.startsAt, locale)}</time> ·{' '}
                  <Link href={localePath(locale, `/events/${event.slug}`)}>{event.title}</Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {theme.associations.length > 0 && (
        <details className={styles.namedBy}>
          <summary>{t('whoNamedIt')}</summary>
          <ul className={`${styles.evidenceList} ${styles.memberList}`}>
            {theme.associations.map((association) => (
              <li key={association.documentId}>
                <Link href={localePath(locale, `/associations/${association.slug}`)}>{association.name}</Link>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
