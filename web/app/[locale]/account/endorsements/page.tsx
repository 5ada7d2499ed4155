import { isLocale, isOpenForEndorsement, type Locale, type PolicyPaper, type PolicyPaperState, type PublicEndorsement } from '@forum/shared';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { asRepresentative, type AccountSummary } from '@/lib/account/session';
import { hreflangLanguages, localePath, sameRouteAlternates } from '@/lib/alternates';
import { cms } from '@/lib/cms/client';
import { listEndorsements, listPolicyPapers } from '@/lib/cms/news-policy';
import { formatDay } from '@/lib/dates';
import { SiteHeader } from '@/components/layout/SiteHeader';
import formStyles from '@/components/forms/Form.module.css';
import { endorseAction, withdrawEndorsementAction } from '../actions';
import { LogIn } from '../LogIn';
import styles from '../page.module.css';

interface EndorsementsPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** An endorsement of the representative's association, as the account API gives it (the paper named in the page's language where it has that version). */
interface OwnEndorsement {
  documentId: string;
  endorsedAt: string;
  policyPaper: { documentId: string; title?: string; slug?: string; state?: PolicyPaperState };
}

const outcomes = ['endorsed', 'withdrawn', 'refused', 'failed'] as const;
type Outcome = (typeof outcomes)[number];

// The representative's own endorsements: rendered per request from their session cookie.
export const instant = false;

const alternates = sameRouteAlternates('/account/endorsements');

export async function generateMetadata({ params }: EndorsementsPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'AccountEndorsements' });
  return { title: t('title'), alternates: { languages: hreflangLanguages(alternates) }, robots: { index: false } };
}

export default async function EndorsementsPage({ params, searchParams }: EndorsementsPageProps) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  if (!isLocale(locale)) notFound();
  const [t, papers, endorsements, account] = await Promise.all([
    getTranslations({ locale, namespace: 'AccountEndorsements' }),
    listPolicyPapers(locale, {}),
    listEndorsements(locale),
    asRepresentative((headers) =>
      Promise.all([
        cms.send<AccountSummary>('GET', 'account/me', undefined, { params: { locale }, headers }),
        cms.send<OwnEndorsement[]>('GET', 'account/endorsements', undefined, { params: { locale }, headers }),
      ]),
    ),
  ]);
  const outcome = outcomes.find((name) => typeof query[name] === 'string');

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className="container">
          {account ? (
            <Endorsements
              locale={locale}
              summary={account[0]}
              own={account[1]}
              papers={papers}
              endorsements={endorsements}
              outcome={outcome ? { name: outcome, paper: String(query[outcome]) } : undefined}
            />
          ) : (
            <LogIn locale={locale} returnTo="endorsements" intro={t('logInFirst')} />
          )}
        </div>
      </main>
    </>
  );
}

interface EndorsementsProps {
  locale: Locale;
  summary: AccountSummary;
  own: OwnEndorsement[];
  papers: PolicyPaper[];
  /** The public list: it may not show the association's latest change yet, which `own` always does. */
  endorsements: PublicEndorsement[];
  outcome?: { name: Outcome; paper: string };
}

async function Endorsements({ locale, summary, own, papers, endorsements, outcome }: EndorsementsProps) {
  const [t, tStatus] = await Promise.all([
    getTranslations({ locale, namespace: 'AccountEndorsements' }),
    getTranslations({ locale, namespace: 'NewsPolicy.policyStatus' }),
  ]);
  const ownByPaper = new Map(own.map((endorsement) => [endorsement.policyPaper.documentId, endorsement]));
  const open = papers.filter((paper) => isOpenForEndorsement(paper.state));
  const closed = own.filter((endorsement) => !open.some((paper) => paper.documentId === endorsement.policyPaper.documentId));
  const titleOf = (documentId: string) =>
    papers.find((paper) => paper.documentId === documentId)?.title ?? ownByPaper.get(documentId)?.policyPaper.title ?? '';
  const paperPath = (slug: string) => localePath(locale, `/policy/${slug}`);
  const endorserCount = (paper: string) =>
    endorsements.filter((endorsement) => endorsement.policyPaper.documentId === paper && endorsement.association.documentId !== summary.association.documentId).length +
    (ownByPaper.has(paper) ? 1 : 0);

  return (
    <>
      <header className={styles.header}>
        <h1>{t('title')}</h1>
        <p className={styles.intro}>{t('intro')}</p>
        <p>
          <Link href={localePath(locale, '/account')}>{summary.association.name}</Link>
        </p>
      </header>

      {outcome && (
        <p className={outcome.name === 'endorsed' || outcome.name === 'withdrawn' ? styles.notice : styles.problem} role="status">
          {outcome.name === 'failed' ? t('failed') : t(outcome.name, { title: titleOf(outcome.paper) })}
        </p>
      )}
      {!summary.association.published && <p className={styles.problem}>{t('notInCatalogue')}</p>}

      <section aria-labelledby="open-papers" className={styles.section}>
        <h2 id="open-papers">{t('open')}</h2>
        {open.length === 0 ? (
          <p>{t('noOpen')}</p>
        ) : (
          <ul className={styles.submissions}>
            {open.map((paper) => {
              const endorsement = ownByPaper.get(paper.documentId);
              return (
                <li key={paper.documentId} id={`paper-${paper.documentId}`}>
                  <p className={styles.submissionTitle}>
                    <Link href={paperPath(paper.slug)}>{paper.title}</Link>
                  </p>
                  <p className={styles.meta}>
                    {paper.addressee && `${paper.addressee} · `}
                    {t('endorsersSoFar', { count: endorserCount(paper.documentId) })}
                  </p>
                  {endorsement ? (
                    <form action={withdrawEndorsementAction.bind(null, locale, endorsement.documentId, paper.documentId)} className={styles.inline}>
                      <span className={styles.approved}>{t('endorsedOn', { date: formatDay(endorsement.endorsedAt, locale) })}</span>
                      <button type="submit" className={styles.secondary}>
                        {t('withdraw')}
                      </button>
                    </form>
                  ) : (
                    summary.association.published && (
                      <form action={endorseAction.bind(null, locale, paper.documentId)} className={styles.inline}>
                        <button type="submit" className={formStyles.submit}>
                          {t('endorse')}
                        </button>
                      </form>
                    )
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="closed-papers" className={styles.section}>
        <h2 id="closed-papers">{t('closed')}</h2>
        {closed.length === 0 ? (
          <p>{t('noneClosed')}</p>
        ) : (
          <ul className={styles.submissions}>
            {closed.map(({ documentId, endorsedAt, policyPaper }) => (
              <li key={documentId}>
                <p className={styles.submissionTitle}>
                  {policyPaper.slug && policyPaper.title ? <Link href={paperPath(policyPaper.slug)}>{policyPaper.title}</Link> : t('notTranslated')}
                </p>
                <p className={styles.meta}>
                  {t('endorsedOn', { date: formatDay(endorsedAt, locale) })}
                  {policyPaper.state && ` · ${tStatus(policyPaper.state)}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
