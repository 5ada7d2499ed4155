// The two routes of each list page (see list-routes.ts): the prerendered page without filters,
// app/[locale]/{section}/page.tsx, and the page with filters, app/[locale]/%5Flists/{section}/page.tsx,
// which the proxy rewrites filtered addresses to. Both render the same view.
import { isLocale, type Locale, type SearchParams } from '@forum/shared';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import type { z } from 'zod';

type ListView<F> = (props: { locale: Locale; filters: F }) => ReactNode | Promise<ReactNode>;

interface ListPagesOptions<S extends z.ZodType<Record<string, unknown>, unknown>> {
  /** Reads the filters from the query string, dropping bad values. */
  schema: S;
  View: ListView<z.output<S>>;
  metadata: (locale: Locale) => Promise<Metadata>;
}

type PageProps = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

async function localeOf(params: PageProps['params']): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

export function listPages<S extends z.ZodType<Record<string, unknown>, unknown>>({ schema, View, metadata }: ListPagesOptions<S>) {
  const generateMetadata = async ({ params }: Pick<PageProps, 'params'>) => metadata(await localeOf(params));
  return {
    unfiltered: {
      generateMetadata,
      Page: async ({ params }: Pick<PageProps, 'params'>) => <View locale={await localeOf(params)} filters={schema.parse({})} />,
    },
    filtered: {
      generateMetadata,
      Page: async ({ params, searchParams }: PageProps) => {
        const [locale, query] = await Promise.all([localeOf(params), searchParams]);
        return <View locale={locale} filters={schema.parse(query)} />;
      },
    },
  };
}
