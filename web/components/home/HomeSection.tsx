import type { ReactNode } from 'react';
import styles from './HomeSection.module.css';

/** A titled band of the home page; the intro and the empty-state text are optional. */
export function HomeSection({ id, title, intro, children, tinted }: { id: string; title: string; intro?: string; children: ReactNode; tinted?: boolean }) {
  return (
    <section className={tinted ? `${styles.section} ${styles.tinted}` : styles.section} aria-labelledby={`${id}-title`}>
      <div className="container">
        <header className={styles.header}>
          <h2 id={`${id}-title`}>{title}</h2>
          {intro && <p className={styles.intro}>{intro}</p>}
        </header>
        {children}
      </div>
    </section>
  );
}

/** The cards of a section, in a responsive grid. */
export function CardGrid({ children, columns = 3 }: { children: ReactNode; columns?: 2 | 3 | 4 }) {
  return <ul className={`${styles.grid} ${styles[`columns${columns}`]}`}>{children}</ul>;
}

export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className={styles.empty}>{children}</p>;
}
