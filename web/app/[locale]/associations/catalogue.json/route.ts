import { getTranslations } from 'next-intl/server';
import { openDataColumns, openDataLicence } from '@/lib/catalogue-edition/open-data';
import { openDataOf } from '@/lib/catalogue-edition/open-data-source';
import { catalogueRequest, noSuchEdition } from '@/lib/catalogue-edition/request';
import { getSiteSettings } from '@/lib/cms/site';

/** The catalogue as JSON: the same rows as the CSV, with what each field holds, the source and the licence. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const asked = await catalogueRequest(request, params);
  if ('refused' in asked) return asked.refused;
  const [rows, settings, t] = await Promise.all([
    openDataOf(asked.locale, asked.sector),
    getSiteSettings(asked.locale),
    getTranslations({ locale: asked.locale, namespace: 'CatalogueEdition' }),
  ]);
  if (!rows) return noSuchEdition({ locale: asked.locale });
  return Response.json({
    title: t('title'),
    publisher: settings.siteName,
    licence: openDataLicence,
    language: asked.locale,
    ...(asked.sector ? { sector: asked.sector } : {}),
    fields: openDataColumns.map((column) => ({ name: column.name, description: column.description[asked.locale] })),
    count: rows.length,
    data: rows,
  });
}
