import type { Locale } from '@forum/shared';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/alternates';
import { logInAction, type AccountPage } from './actions';
import { LoginForm } from './AccountForms';
import styles from './page.module.css';

/** The login an account page shows without a session; it comes back to that page. */
export async function LogIn({ locale, returnTo, intro }: { locale: Locale; returnTo: AccountPage; intro?: string }) {
  const t = await getTranslations({ locale, namespace: 'Account' });
  return (
    <>
      <header className={styles.header}>
        <h1>{t('loginTitle')}</h1>
        <p className={styles.intro}>{intro ?? t('loginIntro')}</p>
      </header>
      <LoginForm action={logInAction.bind(null, locale, returnTo)} texts={{ email: t('email'), password: t('password'), submit: t('logIn'), sending: t('sending') }} />
      <p className={styles.aside}>
        <Link href={localePath(locale, '/account/password')}>{t('forgotPassword')}</Link>
      </p>
      <p className={styles.aside}>
        {t('notMember')} <Link href={localePath(locale, '/join')}>{t('join')}</Link>
      </p>
    </>
  );
}
