import type { PolicyPaperState } from '@forum/shared';
import styles from './StatusBadge.module.css';

/** A paper's status as a coloured label; the colour only repeats what the text says. */
export function StatusBadge({ status, label }: { status: PolicyPaperState; label: string }) {
  return (
    <span className={styles.badge} data-status={status}>
      {label}
    </span>
  );
}
