import Link from 'next/link';
import type { ReactNode } from 'react';
import styles from './LinkSection.module.css';

export interface LinkSectionItem {
  key: string;
  href: string;
  label: string;
  /** A line under the link: a date, a kind. */
  meta?: ReactNode;
}

/**
 * A titled section of an item's page listing related items as links (an association's events, an
 * event's organisers...); nothing at all when there are none. Its heading's id is `${id}-title`.
 */
export function LinkSection({ id, title, items, className }: { id: string; title: string; items: LinkSectionItem[]; className?: string }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`} className={className}>
      <h2 id={`${id}-title`}>{title}</h2>
      <ul className={styles.entries}>
        {items.map((item) => (
          <li key={item.key}>
            <Link href={item.href}>{item.label}</Link>
            {item.meta && <p className={styles.meta}>{item.meta}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
