import { isLocale } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { asRepresentative, type AccountSummary } from '@/lib/account/session';
import { hreflangLanguages, sameRouteAlternates } from '@/lib/alternates';
import { cms } from '@/lib/cms/client';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { proposeProfileChangeAction } from '../actions';
import { LogIn } from '../LogIn';
import styles from '../page.module.css';
import { currentProfile } from './current';
import { ProfileForm } from './ProfileForm';

interface ProfilePageProps {
  params: Promise<{ locale: string }>;
}

// For a logged-in representative only: rendered per request from the session cookie.
export const instant = false;

const alternates = sameRouteAlternates('/account/profile');

export async function generateMetadata({ params }: ProfilePageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'AccountProfile' });
  return { title: t('title'), alternates: { languages: hreflangLanguages(alternates) }, robots: { index: false } };
}

/** A proposed change to the association's public profile in this page's language (the other language: switch the site's). */
export default async function ProfileChangePage({ params }: ProfilePageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'AccountProfile' });
  const current = await asRepresentative(async (headers) => {
    const { association } = await cms.send<AccountSummary>('GET', 'account/me', undefined, { params: { locale }, headers });
    return (await currentProfile(association.documentId, locale)) ?? { name: association.name, shortDescription: '', description: '', website: '', email: '', phone: '', address: '', problems: '', needs: '' };
  });
  const textKeys = ['name', 'shortDescription', 'description', 'website', 'email', 'phone', 'address', 'problems', 'needs', 'note', 'noteHint', 'linesHint', 'submit', 'sending'] as const;
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className="container">
          {current ? (
            <>
              <header className={styles.header}>
                <h1>{t('title')}</h1>
                <p className={styles.intro}>{t('intro')}</p>
              </header>
              <ProfileForm
                action={proposeProfileChangeAction.bind(null, locale)}
                current={current}
                texts={Object.fromEntries(textKeys.map((key) => [key, t(key)])) as Record<(typeof textKeys)[number], string>}
              />
            </>
          ) : (
            <LogIn locale={locale} returnTo="profile" intro={t('logInFirst')} />
          )}
        </div>
      </main>
    </>
  );
}
