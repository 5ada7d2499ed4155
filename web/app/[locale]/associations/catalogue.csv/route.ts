import { openDataCsv, openDataLicence } from '@/lib/catalogue-edition/open-data';
import { openDataOf } from '@/lib/catalogue-edition/open-data-source';
import { catalogueRequest, noSuchEdition } from '@/lib/catalogue-edition/request';

/** The catalogue as a spreadsheet: one row per published association, public fields only (see the JSON for what each column holds). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const asked = await catalogueRequest(request, params);
  if ('refused' in asked) return asked.refused;
  const rows = await openDataOf(asked.locale, asked.sector);
  if (!rows) return noSuchEdition({ locale: asked.locale });
  return new Response(openDataCsv(rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      // The licence, for programs that read headers (the JSON carries it in its body).
      Link: `<${openDataLicence.url}>; rel="license"`,
      'Content-Disposition': `inline; filename="catalogue-${asked.locale}${asked.sector ? `-${asked.sector}` : ''}.csv"`,
    },
  });
}
