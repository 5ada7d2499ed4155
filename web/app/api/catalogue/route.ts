// The catalogue's live filtering asks here (components/catalogue/CatalogueBrowser): one page of
// associations as JSON, from the same cached reads as the page. Bad input is refused with a 400 in
// the visitor's language rather than guessed at.
import { catalogueApiQuerySchema, defaultLocale, isLocale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import { loadCatalogue } from '@/lib/catalogue-results';

/** The query string as an object; a repeated parameter keeps all its values (the schema takes the first). */
function queryOf(searchParams: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(searchParams.keys())) {
    const values = searchParams.getAll(name);
    query[name] = values.length > 1 ? values : values[0];
  }
  return query;
}

export async function GET(request: NextRequest) {
  const query = queryOf(request.nextUrl.searchParams);
  const parsed = catalogueApiQuerySchema.safeParse(query);
  if (!parsed.success) {
    const requested = Array.isArray(query.locale) ? query.locale[0] : query.locale;
    const t = await getTranslations({ locale: isLocale(requested) ? requested : defaultLocale, namespace: 'Catalogue' });
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'query'))].join(', ');
    return Response.json({ error: { status: 400, message: t('badRequest', { field: fields }) } }, { status: 400 });
  }
  const { locale, ...filters } = parsed.data;
  const result = await loadCatalogue(locale, filters);
  return Response.json(result);
}
