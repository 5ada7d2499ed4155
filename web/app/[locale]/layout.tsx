import '@fontsource-variable/inter';
import '@fontsource/pt-serif/700.css';
import '../globals.css';
import { isLocale, locales } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { hreflangLanguages, sameRouteAlternates } from '@/lib/alternates';
import { getSiteSettings } from '@/lib/cms/site';
import { siteUrl } from '@/lib/site-url';
import { ErrorTextsProvider } from '@/components/layout/ErrorTexts';
import { PreviewBanner } from '@/components/layout/PreviewBanner';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { WebFonts } from '@/components/layout/WebFonts';

interface LocaleLayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LocaleLayoutProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const settings = await getSiteSettings(locale);
  const seo = settings.defaultSeo;
  const description = seo?.metaDescription ?? settings.tagline ?? undefined;
  const shareImage = seo?.shareImage;
  return {
    // Relative canonical, hreflang and og:image addresses become absolute on the public origin.
    metadataBase: new URL(siteUrl),
    title: { template: `%s — ${settings.siteName}`, default: seo?.metaTitle ?? settings.siteName },
    description,
    // The home page's languages; every other page replaces them with its own (see lib/alternates).
    alternates: { languages: hreflangLanguages(sameRouteAlternates(), '/') },
    openGraph: {
      siteName: settings.siteName,
      title: seo?.metaTitle ?? settings.siteName,
      description,
      locale: locale === 'ru' ? 'ru_RU' : 'en_GB',
      alternateLocale: locale === 'ru' ? 'en_GB' : 'ru_RU',
      type: 'website',
      ...(shareImage ? { images: [{ url: shareImage.url, width: shareImage.width ?? undefined, height: shareImage.height ?? undefined, alt: shareImage.alternativeText ?? settings.siteName }] } : {}),
    },
    // Twitter takes the title, description and image of the OpenGraph tags.
    twitter: { card: shareImage ? 'summary_large_image' : 'summary' },
  };
}

// The root layout (there is no app/layout.tsx): one per language. It cannot receive data from its
// page, so each page renders its own <SiteHeader> with the language switch for that page.
export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [settings, t, tError] = await Promise.all([
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'Layout' }),
    getTranslations({ locale, namespace: 'ErrorPage' }),
  ]);

  return (
    <html lang={locale}>
      <body>
        <WebFonts />
        <PreviewBanner locale={locale} />
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <ErrorTextsProvider texts={{ locale, title: tError('title'), text: tError('text'), retry: tError('retry'), home: tError('home') }}>
          {children}
        </ErrorTextsProvider>
        <SiteFooter locale={locale} settings={settings} />
      </body>
    </html>
  );
}
