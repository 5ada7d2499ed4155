import { isLocale, locales } from '@forum/shared';
import { listEventSlugs } from '@/lib/cms/events';
import { getEventCalendar } from '@/lib/event-calendars';

/** Prerendered like the event pages; an event published later is written on its first request. */
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = isLocale(params.locale) ? params.locale : locales[0];
  const events = await listEventSlugs(locale);
  return events.map((event) => ({ slug: event.slug }));
}

/** "Add to calendar": one event as an RFC 5545 file, in the page's language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const calendar = isLocale(locale) ? await getEventCalendar(locale, slug) : null;
  if (!calendar) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(calendar.body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${calendar.fileName}"`,
    },
  });
}
