import { isLocale, locales } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { NotFoundView } from '@/components/site/NotFoundView';

// Not a page of its own: proxy.ts rewrites every unknown address to it with status 404, so the
// not-found page is rendered on the server (a notFound() response's HTML is an empty shell under
// Cache Components, and an unknown slug would answer 200 on its first request).
interface NotFoundPageProps {
  params: Promise<{ locale: string }>;
}

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: NotFoundPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function NotFoundPage({ params }: NotFoundPageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <NotFoundView locale={locale} />;
}
