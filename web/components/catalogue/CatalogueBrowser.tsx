'use client';

// The catalogue's search form and results. The server renders it with the first page (a plain GET
// form: it works without JavaScript); in the browser, changing a filter updates the address (a new
// history entry: shareable, the back button works) and the list in place, from the JSON route.
import type { AssociationAllianceMembership, AssociationKind, Locale } from '@forum/shared';
import { useEffect, useMemo, useRef, type FormEvent, type MouseEvent } from 'react';
import useSWR from 'swr';
import type { CatalogueResult } from '@/lib/catalogue-results';
import { catalogueApiHref, catalogueHref, catalogueParamNames, cataloguePath, catalogueQueryString } from '@/lib/catalogue';
import { pushLocation, useLocationSearch } from '@/lib/location-search';
import { CatalogueForm, type CatalogueFormTexts } from './CatalogueForm';
import { CatalogueResults, type CatalogueResultsTexts } from './CatalogueResults';

interface CatalogueBrowserProps {
  locale: Locale;
  /** The page the server rendered, for the filters in the address it was asked with. */
  initial: CatalogueResult;
  sectors: { value: string; label: string }[];
  kinds: Record<AssociationKind, string>;
  memberships: Record<AssociationAllianceMembership, string>;
  texts: CatalogueFormTexts & CatalogueResultsTexts;
}

async function fetchCatalogue(url: string): Promise<CatalogueResult> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as (CatalogueResult & { error?: { message: string } }) | null;
  if (!response.ok || !body) throw new Error(body?.error?.message ?? response.statusText);
  return body;
}

export function CatalogueBrowser({ locale, initial, sectors, kinds, memberships, texts }: CatalogueBrowserProps) {
  const renderedQuery = catalogueQueryString(initial.filters);
  const search = useLocationSearch(renderedQuery);
  const searchParams = useMemo(() => new URLSearchParams(search), [search]);
  const { data = initial, error, isValidating } = useSWR(catalogueApiHref(locale, searchParams), fetchCatalogue, {
    fallbackData: catalogueQueryString(searchParams) === renderedQuery ? initial : undefined,
    keepPreviousData: true,
    revalidateIfStale: false,
    revalidateOnFocus: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  // Back and forward change the address, not the form: show the filters of the address again.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    // From now on the form filters in place (tests wait for this before typing).
    form.dataset.live = 'true';
    for (const name of catalogueParamNames) {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = searchParams.get(name) ?? '';
    }
  }, [searchParams]);

  const applyForm = (form: HTMLFormElement) => pushLocation(catalogueHref(locale, new URLSearchParams(new FormData(form) as unknown as string[][])));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    applyForm(event.currentTarget);
  };
  // A chosen sector, kind or membership applies at once; the search text when submitted.
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    if (event.target instanceof HTMLSelectElement) applyForm(event.currentTarget);
  };
  // Links to the list itself (pages, "show all", reset) stay in place; the visitor is taken to the results.
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const link = (event.target as Element).closest('a');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || link.pathname !== cataloguePath(locale)) return;
    event.preventDefault();
    pushLocation(`${link.pathname}${link.search}`);
    resultsRef.current?.focus();
    resultsRef.current?.scrollIntoView({ block: 'start' });
  };

  return (
    <div onClick={onClick}>
      <CatalogueForm
        ref={formRef}
        locale={locale}
        filters={initial.filters}
        sectors={sectors}
        kinds={kinds}
        memberships={memberships}
        texts={texts}
        onSubmit={onSubmit}
        onChange={onChange}
      />
      <CatalogueResults
        locale={locale}
        result={data}
        kinds={kinds}
        memberships={memberships}
        texts={texts}
        updating={isValidating}
        failed={Boolean(error)}
        headingRef={resultsRef}
      />
    </div>
  );
}
