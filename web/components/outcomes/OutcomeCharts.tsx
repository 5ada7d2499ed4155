import { eventsPerMonth, papersByState, workingSessions, type Locale, type OutcomesOverview } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import { BarChart } from './BarChart';
import styles from './Outcomes.module.css';

const monthName = (month: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

/** The three charts a donor reads at a glance: working sessions per month, policy papers by status, associations by sector. */
export async function OutcomeCharts({ overview, locale }: { overview: OutcomesOverview; locale: Locale }) {
  const [t, statuses] = await Promise.all([getTranslations({ locale, namespace: 'Outcomes' }), getTranslations({ locale, namespace: 'NewsPolicy.policyStatus' })]);
  const numbers = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB');
  const format = (value: number) => numbers.format(value);
  const sessions = eventsPerMonth(workingSessions(overview.heldEvents));
  return (
    <div className={styles.charts}>
      {sessions.length > 0 ? (
        <BarChart
          id="sessions-per-month"
          caption={t('charts.sessionsPerMonth')}
          labelHeader={t('charts.month')}
          valueHeader={t('charts.sessions')}
          rows={sessions.map(({ month, count }) => ({ key: month, label: monthName(month, locale), value: count }))}
          formatValue={format}
        />
      ) : (
        <p className={styles.chart}>{t('charts.noSessionsYet')}</p>
      )}
      <BarChart
        id="papers-by-status"
        caption={t('charts.papersByStatus')}
        labelHeader={t('charts.status')}
        valueHeader={t('charts.papers')}
        rows={papersByState(overview.papers).map(({ state, count }) => ({ key: state, label: statuses(state), value: count }))}
        formatValue={format}
      />
      <BarChart
        id="associations-by-sector"
        caption={t('charts.associationsBySector')}
        labelHeader={t('charts.sector')}
        valueHeader={t('charts.associations')}
        rows={overview.associationsBySector.map(({ sector, count }) => ({ key: sector.slug, label: sector.name, value: count }))}
        formatValue={format}
      />
    </div>
  );
}
