// What the catalogue's downloads are asked for: a language (the path) and, optionally, a sector
// (`?sector=`) and a volume of the PDF (`?volume=`: a large catalogue is printed in volumes).
import 'server-only';
import { catalogueVolumeSchema, isLocale, slugSchema, type Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';

export type CatalogueRequest = { locale: Locale; sector?: string; volume?: number } | { refused: Response };

const textResponse = (text: string, status: number) => new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function catalogueRequest(request: Request, params: Promise<{ locale: string }>): Promise<CatalogueRequest> {
  const { locale } = await params;
  if (!isLocale(locale)) return { refused: textResponse('Not found', 404) };
  const search = new URL(request.url).searchParams;
  const sector = search.get('sector') ?? undefined;
  const volume = search.has('volume') ? catalogueVolumeSchema.safeParse(search.get('volume')) : undefined;
  if ((sector !== undefined && !slugSchema.safeParse(sector).success) || volume?.success === false) {
    const t = await getTranslations({ locale, namespace: 'CatalogueEdition' });
    return { refused: textResponse(t(volume?.success === false ? 'badVolume' : 'badSector'), 400) };
  }
  return { locale, sector, volume: volume?.data };
}

/** The 404 of a sector, or a volume, the catalogue does not have. */
export async function noSuchEdition({ locale, volume }: { locale: Locale; volume?: number }): Promise<Response> {
  const t = await getTranslations({ locale, namespace: 'CatalogueEdition' });
  return textResponse(t(volume ? 'noVolume' : 'noSector'), 404);
}
