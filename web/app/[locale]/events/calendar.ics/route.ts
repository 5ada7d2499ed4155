import { isLocale, locales } from '@forum/shared';
import { getEventsCalendar } from '@/lib/event-calendars';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/** The subscribable calendar of every event, past and upcoming, in one language (RFC 5545). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const calendar = await getEventsCalendar(locale);
  return new Response(calendar.body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${calendar.fileName}"`,
    },
  });
}
