// The events section's cached reads (see lib/cms/site.ts for the rules): each tags every collection
// it reads, populated relations included.
import 'server-only';
import {
  collectionTag,
  findEventBySlug as findEventBySlugQuery,
  listCalendarEvents as listCalendarEventsQuery,
  listEvents as listEventsQuery,
  listEventSlugs as listEventSlugsQuery,
  type EventListQuery,
  type ForumEvent,
  type Locale,
} from '@forum/shared';
import { cacheLife, cacheTag } from 'next/cache';
import { isEventOver } from '@/lib/event-schedule';
import { cms } from './client';

/** Upcoming events and one page of past ones, filtered by kind and sector. */
export async function listEvents(locale: Locale, query: EventListQuery) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('events'), collectionTag('sectors'));
  // "Now" is read inside the cache scope: an event moves to the past within one cache lifetime.
  return listEventsQuery(cms, locale, query, new Date());
}

/**
 * The event with this slug in this language and whether it is over (as of this cache entry, so
 * within one cache lifetime of its end), or null when there is none.
 */
export async function findEventBySlug(locale: Locale, slug: string): Promise<{ event: ForumEvent; over: boolean } | null> {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('events'), collectionTag('associations'), collectionTag('sectors'), collectionTag('policy-papers'));
  const event = await findEventBySlugQuery(cms, locale, slug);
  return event ? { event, over: isEventOver(event, new Date()) } : null;
}

export async function listEventSlugs(locale: Locale) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('events'));
  return listEventSlugsQuery(cms, locale);
}

export async function listCalendarEvents(locale: Locale) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('events'));
  return listCalendarEventsQuery(cms, locale);
}
