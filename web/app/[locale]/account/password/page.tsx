import { isLocale, passwordMinLength } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { hreflangLanguages, sameRouteAlternates } from '@/lib/alternates';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { requestPasswordLinkAction, setPasswordAction } from '../actions';
import { PasswordLinkForm, SetPasswordForm } from '../AccountForms';
import styles from '../page.module.css';

interface PasswordPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ code?: string | string[] }>;
}

// With ?code= (from an invitation or reset e-mail): set the password; without: ask for such a link.
export const instant = false;

const alternates = sameRouteAlternates('/account/password');

export async function generateMetadata({ params }: PasswordPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'Account' });
  return { title: t('passwordTitle'), alternates: { languages: hreflangLanguages(alternates) }, robots: { index: false } };
}

export default async function PasswordPage({ params, searchParams }: PasswordPageProps) {
  const [{ locale }, { code }] = await Promise.all([params, searchParams]);
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'Account' });
  const linkCode = typeof code === 'string' ? code : undefined;
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className="container">
          <header className={styles.header}>
            <h1>{linkCode ? t('setPasswordTitle') : t('passwordTitle')}</h1>
            <p className={styles.intro}>{linkCode ? t('setPasswordIntro') : t('passwordIntro')}</p>
          </header>
          {linkCode ? (
            <SetPasswordForm
              action={setPasswordAction.bind(null, locale)}
              code={linkCode}
              texts={{
                password: t('newPassword'),
                passwordHint: t('passwordHint', { count: passwordMinLength }),
                confirmation: t('passwordConfirmation'),
                submit: t('setPassword'),
                sending: t('sending'),
              }}
            />
          ) : (
            <PasswordLinkForm
              action={requestPasswordLinkAction.bind(null, locale)}
              texts={{ email: t('email'), submit: t('sendLink'), sending: t('sending'), sent: t('linkSent') }}
            />
          )}
        </div>
      </main>
    </>
  );
}
