// The events section's questions to the CMS: the list (upcoming and past, filtered), one event, and
// the calendar feed. Each is one request (the list two, in parallel) so pages can ask them together.
import type { CmsClient } from './client';
import type { QueryParams } from './query-string';
import type { Locale } from '../types/strapi';
import type { EventListQuery } from '../schemas/events';
import { presets, withLocalizations } from './presets';

export { eventListQuerySchema, parseEventListQuery, type EventListQuery } from '../schemas/events';

const sectorLink = { fields: ['name', 'slug', 'icon'] };

export const eventPresets = {
  /** Everything the event page shows, with the linked organisers, sectors, materials and papers. */
  eventPage: {
    fields: [
      'title', 'slug', 'kind', 'summary', 'description', 'startsAt', 'endsAt', 'venueName', 'address',
      'onlineLink', 'capacity', 'registrationOpen', 'outcomes', 'updatedAt',
    ],
    populate: {
      organisers: { fields: ['name', 'slug'] },
      sectors: sectorLink,
      materials: { fields: ['name', 'url', 'mime', 'ext', 'size', 'caption', 'alternativeText'] },
      policyPapers: { fields: ['title', 'slug', 'kind', 'state'] },
      ...withLocalizations,
    },
  },
  /** What a calendar entry needs (.ics): no relations. */
  eventCalendarEntry: {
    fields: ['title', 'slug', 'kind', 'summary', 'startsAt', 'endsAt', 'venueName', 'address', 'onlineLink', 'updatedAt'],
  },
} satisfies Record<string, QueryParams>;

/** How many past events one page of the list shows. */
export const pastEventsPageSize = 6;

/** Not over yet: ends later, or (without an end) starts later. An event in progress is still upcoming. */
function upcomingAt(now: string): QueryParams {
  return { $or: [{ endsAt: { $gte: now } }, { $and: [{ endsAt: { $null: true } }, { startsAt: { $gte: now } }] }] };
}

function pastAt(now: string): QueryParams {
  return { $or: [{ endsAt: { $lt: now } }, { $and: [{ endsAt: { $null: true } }, { startsAt: { $lt: now } }] }] };
}

function chosenFilters(query: Pick<EventListQuery, 'kind' | 'sector'>): QueryParams[] {
  return [
    ...(query.kind ? [{ kind: { $eq: query.kind } }] : []),
    ...(query.sector ? [{ sectors: { slug: { $eq: query.sector } } }] : []),
  ];
}

/** The events list: every upcoming event (soonest first) and one page of past ones (latest first). */
export async function listEvents(cms: CmsClient, locale: Locale, query: EventListQuery, now: Date) {
  const at = now.toISOString();
  const filters = chosenFilters(query);
  const [upcoming, past] = await Promise.all([
    cms.findAll('events', { locale, filters: { $and: [upcomingAt(at), ...filters] }, sort: ['startsAt:asc'], ...presets.eventCard }),
    cms.find('events', {
      locale,
      filters: { $and: [pastAt(at), ...filters] },
      sort: ['startsAt:desc'],
      pagination: { page: query.page, pageSize: pastEventsPageSize },
      ...presets.eventCard,
    }),
  ]);
  return { upcoming, past: past.data, pastPagination: past.meta.pagination };
}

/** One event by its slug in that language, with its other-language slugs; null when missing. */
export function findEventBySlug(cms: CmsClient, locale: Locale, slug: string) {
  return cms.findFirst('events', { locale, filters: { slug: { $eq: slug } }, ...eventPresets.eventPage });
}

/** Every event's slug in one language (static params, sitemaps). */
export function listEventSlugs(cms: CmsClient, locale: Locale) {
  return cms.findAll('events', { locale, fields: ['slug'], sort: ['startsAt:asc'] });
}

/** Every event in one language, for the subscribable calendar. */
export function listCalendarEvents(cms: CmsClient, locale: Locale) {
  return cms.findAll('events', { locale, sort: ['startsAt:asc'], ...eventPresets.eventCalendarEntry });
}
