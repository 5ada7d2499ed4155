// Events as iCalendar (RFC 5545) for "add to calendar" and the subscribable feed, written by the
// `ics` library; this module decides what goes into each entry and keeps the lines RFC-sized.
import type { ForumEvent, Locale } from '@forum/shared';
import { createEvents, type EventAttributes } from 'ics';

/** The fields a calendar entry is made of (the calendar preset of shared/src/api/events.ts). */
export type CalendarEvent = Pick<
  ForumEvent,
  'documentId' | 'title' | 'slug' | 'kind' | 'summary' | 'startsAt' | 'endsAt' | 'venueName' | 'address' | 'onlineLink' | 'updatedAt'
>;

export interface CalendarContext {
  locale: Locale;
  /** The portal's public origin, for each entry's URL. */
  siteUrl: string;
  /** The event kind's label in the calendar's language (a calendar category). */
  kindLabel: (kind: ForumEvent['kind']) => string;
  /** "Online broadcast" in the calendar's language, before the online link in the description. */
  onlineLabel: string;
}

type CalendarEntry = EventAttributes & { timestamp: number };

export const productId = '-//St Petersburg Creative Industries Forum//Portal//EN';

/**
 * The same event keeps its UID in every download, every language and after every edit, so a
 * calendar that imported it updates the entry instead of adding a second one.
 */
export const calendarUid = (documentId: string) => `${documentId}@creative-forum`;

export const eventUrl = (siteUrl: string, locale: Locale, slug: string) => `${siteUrl.replace(/\/+$/, '')}/${locale}/events/${slug}`;

/** One event as a calendar entry, in UTC (DTSTART:...Z), which every calendar converts to its reader's zone. */
export function toCalendarEntry(event: CalendarEvent, context: CalendarContext): CalendarEntry {
  const url = eventUrl(context.siteUrl, context.locale, event.slug);
  const place = [event.venueName, event.address].filter(Boolean).join(', ');
  const description = [event.summary, event.onlineLink && `${context.onlineLabel}: ${event.onlineLink}`, url].filter(Boolean).join('\n\n');
  const modified = Date.parse(event.updatedAt);
  const entry = {
    uid: calendarUid(event.documentId),
    title: event.title,
    description,
    location: place || event.onlineLink || undefined,
    url,
    categories: [context.kindLabel(event.kind)],
    status: 'CONFIRMED' as const,
    start: Date.parse(event.startsAt),
    startInputType: 'utc' as const,
    startOutputType: 'utc' as const,
    // DTSTAMP and LAST-MODIFIED: when the editor last changed the event, so the file only changes with it.
    timestamp: modified,
    lastModified: modified,
  };
  // Without an end, DTSTART alone: the entry marks the start (RFC 5545, 3.6.1).
  return event.endsAt
    ? { ...entry, end: Date.parse(event.endsAt), endInputType: 'utc', endOutputType: 'utc' }
    : (entry as unknown as CalendarEntry);
}

/** A VCALENDAR of these events, with its name in the reader's language; throws when the library refuses an entry. */
export function buildCalendar(entries: CalendarEntry[], calendarName: string): string {
  const { error, value } = createEvents(entries, { productId, method: 'PUBLISH', calName: calendarName });
  if (error || value === null) throw error ?? new Error('the calendar could not be written');
  return foldLongLines(value);
}

const encoder = new TextEncoder();

/**
 * RFC 5545 (3.1) limits a content line to 75 octets. The library folds at 75 characters, which a
 * Cyrillic title (two octets a letter) overruns; this refolds by octets, never inside a character.
 */
export function foldLongLines(calendar: string): string {
  const unfolded = calendar.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const character of line) {
        const size = encoder.encode(character).length;
        // The first line holds 75 octets; continuation lines 74 after their leading space.
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += character;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}
