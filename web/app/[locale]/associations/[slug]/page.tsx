import { isLocale, locales } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { documentAlternates, hreflangLanguages, localePath } from '@/lib/alternates';
import { associationJsonLd } from '@/lib/association-json-ld';
import { associationPath } from '@/lib/catalogue';
import { findAssociationBySlug, listAssociationSlugs } from '@/lib/cms/catalogue';
import { listEndorsements } from '@/lib/cms/news-policy';
import { papersEndorsedBy } from '@/lib/endorsements';
import { serializeJsonLd } from '@/lib/json-ld';
import { prerenderedPerLanguage } from '@/lib/prerender';
import { siteUrl } from '@/lib/site-url';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { AssociationProfile } from '@/components/catalogue/AssociationProfile';
import styles from './page.module.css';

interface AssociationPageProps {
  params: Promise<{ locale: string; slug: string }>;
}

/** The build prerenders the associations of this language (up to a limit); any other renders on its first visit. */
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = isLocale(params.locale) ? params.locale : locales[0];
  const associations = await listAssociationSlugs(locale, prerenderedPerLanguage);
  return associations.map((association) => ({ slug: association.slug }));
}

async function loadAssociation(params: AssociationPageProps['params']) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  // The endorsements in the same round: they do not depend on the association.
  const [association, endorsements] = await Promise.all([findAssociationBySlug(locale, slug), listEndorsements(locale)]);
  if (!association) notFound();
  const alternates = documentAlternates({ locale, slug: association.slug, localizations: association.localizations }, associationPath);
  return { locale, association, alternates, endorsements };
}

export async function generateMetadata({ params }: AssociationPageProps): Promise<Metadata> {
  const { locale, association, alternates } = await loadAssociation(params);
  const description = association.shortDescription ?? undefined;
  const logo = association.logo ? [{ url: association.logo.url, alt: association.logo.alternativeText ?? association.name }] : undefined;
  return {
    title: association.name,
    description,
    alternates: { canonical: associationPath(locale, association.slug), languages: hreflangLanguages(alternates) },
    openGraph: { title: association.name, description, type: 'profile', images: logo },
    twitter: { card: 'summary', title: association.name, description },
  };
}

export default async function AssociationPage({ params }: AssociationPageProps) {
  const { locale, association, alternates, endorsements } = await loadAssociation(params);
  const t = await getTranslations({ locale, namespace: 'Catalogue.profile' });

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} current="associations" />
      <main id="main" tabIndex={-1} className={styles.main}>
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(associationJsonLd(association, siteUrl, locale)) }} />
        <div className="container">
          <p className={styles.back}>
            <Link href={localePath(locale, '/associations')}>
              ← {t('allAssociations')}
            </Link>
          </p>
          <AssociationProfile
            association={association}
            endorsedPapers={papersEndorsedBy(endorsements, association.documentId, locale)}
            locale={locale}
            untranslated={alternates.untranslated.length > 0}
          />
        </div>
      </main>
    </>
  );
}
