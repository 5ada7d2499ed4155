import { isLocale, type Locale, type NewsSubmission } from '@forum/shared';
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
import { logInAction, logOutAction } from './actions';
import { LoginForm } from './AccountForms';
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
      cms.send<{ news: SubmittedNews[] }>('GET', 'account/submissions', undefined, { headers }),
    ]);
    return { ...summary, news: submissions.news };
  });

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className="container">{account ? <Dashboard locale={locale} account={account} sent={sent === 'news' || sent === 'profile' ? sent : undefined} /> : <LogIn locale={locale} />}</div>
      </main>
    </>
  );
}

async function LogIn({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Account' });
  return (
    <>
      <header className={styles.header}>
        <h1>{t('loginTitle')}</h1>
        <p className={styles.intro}>{t('loginIntro')}</p>
      </header>
      <LoginForm action={logInAction.bind(null, locale)} texts={{ email: t('email'), password: t('password'), submit: t('logIn'), sending: t('sending') }} />
      <p className={styles.aside}>
        <Link href={localePath(locale, '/account/password')}>{t('forgotPassword')}</Link>
      </p>
      <p className={styles.aside}>
        {t('notMember')} <Link href={localePath(locale, '/join')}>{t('join')}</Link>
      </p>
    </>
  );
}

async function Dashboard({ locale, account, sent }: { locale: Locale; account: AccountSummary & { news: SubmittedNews[] }; sent?: 'news' | 'profile' }) {
  const t = await getTranslations({ locale, namespace: 'Account' });
  const titleOf = (item: SubmittedNews) => (locale === 'en' ? item.titleEn ?? item.titleRu : item.titleRu ?? item.titleEn) ?? '';
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
      </p>

      <section aria-labelledby="submissions-title" className={styles.section}>
        <h2 id="submissions-title">{t('submissions')}</h2>
        {account.news.length === 0 ? (
          <p>{t('noSubmissions')}</p>
        ) : (
          <ul className={styles.submissions}>
            {account.news.map((item) => (
              <li key={item.documentId}>
                <p className={styles.submissionTitle}>
                  {item.article ? <Link href={newsArticlePath(locale, item.article.slug)}>{titleOf(item)}</Link> : titleOf(item)}
                </p>
                <p className={styles.meta}>
                  {t('sentOn', { date: formatDay(item.createdAt ?? '', locale) })} · <span className={styles[item.state]}>{t(`state.${item.state}`)}</span>
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
