import type { Locale, Sector } from '@forum/shared';
import Link from 'next/link';
import { sectorPath } from '@/lib/catalogue';
import { SectorIcon } from './SectorIcon';
import styles from './SectorGrid.module.css';

export function SectorGrid({ sectors, locale }: { sectors: Sector[]; locale: Locale }) {
  return (
    <ul className={styles.grid}>
      {sectors.map((sector) => (
        <li key={sector.documentId}>
          <Link href={sectorPath(locale, sector.slug)} className={styles.tile}>
            <SectorIcon name={sector.icon} className={styles.icon} />
            <span className={styles.name}>{sector.name}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
