'use client';

import { useErrorTexts } from '@/components/layout/ErrorTexts';
import styles from './status-page.module.css';

// Shown when a page fails to render (e.g. the CMS is down and nothing is cached yet).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorTexts();
  return (
    <main id="main" tabIndex={-1} className={`container ${styles.page}`}>
      <h1>{t.title}</h1>
      <p className={styles.text}>{t.text}</p>
      <div className={styles.actions}>
        <button type="button" className={styles.action} onClick={() => reset()}>
          {t.retry}
        </button>
        <a href={`/${t.locale}`} className={styles.secondary}>
          {t.home}
        </a>
      </div>
    </main>
  );
}
