// The catalogue's live filtering asks here (components/catalogue/CatalogueBrowser): one page of
// associations as JSON, from the same cached reads as the page. Bad input is refused with a 400 in
// the visitor's language rather than guessed at.
import { catalogueApiQuerySchema, defaultLocale, isLocale, searchParamsOf } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import { loadCatalogue } from '@/lib/catalogue-results';

export async function GET(request: NextRequest) {
  const query = searchParamsOf(request.nextUrl.searchParams);
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
