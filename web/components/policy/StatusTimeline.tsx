import type { Locale, PolicyStatusChange } from '@forum/shared';
import { formatDay } from '@/lib/dates';
import { orderStatusHistory } from '@/lib/policy-timeline';
import { StatusBadge } from './StatusBadge';
import styles from './StatusTimeline.module.css';

interface StatusTimelineProps {
  history: PolicyStatusChange[] | undefined;
  locale: Locale;
  statusLabel: (status: PolicyStatusChange['status']) => string;
}

/** A paper's status changes as an ordered list, oldest first; the latest is its current step. */
export function StatusTimeline({ history, locale, statusLabel }: StatusTimelineProps) {
  const steps = orderStatusHistory(history);
  return (
    <ol className={styles.timeline}>
      {steps.map((change, index) => (
        <li key={change.id} className={styles.step} aria-current={index === steps.length - 1 ? 'step' : undefined}>
          <p className={styles.heading}>
            <time dateTime={change.date} className={styles.date}>
              {formatDay(change.date, locale)}
            </time>
            <StatusBadge status={change.status} label={statusLabel(change.status)} />
          </p>
          {change.note && <p className={styles.note}>{change.note}</p>}
        </li>
      ))}
    </ol>
  );
}
