import type { Locale, OutcomesOverview } from '@forum/shared';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/alternates';
import { formatDay } from '@/lib/dates';
import styles from './Outcomes.module.css';

/** What the figures stand on, each item linked: the events held, the papers put to the authorities, the alliance's members. */
export async function OutcomesEvidence({ overview, locale }: { overview: OutcomesOverview; locale: Locale }) {
  const [t, kinds, statuses] = await Promise.all([
    getTranslations({ locale, namespace: 'Outcomes' }),
    getTranslations({ locale, namespace: 'EventKind' }),
    getTranslations({ locale, namespace: 'NewsPolicy.policyStatus' }),
  ]);
  const submitted = overview.papers.filter((paper) => paper.state !== 'draft');
  return (
    <div className={styles.evidence}>
      <section aria-labelledby="evidence-events" data-evidence="events">
        <h3 id="evidence-events">{t('evidenceLists.events', { count: overview.heldEvents.length })}</h3>
        {overview.heldEvents.length === 0 ? (
          <p>{t('evidenceLists.none')}</p>
        ) : (
          <ol className={styles.evidenceList}>
            {overview.heldEvents.map((event) => (
              <li key={event.documentId}>
                <time dateTime={event.startsAt}>{formatDay(event.startsAt, locale)}</time> ·{' '}
                <Link href={localePath(locale, `/events/${event.slug}`)}>{event.title}</Link> <span className={styles.source}>({kinds(event.kind)})</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="evidence-papers" data-evidence="papers">
        <h3 id="evidence-papers">{t('evidenceLists.papers', { count: submitted.length })}</h3>
        {submitted.length === 0 ? (
          <p>{t('evidenceLists.none')}</p>
        ) : (
          <ul className={styles.evidenceList}>
            {submitted.map((paper) => (
              <li key={paper.documentId}>
                <Link href={localePath(locale, `/policy/${paper.slug}`)}>{paper.title}</Link> —{' '}
                <strong>{statuses(paper.state)}</strong>
                {paper.addressee && <span className={styles.source}> · {paper.addressee}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="evidence-members" data-evidence="members">
        <h3 id="evidence-members">{t('evidenceLists.members', { count: overview.members.length })}</h3>
        {overview.members.length === 0 ? (
          <p>{t('evidenceLists.none')}</p>
        ) : (
          <ul className={`${styles.evidenceList} ${styles.memberList}`}>
            {overview.members.map((member) => (
              <li key={member.documentId}>
                <Link href={localePath(locale, `/associations/${member.slug}`)}>{member.name}</Link>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href={localePath(locale, '/associations')}>{t('evidenceLists.catalogue')}</Link>
        </p>
      </section>
    </div>
  );
}
