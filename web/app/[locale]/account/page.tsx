import { isLocale, type Locale, type NewsSubmission, type ProfileChange } from '@forum/shared';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { asRepresentative, type AccountSummary } from '@/lib/account/session';
import { hreflangLanguages, localePath, sameRouteAlternates } from '@/lib/alternates';
import { associationPath } from '@/lib/catalogue';
import { cms } from '@/lib/cms/client';
import { formatDay } from '@/lib/dates';
import { newsArticlePath } from '@/lib/news-feed';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { logOutAction } from './actions';
import { LogIn } from './LogIn';
import styles from './page.module.css';

interface AccountPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ sent?: string }>;
}

// The account is the visitor's own: rendered per request from their session cookie, never cached.
export const instant = false;

const alternates = sameRouteAlternates('/account');

type SubmittedNews = Pick<NewsSubmission, 'documentId' | 'state' | 'languages' | 'titleRu' | 'titleEn' | 'rejectionReason' | 'createdAt' | 'reviewedAt'> & {
  article?: { slug: string } | null;
};
type ProposedChange = Pick<ProfileChange, 'documentId' | 'state' | 'locale' | 'changes' | 'rejectionReason' | 'createdAt' | 'reviewedAt'>;

/** A line of the submissions list: news or a profile change, with what the editors decided. */
interface Submission {
  documentId: string;
  title: string;
  href?: string;
  state: NewsSubmission['state'];
  rejectionReason?: string | null;
  createdAt: string;
}

export async function generateMetadata({ params }: AccountPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'Account' });
  return { title: t('title'), alternates: { canonical: `/${locale}/account`, languages: hreflangLanguages(alternates) }, robots: { index: false } };
}

export default async function AccountPage({ params, searchParams }: AccountPageProps) {
  const [{ locale }, { sent }] = await Promise.all([params, searchParams]);
  if (!isLocale(locale)) notFound();
  const account = await asRepresentative(async (headers) => {
    const [summary, submissions] = await Promise.all([
      cms.send<AccountSummary>('GET', 'account/me', undefined, { params: { locale }, headers }),
      cms.send<{ news: SubmittedNews[]; profileChanges: ProposedChange[] }>('GET', 'account/submissions', undefined, { headers }),
    ]);
    return { ...summary, submissions: await submissionList(locale, submissions.news, submissions.profileChanges) };
  });

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className="container">{account ? <Dashboard locale={locale} account={account} sent={sent === 'news' || sent === 'profile' ? sent : undefined} /> : <LogIn locale={locale} returnTo="dashboard" />}</div>
      </main>
    </>
  );
}

/** News and profile changes in one list, latest first, each titled in the page's language. */
async function submissionList(locale: Locale, news: SubmittedNews[], profileChanges: ProposedChange[]): Promise<Submission[]> {
  const [t, tFields] = await Promise.all([getTranslations({ locale, namespace: 'Account' }), getTranslations({ locale, namespace: 'AccountProfile' })]);
  const fieldNames = (changes: unknown) =>
    Object.keys(changes && typeof changes === 'object' ? changes : {})
      .filter((field) => field !== 'note' && tFields.has(field))
      .map((field) => tFields(field))
      .join(', ');
  return [
    ...news.map((item) => ({
      ...item,
      title: (locale === 'en' ? item.titleEn ?? item.titleRu : item.titleRu ?? item.titleEn) ?? '',
      href: item.article ? newsArticlePath(locale, item.article.slug) : undefined,
    })),
    ...profileChanges.map((change) => ({
      ...change,
      title: t('profileChangeIn', { language: t(`languageName.${change.locale}`), fields: fieldNames(change.changes) }),
    })),
  ]
    .map((item) => ({ ...item, createdAt: item.createdAt ?? '' }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

async function Dashboard({ locale, account, sent }: { locale: Locale; account: AccountSummary & { submissions: Submission[] }; sent?: 'news' | 'profile' }) {
  const t = await getTranslations({ locale, namespace: 'Account' });
  return (
    <>
      <header className={styles.header}>
        <h1>{t('title')}</h1>
        <p className={styles.intro}>
          {t('signedInAs', { email: account.user.email })}{' '}
          {account.association.published ? (
            <Link href={associationPath(locale, account.association.slug)}>{account.association.name}</Link>
          ) : (
            account.association.name
          )}
        </p>
        <form action={logOutAction.bind(null, locale)}>
          <button type="submit" className={styles.secondary}>
            {t('logOut')}
          </button>
        </form>
      </header>

      {sent && (
        <p className={styles.notice} role="status">
          {sent === 'profile' ? t('profileSent') : t('newsSent')}
        </p>
      )}

      <p className={styles.actions}>
        <Link href={localePath(locale, '/account/news')} className={styles.primary}>
          {t('submitNews')}
        </Link>
        <Link href={localePath(locale, '/account/profile')}>{t('proposeChange')}</Link>
        <Link href={localePath(locale, '/account/endorsements')}>{t('endorsePapers')}</Link>
      </p>

      <section aria-labelledby="submissions-title" className={styles.section}>
        <h2 id="submissions-title">{t('submissions')}</h2>
        {account.submissions.length === 0 ? (
          <p>{t('noSubmissions')}</p>
        ) : (
          <ul className={styles.submissions}>
            {account.submissions.map((item) => (
              <li key={item.documentId}>
                <p className={styles.submissionTitle}>{item.href ? <Link href={item.href}>{item.title}</Link> : item.title}</p>
                <p className={styles.meta}>
                  {t('sentOn', { date: formatDay(item.createdAt, locale) })} · <span className={styles[item.state]}>{t(`state.${item.state}`)}</span>
                </p>
                {item.state === 'rejected' && item.rejectionReason && (
                  <p className={styles.reason}>
                    {t('reason')}: {item.rejectionReason}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
