import { isLocale, submissionLimits } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { accessToken } from '@/lib/account/session';
import { hreflangLanguages, sameRouteAlternates } from '@/lib/alternates';
import { listSectors } from '@/lib/cms/site';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { submitNewsAction } from '../actions';
import { LogIn } from '../LogIn';
import styles from '../page.module.css';
import { NewsForm, type NewsFormTexts } from './NewsForm';

interface NewsPageProps {
  params: Promise<{ locale: string }>;
}

// For a logged-in representative only: rendered per request from the session cookie.
export const instant = false;

const alternates = sameRouteAlternates('/account/news');

const textKeys = [
  'languages', 'languageRu', 'languageEn', 'languageBoth', 'inRussian', 'inEnglish', 'title', 'summary', 'body', 'bodyHint',
  'sectors', 'sectorsHint', 'cover', 'coverHint', 'submit', 'sending',
] as const satisfies readonly (keyof NewsFormTexts)[];

export async function generateMetadata({ params }: NewsPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'AccountNews' });
  return { title: t('pageTitle'), alternates: { languages: hreflangLanguages(alternates) }, robots: { index: false } };
}

export default async function SubmitNewsPage({ params }: NewsPageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [t, sectors, token] = await Promise.all([getTranslations({ locale, namespace: 'AccountNews' }), listSectors(locale), accessToken()]);
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className="container">
          {token ? (
            <>
              <header className={styles.header}>
                <h1>{t('pageTitle')}</h1>
                <p className={styles.intro}>{t('intro')}</p>
              </header>
              <NewsForm
                action={submitNewsAction.bind(null, locale)}
                sectors={sectors.map((sector) => ({ value: sector.slug, label: sector.name }))}
                texts={
                  Object.fromEntries(
                    textKeys.map((key) => [key, key === 'coverHint' ? t(key, { size: submissionLimits.coverBytes / 1024 / 1024 }) : t(key)]),
                  ) as Record<(typeof textKeys)[number], string>
                }
              />
            </>
          ) : (
            <LogIn locale={locale} returnTo="news" intro={t('logInFirst')} />
          )}
        </div>
      </main>
    </>
  );
}
