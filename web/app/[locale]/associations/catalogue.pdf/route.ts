import { catalogueEdition } from '@/lib/cms/catalogue';
import { catalogueRequest, noSuchEdition } from '@/lib/catalogue-edition/request';

/** The printable catalogue in this language, of every sector or of `?sector=`, its first volume or `?volume=`: made on demand, cached until the content changes. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const asked = await catalogueRequest(request, params);
  if ('refused' in asked) return asked.refused;
  const edition = await catalogueEdition(asked.locale, asked.sector, asked.volume);
  if (!edition) return noSuchEdition(asked);
  return new Response(edition.pdf as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${edition.fileName}"`,
      'Last-Modified': new Date(edition.madeAt).toUTCString(),
    },
  });
}
