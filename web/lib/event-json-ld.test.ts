import type { ForumEvent } from '@forum/shared';
import { eventJsonLd } from './event-json-ld';
import { serializeJsonLd } from './json-ld';

const roundTable = {
  id: 1,
  documentId: 'w9k895ty2nj6mex9dlk4q37j',
  title: 'Round table: markets and export',
  slug: 'round-table-markets-and-export',
  kind: 'round_table',
  summary: 'Selling abroad',
  description: null,
  startsAt: '2026-10-08T11:00:00.000Z',
  endsAt: '2026-10-08T15:00:00.000Z',
  venueName: 'Lenpoligraphmash',
  address: '5 Kamennoostrovsky Prospekt',
  onlineLink: null,
  capacity: 50,
  registrationOpen: false,
  outcomes: null,
  organisers: [{ name: 'Festival Ekspo', slug: 'festival-ekspo' }],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  publishedAt: '2026-01-01T00:00:00.000Z',
} as ForumEvent;

describe("an event's JSON-LD", () => {
  it('describes a schema.org Event with its times, place, page and organisers', () => {
    const data = eventJsonLd(roundTable, 'https://forum.example/', 'en');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Round table: markets and export',
      startDate: '2026-10-08T11:00:00.000Z',
      endDate: '2026-10-08T15:00:00.000Z',
      url: 'https://forum.example/en/events/round-table-markets-and-export',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Lenpoligraphmash', address: '5 Kamennoostrovsky Prospekt' },
      organizer: [{ '@type': 'Organization', name: 'Festival Ekspo', url: 'https://forum.example/en/associations/festival-ekspo' }],
    });
  });

  it('adds the broadcast as a virtual location of a mixed event', () => {
    const data = eventJsonLd({ ...roundTable, onlineLink: 'https://stream.forum.example/x' }, 'https://forum.example', 'ru');
    expect(data.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(data.location).toEqual([
      { '@type': 'Place', name: 'Lenpoligraphmash', address: '5 Kamennoostrovsky Prospekt' },
      { '@type': 'VirtualLocation', url: 'https://stream.forum.example/x' },
    ]);
  });
});

describe('JSON-LD in a page', () => {
  it('cannot close its script element, whatever an editor typed', () => {
    const written = serializeJsonLd({ name: '</script><script>alert("x")</script> & <!--' });
    expect(written).not.toMatch(/[<>&]/);
    expect(JSON.parse(written)).toEqual({ name: '</script><script>alert("x")</script> & <!--' });
  });

  it('keeps line and paragraph separators escaped', () => {
    expect(serializeJsonLd({ name: 'a\u2028b\u2029c' })).toBe('{"name":"a\\u2028b\\u2029c"}');
  });
});
