import { headlineIndicatorKeys, progressOf, type IndicatorOutcome, type Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import { ProgressBar } from './ProgressBar';
import styles from './Outcomes.module.css';

/** The three headline figures (actual of target, with a bar), on the outcomes page and the home page. */
export async function HeadlineFigures({ outcomes, locale }: { outcomes: IndicatorOutcome[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Outcomes' });
  const numbers = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 1 });
  const headline = headlineIndicatorKeys.flatMap((key) => outcomes.filter((outcome) => outcome.key === key));
  return (
    <ul className={styles.headline}>
      {headline.map((outcome) => (
        <li key={outcome.documentId} className={styles.figure} data-indicator={outcome.key}>
          <span className={styles.figureValue}>
            {numbers.format(outcome.actual ?? 0)} <span className={styles.figureTarget}>/ {numbers.format(Number(outcome.target))}</span>
          </span>
          <span>{outcome.title}</span>
          <ProgressBar ratio={progressOf(outcome)} label={progressLabel(t, numbers, outcome)} />
        </li>
      ))}
    </ul>
  );
}

/** "6 of 9 (67%)", for the bars' screen-reader and print label. */
export function progressLabel(t: Awaited<ReturnType<typeof getTranslations<'Outcomes'>>>, numbers: Intl.NumberFormat, outcome: IndicatorOutcome): string {
  return t('progressLabel', {
    actual: numbers.format(outcome.actual ?? 0),
    target: numbers.format(Number(outcome.target)),
    percent: Math.round(progressOf(outcome) * 100),
  });
}
