import type { Locale } from '@forum/shared';
import { forumTimeZone } from './dates';

const intlLocale: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' };

/**
 * "четверг, 3 декабря 2026 г., 16:00–19:30" / "Thursday, 3 December 2026, 16:00–19:30": when an
 * event takes place, in Moscow time; an event over several days names both days.
 */
export function formatEventSchedule(startsAt: string, endsAt: string | null, locale: Locale): string {
  const format = new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: forumTimeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const start = new Date(startsAt);
  if (!endsAt) return format.format(start);
  const end = new Date(endsAt);
  return end > start ? format.formatRange(start, end) : format.format(start);
}

/** Whether the event is over at `now` (its end, or its start when it has none, has passed). */
export function isEventOver(event: { startsAt: string; endsAt: string | null }, now: Date): boolean {
  return new Date(event.endsAt ?? event.startsAt) < now;
}
