import type { Locale, PolicyPaper } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { localePath } from '@/lib/alternates';
import { formatDay } from '@/lib/dates';
import { latestStatusChange } from '@/lib/policy-timeline';
import { StatusBadge } from './StatusBadge';
import styles from './PolicyCard.module.css';

/** A policy paper in a list: its kind, status, title, addressee and how many associations endorse it. */
export async function PolicyCard({ paper, endorsements, locale }: { paper: PolicyPaper; endorsements: number; locale: Locale }) {
  const [t, tKind, tStatus] = await Promise.all([
    getTranslations({ locale, namespace: 'NewsPolicy.policy' }),
    getTranslations({ locale, namespace: 'NewsPolicy.policyKind' }),
    getTranslations({ locale, namespace: 'NewsPolicy.policyStatus' }),
  ]);
  const lastChange = latestStatusChange(paper.statusHistory);

  return (
    <article className={styles.card}>
      <div className={styles.head}>
        <p className={styles.kind}>{tKind(paper.kind)}</p>
        <StatusBadge status={paper.state} label={tStatus(paper.state)} />
      </div>
      <h3 className={styles.title}>
        <Link href={localePath(locale, `/policy/${paper.slug}`)} className={styles.link}>
          {paper.title}
        </Link>
      </h3>
      {paper.abstract && <p className={styles.abstract}>{paper.abstract}</p>}
      <dl className={styles.facts}>
        {paper.addressee && (
          <div>
            <dt>{t('addressee')}</dt>
            <dd>{paper.addressee}</dd>
          </div>
        )}
        {lastChange && (
          <div>
            <dt>{t('lastChange')}</dt>
            <dd>
              <time dateTime={lastChange.date}>{formatDay(lastChange.date, locale)}</time>
            </dd>
          </div>
        )}
      </dl>
      <p className={styles.endorsements} data-count={endorsements}>
        {t('endorsedBy', { count: endorsements })}
      </p>
    </article>
  );
}
