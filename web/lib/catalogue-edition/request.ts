// What the catalogue's downloads are asked for: a language (the path) and, optionally, a sector (`?sector=`).
import 'server-only';
import { isLocale, slugSchema, type Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';

export type CatalogueRequest = { locale: Locale; sector?: string } | { refused: Response };

const textResponse = (text: string, status: number) => new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function catalogueRequest(request: Request, params: Promise<{ locale: string }>): Promise<CatalogueRequest> {
  const { locale } = await params;
  if (!isLocale(locale)) return { refused: textResponse('Not found', 404) };
  const sector = new URL(request.url).searchParams.get('sector') ?? undefined;
  if (sector !== undefined && !slugSchema.safeParse(sector).success) {
    const t = await getTranslations({ locale, namespace: 'CatalogueEdition' });
    return { refused: textResponse(t('badSector'), 400) };
  }
  return { locale, sector };
}

export async function noSuchSector(locale: Locale): Promise<Response> {
  const t = await getTranslations({ locale, namespace: 'CatalogueEdition' });
  return textResponse(t('noSector'), 404);
}
