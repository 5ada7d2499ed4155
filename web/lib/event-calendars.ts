// The events' .ics files, written once per cache entry: the data comes from lib/cms/events.ts, and
// writing the file inside the cache scope keeps the `ics` library's clock and random ids out of the
// prerender (Cache Components refuses them in an uncached render).
import 'server-only';
import { collectionTag, type ForumEventKind, type Locale } from '@forum/shared';
import { cacheLife, cacheTag } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { buildCalendar, toCalendarEntry, type CalendarContext } from './calendar';
import { findEventBySlug, listCalendarEvents } from './cms/events';
import { siteUrl } from './site-url';

// The public origin, as in the layout's metadataBase: each calendar entry links to its event page.

async function calendarContext(locale: Locale): Promise<CalendarContext & { calendarName: string; fileName: string }> {
  const [t, tKind] = await Promise.all([
    getTranslations({ locale, namespace: 'Events' }),
    getTranslations({ locale, namespace: 'EventKind' }),
  ]);
  return {
    locale,
    siteUrl,
    kindLabel: (kind: ForumEventKind) => tKind(kind),
    onlineLabel: t('online'),
    calendarName: t('calendarName'),
    fileName: t('calendarFile'),
  };
}

/** One event's "add to calendar" file and its name, or null when there is no such event. */
export async function getEventCalendar(locale: Locale, slug: string): Promise<{ fileName: string; body: string } | null> {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('events'));
  const [found, context] = await Promise.all([findEventBySlug(locale, slug), calendarContext(locale)]);
  if (!found) return null;
  return { fileName: `${found.event.slug}.ics`, body: buildCalendar([toCalendarEntry(found.event, context)], context.calendarName) };
}

/** The subscribable calendar of every event in one language, and its file name. */
export async function getEventsCalendar(locale: Locale): Promise<{ fileName: string; body: string }> {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('events'));
  const [events, context] = await Promise.all([listCalendarEvents(locale), calendarContext(locale)]);
  return { fileName: context.fileName, body: buildCalendar(events.map((event) => toCalendarEntry(event, context)), context.calendarName) };
}
