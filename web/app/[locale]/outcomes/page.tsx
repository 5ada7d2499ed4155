import { isLocale, locales, progressOf, type IndicatorOutcome } from '@forum/shared';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { hreflangLanguages, localePath, sameRouteAlternates } from '@/lib/alternates';
import { outcomesOverview } from '@/lib/cms/outcomes';
import { formatDay } from '@/lib/dates';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { HeadlineFigures, progressLabel } from '@/components/outcomes/HeadlineFigures';
import { OutcomeCharts } from '@/components/outcomes/OutcomeCharts';
import { OutcomesEvidence } from '@/components/outcomes/OutcomesEvidence';
import { ProgressBar } from '@/components/outcomes/ProgressBar';
import styles from '@/components/outcomes/Outcomes.module.css';
import pageStyles from '../news/page.module.css';

interface OutcomesPageProps {
  params: Promise<{ locale: string }>;
}

const alternates = sameRouteAlternates('/outcomes');

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/** Where the content behind a counted figure can be seen (a manual indicator: the catalogue, when it is the catalogue's). */
function evidencePath(outcome: IndicatorOutcome): string | null {
  switch (outcome.rule) {
    case 'associations_catalogued':
      return '/associations';
    case 'alliance_members':
      return '/associations?membership=member';
    case 'working_sessions_held':
      return '/events?kind=working_session';
    case 'final_session_held':
      return '/events?kind=final_session';
    case 'recommendations_submitted':
      return '/policy';
    case 'association_news':
      return '/news';
    case 'manual':
      return outcome.key === 'catalogue_published' ? '/associations/catalogue.pdf' : null;
  }
}

export async function generateMetadata({ params }: OutcomesPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'Outcomes' });
  return {
    title: t('title'),
    description: t('description'),
    alternates: { canonical: `/${locale}/outcomes`, languages: hreflangLanguages(alternates) },
    openGraph: { title: t('title'), description: t('description') },
  };
}

export default async function OutcomesPage({ params }: OutcomesPageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [t, overview] = await Promise.all([getTranslations({ locale, namespace: 'Outcomes' }), outcomesOverview(locale)]);
  const { indicators: outcomes, stages } = overview;
  const numbers = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 1 });
  const percentOf = (outcome: IndicatorOutcome) => Math.round(progressOf(outcome) * 100);

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} current="outcomes" />
      <main id="main" tabIndex={-1} className={pageStyles.main}>
        <div className="container">
          <header className={pageStyles.header}>
            <h1 className={pageStyles.title}>{t('title')}</h1>
            <p className={pageStyles.intro}>{t('description')}</p>
            <ul className={styles.downloads}>
              <li>
                <a href={localePath(locale, '/outcomes/report.pdf')}>{t('downloads.report')}</a>
              </li>
              <li>
                <a href={localePath(locale, '/outcomes/indicators.csv')}>{t('downloads.indicators')}</a>
              </li>
              <li>
                <Link href={localePath(locale, '/outcomes/needs')}>{t('downloads.needs')}</Link>
              </li>
            </ul>
          </header>

          <section aria-labelledby="outcomes-headline">
            <h2 id="outcomes-headline" className="visually-hidden">
              {t('headline')}
            </h2>
            <HeadlineFigures outcomes={outcomes} locale={locale} />
          </section>

          <section aria-labelledby="outcomes-stages">
            <h2 id="outcomes-stages">{t('stages')}</h2>
            <ol className={styles.stages}>
              {stages.map((stage) => (
                <li key={stage.documentId} className={styles.stage}>
                  <p className={styles.meta}>
                    {t('stage', { number: stage.number })} · {t(`stageState.${stage.state}`)}
                  </p>
                  <h3>{stage.title}</h3>
                  <p className={styles.meta}>
                    <time dateTime={stage.startsOn ?? undefined}>{stage.startsOn ? formatDay(stage.startsOn, locale) : ''}</time> —{' '}
                    <time dateTime={stage.endsOn ?? undefined}>{stage.endsOn ? formatDay(stage.endsOn, locale) : ''}</time>
                  </p>
                  <ProgressBar ratio={(stage.progress ?? 0) / 100} label={t('stageProgress', { percent: stage.progress ?? 0 })} />
                  <p className={styles.meta}>{t('stageProgress', { percent: stage.progress ?? 0 })}</p>
                  {stage.description && <p>{stage.description}</p>}
                </li>
              ))}
            </ol>
          </section>

          <section aria-labelledby="outcomes-indicators">
            <h2 id="outcomes-indicators">{t('indicators')}</h2>
            <p className={pageStyles.intro}>{t('indicatorsIntro')}</p>
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">{t('indicator')}</th>
                    <th scope="col" className={styles.number}>
                      {t('baseline')}
                    </th>
                    <th scope="col" className={styles.number}>
                      {t('target')}
                    </th>
                    <th scope="col" className={styles.number}>
                      {t('actual')}
                    </th>
                    <th scope="col">{t('progress')}</th>
                    <th scope="col">{t('source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {outcomes.map((outcome) => {
                    const evidence = evidencePath(outcome);
                    return (
                      <tr key={outcome.documentId} data-indicator={outcome.key}>
                        <th scope="row">
                          {outcome.title}
                          {outcome.stage && <span className={styles.source}> · {t('stage', { number: outcome.stage.number })}</span>}
                        </th>
                        <td className={styles.number}>{numbers.format(Number(outcome.baseline ?? 0))}</td>
                        <td className={styles.number}>{numbers.format(Number(outcome.target))}</td>
                        <td className={styles.number} data-actual>
                          {outcome.actual === null ? t('notEntered') : numbers.format(outcome.actual)}
                        </td>
                        <td>
                          <ProgressBar ratio={progressOf(outcome)} label={progressLabel(t, numbers, outcome)} />
                          <span className={styles.source}>{percentOf(outcome)}%</span>
                        </td>
                        <td className={styles.source}>
                          {outcome.source === 'content' ? t('fromContent') : t('fromEditors')}
                          {evidence && (
                            <>
                              {' · '}
                              {evidence.endsWith('.pdf') ? (
                                <a href={localePath(locale, evidence)}>{t(`evidenceLinks.${outcome.rule}`)}</a>
                              ) : (
                                <Link href={localePath(locale, evidence)}>{t(`evidenceLinks.${outcome.rule}`)}</Link>
                              )}
                            </>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="outcomes-charts">
            <h2 id="outcomes-charts">{t('charts.title')}</h2>
            <OutcomeCharts overview={overview} locale={locale} />
          </section>

          <section aria-labelledby="outcomes-evidence">
            <h2 id="outcomes-evidence">{t('evidence')}</h2>
            <OutcomesEvidence overview={overview} locale={locale} />
          </section>
        </div>
      </main>
    </>
  );
}

