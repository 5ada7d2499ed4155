import type { Association, Locale } from '@forum/shared';
import Link from 'next/link';
import { CmsImage } from '@/components/content/CmsImage';
import { associationPath } from '@/lib/catalogue';
import styles from './AssociationCard.module.css';

export interface AssociationCardLabels {
  kind: string;
  membership: string;
}

/**
 * An association's card, with its labels already translated: rendered by the server
 * (AssociationCard) and by the catalogue's live filtering in the browser alike.
 */
export function AssociationCardView({ association, locale, labels }: { association: Association; locale: Locale; labels: AssociationCardLabels }) {
  const sectors = association.sectors ?? [];
  return (
    <article className={styles.card}>
      <div className={styles.head}>
        {association.logo ? (
          <CmsImage media={association.logo} alt="" sizes="4rem" className={styles.logo} />
        ) : (
          <span className={styles.logoPlaceholder} aria-hidden="true">
            {association.name.charAt(0)}
          </span>
        )}
        <div>
          <p className={styles.kind}>{labels.kind}</p>
          <h3 className={styles.title}>
            <Link href={associationPath(locale, association.slug)} className={styles.link}>
              {association.name}
            </Link>
          </h3>
        </div>
      </div>
      {association.shortDescription && <p className={styles.description}>{association.shortDescription}</p>}
      <div className={styles.footer}>
        {sectors.length > 0 && (
          <ul className={styles.sectors}>
            {sectors.map((sector) => (
              <li key={sector.documentId}>{sector.name}</li>
            ))}
          </ul>
        )}
        <p className={styles.membership} data-membership={association.allianceMembership}>
          {labels.membership}
        </p>
      </div>
    </article>
  );
}
