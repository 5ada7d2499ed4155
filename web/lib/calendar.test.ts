/**
 * @jest-environment node
 */
// Node, not jsdom: calendars are written on the server (jsdom would also load nanoid's ESM-only browser build).
import { buildCalendar, calendarUid, foldLongLines, toCalendarEntry, type CalendarEvent, type CalendarContext } from './calendar';

const seminar: CalendarEvent = {
  documentId: 'umobet55etxy5fuh9m6m151m',
  title: 'Семинар «Цифровое продвижение творческого бизнеса»',
  slug: 'seminar-tsifrovoe-prodvizhenie-tvorcheskogo-biznesa',
  kind: 'seminar',
  summary: 'Соцсети, сайты и маркетплейсы; практика, разбор кейсов, вопросы.',
  // 16:00–19:30 in Moscow (UTC+3).
  startsAt: '2026-12-03T13:00:00.000Z',
  endsAt: '2026-12-03T16:30:00.000Z',
  venueName: 'Креативное пространство «Вода»',
  address: 'Санкт-Петербург, ул. Правды, 10',
  onlineLink: 'https://stream.forum.example/seminar-digital-promotion',
  updatedAt: '2026-11-20T09:15:00.000Z',
};

const russian: CalendarContext = {
  locale: 'ru',
  siteUrl: 'https://forum.example/',
  kindLabel: (kind) => (kind === 'seminar' ? 'Семинар' : kind),
  onlineLabel: 'Трансляция',
};

/** The calendar's content lines, unfolded (RFC 5545 3.1), as a reader of the file sees them. */
const contentLines = (calendar: string) => calendar.replace(/\r\n[ \t]/g, '').split('\r\n');
const property = (calendar: string, name: string) => contentLines(calendar).find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

describe('an event as a calendar entry', () => {
  it('keeps one UID per event, the same in both languages and after an edit', () => {
    const english = toCalendarEntry({ ...seminar, title: 'Seminar', slug: 'seminar-digital-promotion' }, { ...russian, locale: 'en' });
    const edited = toCalendarEntry({ ...seminar, title: 'Новое название', updatedAt: '2026-11-25T10:00:00.000Z' }, russian);
    expect(toCalendarEntry(seminar, russian).uid).toBe('umobet55etxy5fuh9m6m151m@creative-forum');
    expect(english.uid).toBe(calendarUid(seminar.documentId));
    expect(edited.uid).toBe(calendarUid(seminar.documentId));
    const twice = [buildCalendar([toCalendarEntry(seminar, russian)], 'События'), buildCalendar([toCalendarEntry(seminar, russian)], 'События')];
    expect(twice[0]).toBe(twice[1]);
  });

  it('writes the Moscow start and end as the right UTC instants', () => {
    const calendar = buildCalendar([toCalendarEntry(seminar, russian)], 'События');
    expect(property(calendar, 'DTSTART')).toBe('DTSTART:20261203T130000Z');
    expect(property(calendar, 'DTEND')).toBe('DTEND:20261203T163000Z');
    expect(property(calendar, 'DTSTAMP')).toBe('DTSTAMP:20261120T091500Z');
  });

  it('marks only the start of an event without an end', () => {
    const calendar = buildCalendar([toCalendarEntry({ ...seminar, endsAt: null }, russian)], 'События');
    expect(property(calendar, 'DTSTART')).toBe('DTSTART:20261203T130000Z');
    expect(property(calendar, 'DTEND')).toBeUndefined();
    expect(property(calendar, 'DURATION')).toBeUndefined();
  });

  it('gives the title, place, link and description in the calendar language, escaped', () => {
    const calendar = buildCalendar([toCalendarEntry(seminar, russian)], 'События Форума');
    expect(calendar.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(property(calendar, 'X-WR-CALNAME')).toBe('X-WR-CALNAME:События Форума');
    expect(property(calendar, 'SUMMARY')).toBe('SUMMARY:Семинар «Цифровое продвижение творческого бизнеса»');
    // Commas and semicolons are escaped with a backslash; line breaks become \n.
    expect(property(calendar, 'LOCATION')).toBe('LOCATION:Креативное пространство «Вода»\\, Санкт-Петербург\\, ул. Правды\\, 10');
    expect(property(calendar, 'DESCRIPTION')).toBe(
      'DESCRIPTION:Соцсети\\, сайты и маркетплейсы\\; практика\\, разбор кейсов\\, вопросы.\\n\\nТрансляция: https://stream.forum.example/seminar-digital-promotion\\n\\nhttps://forum.example/ru/events/seminar-tsifrovoe-prodvizhenie-tvorcheskogo-biznesa',
    );
    expect(property(calendar, 'URL')).toBe('URL:https://forum.example/ru/events/seminar-tsifrovoe-prodvizhenie-tvorcheskogo-biznesa');
    expect(property(calendar, 'CATEGORIES')).toBe('CATEGORIES:Семинар');
  });

  it('escapes a backslash and a line break an editor typed into the summary', () => {
    const calendar = buildCalendar([toCalendarEntry({ ...seminar, summary: 'C:\\temp\nвторая строка', onlineLink: null }, russian)], 'События');
    expect(property(calendar, 'DESCRIPTION')).toMatch(/^DESCRIPTION:C:\\\\temp\\nвторая строка\\n\\nhttps:/);
  });

  it('falls back to the online link as the place of an online-only event', () => {
    const online = toCalendarEntry({ ...seminar, venueName: null, address: null }, russian);
    expect(online.location).toBe(seminar.onlineLink);
  });

  it('lists every event of the feed once, each with its own UID', () => {
    const other = { ...seminar, documentId: 'y1ch9wh8sjg6677aacpzltrs', slug: 'other' };
    const calendar = buildCalendar([toCalendarEntry(seminar, russian), toCalendarEntry(other, russian)], 'События');
    expect(contentLines(calendar).filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(contentLines(calendar).filter((line) => line.startsWith('UID:'))).toEqual([
      'UID:umobet55etxy5fuh9m6m151m@creative-forum',
      'UID:y1ch9wh8sjg6677aacpzltrs@creative-forum',
    ]);
  });
});

describe('calendar lines', () => {
  const octets = (line: string) => new TextEncoder().encode(line).length;

  it('are folded at 75 octets, never inside a Cyrillic letter', () => {
    const calendar = buildCalendar([toCalendarEntry({ ...seminar, summary: 'Длинное описание семинара. '.repeat(20) }, russian)], 'События');
    for (const line of calendar.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(calendar).not.toContain('\uFFFD');
    expect(property(calendar, 'DESCRIPTION')).toContain('Длинное описание семинара. '.repeat(20).trim());
  });

  it('keep a short line as it is', () => {
    expect(foldLongLines('BEGIN:VCALENDAR\r\nSUMMARY:Круглый стол\r\nEND:VCALENDAR\r\n')).toBe('BEGIN:VCALENDAR\r\nSUMMARY:Круглый стол\r\nEND:VCALENDAR\r\n');
  });
});
