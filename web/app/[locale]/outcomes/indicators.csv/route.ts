import { isLocale } from '@forum/shared';
import { connection } from 'next/server';
import { indicatorCsv } from '@/lib/indicator-csv';
import { listIndicatorOutcomes } from '@/lib/cms/outcomes';

/** The indicators with their actual values as a spreadsheet, dated (in its name and in every row) so that a copy kept by a donor says when it was true. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  await connection(); // dated at the download, not at the build
  const asOf = new Date().toISOString().slice(0, 10);
  return new Response(indicatorCsv(await listIndicatorOutcomes(locale), asOf), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="forum-outcomes-${locale}-${asOf}.csv"`,
    },
  });
}
