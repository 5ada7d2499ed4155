import { isLocale } from '@forum/shared';
import { outcomesReport } from '@/lib/cms/outcomes';

/** The outcomes report in this language: typeset by the CMS, cached until the content it counts changes. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const report = await outcomesReport(locale);
  return new Response(report.pdf as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${report.fileName}"`,
      'Last-Modified': new Date(report.madeAt).toUTCString(),
    },
  });
}
