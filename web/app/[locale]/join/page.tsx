import { associationKindValues, isLocale, joinHoneypotField, type Locale } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { hreflangLanguages, sameRouteAlternates } from '@/lib/alternates';
import { listSectors } from '@/lib/cms/site';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { applyToJoin } from './actions';
import { JoinForm, type JoinFormTexts } from './JoinForm';
import styles from './page.module.css';

interface JoinPageProps {
  params: Promise<{ locale: string }>;
}

const alternates = sameRouteAlternates('/join');

async function localeOf(params: JoinPageProps['params']): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

export async function generateMetadata({ params }: JoinPageProps): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: 'Join' });
  return {
    title: t('title'),
    description: t('intro'),
    alternates: { canonical: `/${locale}/join`, languages: hreflangLanguages(alternates) },
  };
}

const textKeys = [
  'name', 'kind', 'chooseKind', 'sectors', 'sectorsHint', 'description', 'descriptionHint', 'contactName', 'email', 'phone',
  'website', 'motivation', 'motivationHint', 'submit', 'sending', 'sentTitle', 'sentText', 'trap',
] as const satisfies readonly (keyof JoinFormTexts)[];

/** "Join the alliance": a new or nascent association applies; the editors answer. */
export default async function JoinPage({ params }: JoinPageProps) {
  const locale = await localeOf(params);
  const [t, tKind, sectors] = await Promise.all([
    getTranslations({ locale, namespace: 'Join' }),
    getTranslations({ locale, namespace: 'AssociationKind' }),
    listSectors(locale),
  ]);
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className="container">
          <header className={styles.header}>
            <h1 className={styles.title}>{t('title')}</h1>
            <p className={styles.intro}>{t('intro')}</p>
          </header>
          <JoinForm
            trapName={joinHoneypotField}
            action={applyToJoin.bind(null, locale)}
            kinds={associationKindValues.map((kind) => ({ value: kind, label: tKind(kind) }))}
            sectors={sectors.map((sector) => ({ value: sector.slug, label: sector.name }))}
            texts={Object.fromEntries(textKeys.map((key) => [key, t(key)])) as Record<(typeof textKeys)[number], string>}
          />
        </div>
      </main>
    </>
  );
}
