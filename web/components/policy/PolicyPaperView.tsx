import type { Locale, PolicyPaper } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { associationPath } from '@/lib/catalogue';
import { localePath } from '@/lib/alternates';
import { formatDay } from '@/lib/dates';
import type { Endorser } from '@/lib/endorsements';
import { fileFormat, formatFileSize } from '@/lib/policy-document';
import { RichText } from '@/components/content/RichText';
import { StatusBadge } from './StatusBadge';
import { StatusTimeline } from './StatusTimeline';
import formStyles from '@/components/forms/Form.module.css';
import styles from './PolicyPaperView.module.css';

interface PolicyPaperViewProps {
  paper: PolicyPaper;
  locale: Locale;
  /** True when the paper has no version in the other language. */
  untranslated: boolean;
  /** The associations that endorse it, by name. */
  endorsers: Endorser[];
  /** Signs the visitor's association on (a server action), while the paper is open for endorsement. */
  endorse?: () => Promise<void>;
}

/** A policy paper in full: status, abstract, addressee, document, text, timeline, endorsers and origin. */
export async function PolicyPaperView({ paper, locale, untranslated, endorsers, endorse }: PolicyPaperViewProps) {
  const [t, tList, tKind, tStatus] = await Promise.all([
    getTranslations({ locale, namespace: 'NewsPolicy.paper' }),
    getTranslations({ locale, namespace: 'NewsPolicy.policy' }),
    getTranslations({ locale, namespace: 'NewsPolicy.policyKind' }),
    getTranslations({ locale, namespace: 'NewsPolicy.policyStatus' }),
  ]);
  const event = paper.originatingEvent;
  const document = paper.document;

  return (
    <article className={styles.paper}>
      <p className={styles.back}>
        <Link href={localePath(locale, '/policy')}>
          {t('allPapers')}
        </Link>
      </p>
      <header className={styles.header}>
        <p className={styles.kind}>{tKind(paper.kind)}</p>
        <h1 className={styles.title}>{paper.title}</h1>
        {untranslated && (
          <p className={styles.notice} role="note">
            {t('untranslated')}
          </p>
        )}
      </header>

      <div className={styles.layout}>
        <div className={styles.text}>
          {paper.abstract && (
            <section aria-labelledby="paper-abstract" className={styles.abstract}>
              <h2 id="paper-abstract" className={styles.abstractTitle}>
                {t('abstract')}
              </h2>
              <p>{paper.abstract}</p>
            </section>
          )}
          {paper.body && <RichText content={paper.body} />}
        </div>

        <div className={styles.facts}>
          <dl className={styles.factList}>
            <div>
              <dt>{t('status')}</dt>
              <dd>
                <StatusBadge status={paper.state} label={tStatus(paper.state)} />
              </dd>
            </div>
            {paper.addressee && (
              <div>
                <dt>{tList('addressee')}</dt>
                <dd>{paper.addressee}</dd>
              </div>
            )}
            {event && (
              <div>
                <dt>{t('originatingEvent')}</dt>
                <dd>
                  <Link href={localePath(locale, `/events/${event.slug}`)}>
                    {event.title}
                  </Link>
                  {event.startsAt && (
                    <>
                      {', '}
                      <time dateTime={event.startsAt}>{formatDay(event.startsAt, locale)}</time>
                    </>
                  )}
                </dd>
              </div>
            )}
          </dl>
          {document && (
            <a href={document.url} type={document.mime} download={document.name} className={styles.download}>
              {t('document')}
              <span className={styles.fileDetails}>
                {t('documentDetails', { format: fileFormat(document), size: formatFileSize(document.size, locale) })}
              </span>
            </a>
          )}
        </div>
      </div>

      {(paper.statusHistory ?? []).length > 0 && (
        <section aria-labelledby="paper-timeline" className={styles.section}>
          <h2 id="paper-timeline">{t('timeline')}</h2>
          <StatusTimeline history={paper.statusHistory} locale={locale} statusLabel={(status) => tStatus(status)} />
        </section>
      )}

      <section aria-labelledby="paper-endorsers" className={styles.section}>
        <h2 id="paper-endorsers">{t('endorsers')}</h2>
        {endorsers.length > 0 ? (
          <>
            <p className={styles.count}>{t('endorsersCount', { count: endorsers.length })}</p>
            <ul className={styles.endorsers}>
              {endorsers.map((association) => (
                <li key={association.documentId}>
                  <Link href={associationPath(locale, association.slug)}>{association.name}</Link>{' '}
                  <span className={styles.since}>
                    {t('endorsedOn', { date: formatDay(association.endorsedAt, locale) })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className={styles.count}>{t('noEndorsers')}</p>
        )}
        {endorse && (
          <form action={endorse} className={styles.endorse}>
            <h3>{t('endorseTitle')}</h3>
            <p>{t('endorseIntro')}</p>
            <button type="submit" className={formStyles.submit}>
              {t('endorse')}
            </button>
          </form>
        )}
      </section>
    </article>
  );
}
