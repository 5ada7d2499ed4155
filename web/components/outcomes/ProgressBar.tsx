import styles from './Outcomes.module.css';

/** A bar from 0 to 100 %, drawn on the server (SVG); its label says the same in words for screen readers and paper. */
export function ProgressBar({ ratio, label }: { ratio: number; label: string }) {
  const width = Math.round(Math.min(1, Math.max(0, ratio)) * 100);
  return (
    <svg className={styles.bar} viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label={label}>
      <rect x="0" y="0" width="100" height="8" rx="4" className={styles.barTrack} />
      <rect x="0" y="0" width={width} height="8" rx="4" className={styles.barFill} />
    </svg>
  );
}
