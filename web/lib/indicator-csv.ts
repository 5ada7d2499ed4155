// The outcomes' indicators as a dated table, for donors' own reports: one row per indicator, the
// figures exactly as the outcomes page shows them on that day.
import { progressOf, type IndicatorOutcome } from '@forum/shared';
import { toCsv } from './csv';

export const indicatorColumns = [
  'stage', 'key', 'indicator', 'unit', 'baseline', 'target', 'actual', 'progress_percent', 'source', 'period_start', 'period_end', 'as_of',
] as const;

/** The CSV of the indicators as of `asOf` (YYYY-MM-DD); `source` is `content` (counted from the site) or `editors` (entered). */
export function indicatorCsv(outcomes: readonly IndicatorOutcome[], asOf: string): string {
  return toCsv(
    indicatorColumns,
    outcomes.map((outcome) => ({
      stage: outcome.stage?.number ?? null,
      key: outcome.key,
      indicator: outcome.title,
      unit: outcome.unit,
      baseline: Number(outcome.baseline ?? 0),
      target: Number(outcome.target),
      actual: outcome.actual,
      progress_percent: outcome.actual === null ? null : Math.round(progressOf(outcome) * 100),
      source: outcome.source,
      period_start: outcome.periodStart,
      period_end: outcome.periodEnd,
      as_of: asOf,
    })),
  );
}
