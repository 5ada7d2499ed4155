// schema.org/Event for search engines, and the one safe way to put JSON-LD into a page.
import type { ForumEvent, Locale } from '@forum/shared';

const schema = (type: string) => `https://schema.org/${type}`;

/** An event page's JSON-LD: when, where (the venue and/or the broadcast), who organises it. */
export function eventJsonLd(event: ForumEvent, siteUrl: string, locale: Locale): Record<string, unknown> {
  const origin = siteUrl.replace(/\/+$/, '');
  const venue = event.venueName || event.address ? { '@type': 'Place', name: event.venueName ?? undefined, address: event.address ?? undefined } : null;
  const broadcast = event.onlineLink ? { '@type': 'VirtualLocation', url: event.onlineLink } : null;
  const locations = [venue, broadcast].filter((location) => location !== null);
  const attendanceMode = venue && broadcast ? 'MixedEventAttendanceMode' : broadcast ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${origin}/${locale}/events/${event.slug}#event`,
    name: event.title,
    description: event.summary ?? undefined,
    url: `${origin}/${locale}/events/${event.slug}`,
    inLanguage: locale,
    startDate: event.startsAt,
    endDate: event.endsAt ?? undefined,
    eventStatus: schema('EventScheduled'),
    eventAttendanceMode: schema(attendanceMode),
    location: locations.length === 1 ? locations[0] : locations.length > 1 ? locations : undefined,
    maximumAttendeeCapacity: event.capacity ?? undefined,
    organizer: (event.organisers ?? []).map((organiser) => ({
      '@type': 'Organization',
      name: organiser.name,
      url: `${origin}/${locale}/associations/${organiser.slug}`,
    })),
  };
}
