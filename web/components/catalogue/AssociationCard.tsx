import type { Association, Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { CmsImage } from '@/components/content/CmsImage';
import styles from './AssociationCard.module.css';

export async function AssociationCard({ association, locale }: { association: Association; locale: Locale }) {
  const [tKind, tMembership] = await Promise.all([
    getTranslations({ locale, namespace: 'AssociationKind' }),
    getTranslations({ locale, namespace: 'AllianceMembership' }),
  ]);
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
          <p className={styles.kind}>{tKind(association.kind)}</p>
          <h3 className={styles.title}>
            <Link href={`/associations/${association.slug}`} locale={locale} className={styles.link}>
              {association.name}
            </Link>
          </h3>
        </div>
      </div>
      {association.shortDescription && <p className={styles.description}>{association.shortDescription}</p>}
      <div className={styles.footer}>
        {(association.sectors ?? []).length > 0 && (
          <ul className={styles.sectors}>
            {(association.sectors ?? []).map((sector) => (
              <li key={sector.documentId}>{sector.name}</li>
            ))}
          </ul>
        )}
        <p className={styles.membership} data-membership={association.allianceMembership}>
          {tMembership(association.allianceMembership)}
        </p>
      </div>
    </article>
  );
}
