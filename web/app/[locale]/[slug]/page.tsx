import { isLocale, locales, type Locale } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { documentAlternates, hreflangLanguages } from '@/lib/alternates';
import { findPageBySlug, listPageLinks } from '@/lib/cms/site';
import { mainMenu } from '@/lib/menu';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { RichText } from '@/components/content/RichText';
import styles from './page.module.css';

interface CmsPageProps {
  params: Promise<{ locale: string; slug: string }>;
}

const pagePath = (locale: Locale, slug: string) => `/${locale}/${slug}`;

/** Every published page in this language is prerendered; a page published later renders on its first visit. */
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = isLocale(params.locale) ? params.locale : locales[0];
  const pages = await listPageLinks(locale);
  return pages.map((page) => ({ slug: page.slug }));
}

async function loadPage(params: CmsPageProps['params']) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const page = await findPageBySlug(locale, slug);
  if (!page) notFound();
  return { locale, page, alternates: documentAlternates({ locale, slug: page.slug, localizations: page.localizations }, pagePath) };
}

export async function generateMetadata({ params }: CmsPageProps): Promise<Metadata> {
  const { locale, page, alternates } = await loadPage(params);
  // An editor's SEO title is complete as written; the page title gets the site name from the template.
  const title = page.seo?.metaTitle ?? page.title;
  return {
    title: page.seo?.metaTitle ? { absolute: page.seo.metaTitle } : page.title,
    description: page.seo?.metaDescription ?? undefined,
    alternates: { canonical: pagePath(locale, page.slug), languages: hreflangLanguages(alternates) },
    openGraph: { title, description: page.seo?.metaDescription ?? undefined, type: 'article' },
  };
}

export default async function CmsPage({ params }: CmsPageProps) {
  const { locale, page, alternates } = await loadPage(params);
  const t = await getTranslations({ locale, namespace: 'Page' });
  const englishSlug = locale === 'en' ? page.slug : page.localizations?.find((l) => l.locale === 'en')?.slug;
  const menuEntry = mainMenu.find((entry) => entry.kind === 'page' && entry.englishSlug === englishSlug);

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} current={menuEntry?.label} />
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className="container">
          <article className={styles.article}>
            <h1 className={styles.title}>{page.title}</h1>
            {alternates.untranslated.length > 0 && (
              <p className={styles.notice} role="note">
                {t('untranslated')}
              </p>
            )}
            {page.body && <RichText content={page.body} />}
          </article>
        </div>
      </main>
    </>
  );
}
