import type { ReactNode } from 'react';
import styles from './Outcomes.module.css';

export interface BarChartRow {
  key: string;
  label: ReactNode;
  value: number;
}

interface BarChartProps {
  id: string;
  caption: string;
  /** What the rows and the values are, for screen readers (the headers are not shown). */
  labelHeader: string;
  valueHeader: string;
  rows: BarChartRow[];
  formatValue: (value: number) => string;
}

/**
 * A horizontal bar chart drawn on the server: a table (its own text equivalent, read row by row by
 * screen readers and printed as it is) whose value cells carry an SVG bar scaled to the largest value.
 */
export function BarChart({ id, caption, labelHeader, valueHeader, rows, formatValue }: BarChartProps) {
  const largest = Math.max(1, ...rows.map((row) => row.value));
  return (
    <figure className={styles.chart} aria-labelledby={`${id}-caption`} data-chart={id}>
      <figcaption id={`${id}-caption`} className={styles.chartCaption}>
        {caption}
      </figcaption>
      <table className={styles.chartTable}>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.label}</th>
              <td>
                <span className={styles.chartValue} data-value={row.value}>
                  {formatValue(row.value)}
                </span>
                <svg className={styles.chartBar} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect x="0" y="0" width={(row.value / largest) * 100} height="10" className={styles.barFill} />
                </svg>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
